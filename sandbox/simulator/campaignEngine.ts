import type { Ticker } from '../clock';
import type { ActionRow, ActionStore } from '../db/actions';
import {
  activeCampaigns,
  campaignRow,
  campaignSettings,
  setCampaignStatus,
  setWindowOpen,
  type CampaignKind,
  type CampaignRow,
} from '../db/broadcasts';
import type { Db } from '../db/database';
import { US_TIME_ZONES } from '../../src/lib/usAreaCodes';
import { ChargeCollector, hasCreditsLeft } from './billing';
import { FALLBACK_TIME_ZONE } from './recipients';
import { areSchedulesOpen, haveSchedulesEnded, zonesInsideRestriction } from './timeWindows';

export type { ActionRow } from '../db/actions';

/**
 * What differs between calling and texting: the action table's queries and how an attempt plays
 * out. Everything else (windows, DNC, capacity, credits, statuses) is the engine's. A channel
 * registers itself with the engine; the engine never names a table.
 */
export interface Channel {
  kind: CampaignKind;
  actions: ActionStore;
  /** Starts one attempt: the action becomes SELECTED until `active_until`. `campaign` is absent for ad-hoc sends. */
  begin(db: Db, action: ActionRow, campaign: CampaignRow | undefined, now: number): void;
  /** Ends an attempt whose time has come: result, billing, retry or FINISHED. */
  finish(db: Db, action: ActionRow, campaign: CampaignRow | undefined, now: number, charges: ChargeCollector): void;
}

export interface EngineOptions {
  /** True when the number may not be contacted on this channel (the do-not-contact list). */
  isBlocked(db: Db, number: string, kind: CampaignKind): boolean;
  /** Most actions moved in one step, so a huge broadcast never blocks the server for long. */
  stepBudget?: number;
}

export const DEFAULT_MAX_ACTIVE = 50;
/** Simulated time between steps while actions wait to be dialled or texted. */
const DIAL_STEP_MS = 1000;
/** Simulated time between steps while campaigns only wait for their schedules or time restriction. */
const WAIT_STEP_MS = 60_000;
const ZONES = [...new Set([...US_TIME_ZONES, FALLBACK_TIME_ZONE])];

/**
 * The campaign engine: each step finishes attempts that are over, then starts new ones within each
 * campaign's schedules, local time restriction and maxActive, skipping numbers on the
 * do-not-contact list, and moves campaign statuses (RUNNING, SCHEDULED, STOPPED, SUSPENDED,
 * FINISHED). Actions sent on their own go out at once while the account has credits.
 */
export class CampaignEngine {
  private readonly channels: Channel[] = [];
  private readonly budget: number;

  constructor(private readonly options: EngineOptions) {
    this.budget = options.stepBudget ?? 500;
  }

  register(channel: Channel) {
    this.channels.push(channel);
  }

  /** One step of every running campaign of every channel, at `now`. */
  step(db: Db, now: number) {
    const charges = new ChargeCollector();
    db.transaction(() => {
      for (const channel of this.channels) {
        const campaigns = new Map<number, CampaignRow | undefined>();
        const campaignOf = (id: number) => {
          if (id === 0) return undefined;
          if (!campaigns.has(id)) campaigns.set(id, campaignRow(db, id));
          return campaigns.get(id);
        };

        for (const action of channel.actions.finishing(db, now, this.budget))
          channel.finish(db, action, campaignOf(action.campaign_id), now, charges);
        // Booked before dialling, so the credit checks below see what just-ended attempts cost.
        charges.book(db, now);

        const adHoc = channel.actions.dueAdHoc(db, now, this.budget);
        const affordable = adHoc.length > 0 && hasCreditsLeft(db, now);
        for (const action of adHoc) {
          if (affordable) this.startOrBlock(db, channel, action, campaignOf(action.campaign_id), now);
          else channel.actions.markOutOfCredits(db, action.id, now);
        }

        for (const campaign of activeCampaigns(db, channel.kind)) this.stepCampaign(db, channel, campaign, now);
      }
    })();
  }

  /** The engine as a clock's ticker: steps at `now()`, as often as its work needs. */
  ticker(db: Db, now: () => number): Ticker {
    return {
      tick: () => this.step(db, now()),
      nextDueIn: () => {
        const time = now();
        let next: number | undefined;
        const consider = (ms: number) => {
          next = next === undefined ? ms : Math.min(next, ms);
        };
        for (const { kind, actions } of this.channels) {
          const finishAt = actions.nextFinishAt(db);
          if (finishAt !== undefined) consider(finishAt - time);
          const readyAt = actions.nextReadyAt(db);
          if (readyAt !== undefined) consider(Math.max(readyAt - time, DIAL_STEP_MS));
          if (activeCampaigns(db, kind).length > 0) consider(WAIT_STEP_MS);
        }
        return next;
      },
      busy: () =>
        this.channels.some(
          ({ kind, actions }) =>
            actions.hasWorkUnderWay(db) || activeCampaigns(db, kind).some((campaign) => campaign.status === 'RUNNING'),
        ),
    };
  }

  private stepCampaign(db: Db, channel: Channel, campaign: CampaignRow, now: number) {
    const settings = campaignSettings(campaign);
    const { actions } = channel;

    if (haveSchedulesEnded(settings.schedules, now)) {
      setCampaignStatus(db, campaign.id, 'FINISHED', now);
      return;
    }
    if (!areSchedulesOpen(settings.schedules, now)) {
      // The day's window just closed with recipients left: without resumeNextDay the broadcast stops there.
      const stopForTheDay =
        campaign.window_open === 1 && !settings.resumeNextDay && actions.hasUnfinished(db, campaign.id);
      const status = stopForTheDay ? 'STOPPED' : 'SCHEDULED';
      if (campaign.status !== status) setCampaignStatus(db, campaign.id, status, now);
      setWindowOpen(db, campaign.id, false);
      return;
    }
    if (!hasCreditsLeft(db, now)) {
      // Calls already under way finish (and are billed); nothing new is dialled until credits are
      // bought and the broadcast is started again.
      setCampaignStatus(db, campaign.id, 'SUSPENDED', now);
      return;
    }
    if (campaign.status !== 'RUNNING') setCampaignStatus(db, campaign.id, 'RUNNING', now);
    if (campaign.window_open !== 1) setWindowOpen(db, campaign.id, true);

    const capacity = Math.min(
      (settings.maxActive ?? DEFAULT_MAX_ACTIVE) - actions.inProgress(db, campaign.id),
      this.budget,
    );
    if (capacity > 0) {
      for (const action of dueActions(db, actions, campaign, capacity, now))
        this.startOrBlock(db, channel, action, campaign, now);
    }
    if (!actions.hasUnfinished(db, campaign.id)) setCampaignStatus(db, campaign.id, 'FINISHED', now);
  }

  /** Numbers on the do-not-contact list are never dialled or texted: the action ends in state DNC. */
  private startOrBlock(db: Db, channel: Channel, action: ActionRow, campaign: CampaignRow | undefined, now: number) {
    if (this.options.isBlocked(db, action.to_number, channel.kind)) channel.actions.markDnc(db, action.id, now);
    else channel.begin(db, action, campaign, now);
  }
}

function dueActions(db: Db, actions: ActionStore, campaign: CampaignRow, limit: number, now: number) {
  const restriction = campaignSettings(campaign).localTimeRestriction;
  if (!restriction?.enabled) return actions.dueInCampaign(db, campaign.id, now, undefined, limit);
  const zones = zonesInsideRestriction(restriction, ZONES, now);
  return zones.length === 0 ? [] : actions.dueInCampaign(db, campaign.id, now, zones, limit);
}
