import type { SandboxContext } from '../context';
import {
  ACTION_TABLES,
  activeCampaigns,
  campaignSettings,
  setCampaignStatus,
  setWindowOpen,
  type CampaignKind,
  type CampaignRow,
  type CampaignSettings,
} from '../db/broadcasts';
import type { Db } from '../db/database';
import { US_TIME_ZONES } from '../../shared/usAreaCodes';
import { ChargeCollector, hasCreditsLeft } from './billing';
import { FALLBACK_TIME_ZONE } from './recipients';
import { areSchedulesOpen, haveSchedulesEnded, zonesInsideRestriction } from './timeWindows';

/** The columns every action table (calls, texts) has; the engine reads and moves only these. */
export interface ActionRow {
  id: number;
  campaign_id: number;
  batch_id: number | null;
  contact_id: number | null;
  from_number: string | null;
  to_number: string;
  state: string;
  attempts: number;
  next_attempt_at: number;
  attempt_started: number | null;
  active_until: number | null;
  script: string | null;
  payload: string;
}

/** What differs between calling and texting; everything else (windows, DNC, capacity, status) is shared. */
export interface Channel {
  kind: CampaignKind;
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
const ZONES = [...new Set([...US_TIME_ZONES, FALLBACK_TIME_ZONE])];

/**
 * One step of every running campaign of every channel: finish attempts that are over, then start
 * new ones within each campaign's schedules, local time restriction and maxActive, skipping numbers
 * on the do-not-contact list, and move campaign statuses (RUNNING, SCHEDULED, STOPPED, FINISHED).
 */
export function runCampaignStep(context: SandboxContext, channels: Channel[], options: EngineOptions) {
  const { db } = context;
  const now = context.now();
  const budget = options.stepBudget ?? 500;
  const charges = new ChargeCollector();
  db.transaction(() => {
    for (const channel of channels) {
      const table = ACTION_TABLES[channel.kind];
      const campaigns = new Map<number, CampaignRow | undefined>();
      const campaignOf = (id: number) => {
        if (id === 0) return undefined;
        if (!campaigns.has(id))
          campaigns.set(id, db.prepare('SELECT * FROM campaigns WHERE id = ?').get(id) as CampaignRow);
        return campaigns.get(id);
      };

      const due = db
        .prepare(`SELECT * FROM ${table} WHERE state = 'SELECTED' AND active_until <= ? ORDER BY active_until LIMIT ?`)
        .all(now, budget) as ActionRow[];
      for (const action of due) channel.finish(db, action, campaignOf(action.campaign_id), now, charges);
      // Booked before dialling, so the credit check below sees what just-ended calls cost.
      charges.book(db, now);

      const adHoc = db
        .prepare(`SELECT * FROM ${table} WHERE script IS NOT NULL AND state = 'READY' AND next_attempt_at <= ? LIMIT ?`)
        .all(now, budget) as ActionRow[];
      for (const action of adHoc) startOrBlock(db, channel, action, campaignOf(action.campaign_id), now, options);

      for (const campaign of activeCampaigns(db, channel.kind)) {
        stepCampaign(db, channel, campaign, now, options);
      }
    }
  })();
}

function stepCampaign(db: Db, channel: Channel, campaign: CampaignRow, now: number, options: EngineOptions) {
  const table = ACTION_TABLES[channel.kind];
  const settings = campaignSettings(campaign);
  const unfinished = () =>
    db
      .prepare(`SELECT 1 FROM ${table} WHERE campaign_id = ? AND state IN ('READY', 'SELECTED') LIMIT 1`)
      .get(campaign.id) !== undefined;

  if (haveSchedulesEnded(settings.schedules, now)) {
    setCampaignStatus(db, campaign.id, 'FINISHED', now);
    return;
  }
  if (!areSchedulesOpen(settings.schedules, now)) {
    // The day's window just closed with recipients left: without resumeNextDay the broadcast stops there.
    const stopForTheDay = campaign.window_open === 1 && !settings.resumeNextDay && unfinished();
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

  const active = db
    .prepare(`SELECT COUNT(*) FROM ${table} WHERE campaign_id = ? AND state = 'SELECTED'`)
    .pluck()
    .get(campaign.id) as number;
  const capacity = Math.min((settings.maxActive ?? DEFAULT_MAX_ACTIVE) - active, options.stepBudget ?? 500);
  if (capacity > 0) {
    for (const action of dueActions(db, table, campaign.id, settings, capacity, now)) {
      startOrBlock(db, channel, action, campaign, now, options);
    }
  }
  if (!unfinished()) setCampaignStatus(db, campaign.id, 'FINISHED', now);
}

function dueActions(db: Db, table: string, campaignId: number, settings: CampaignSettings, limit: number, now: number) {
  const restricted = settings.localTimeRestriction?.enabled;
  const zones = restricted ? zonesInsideRestriction(settings.localTimeRestriction, ZONES, now) : [];
  if (restricted && zones.length === 0) return [];
  const zoneClause = restricted ? `AND time_zone IN (${zones.map(() => '?').join(',')})` : '';
  return db
    .prepare(
      `SELECT * FROM ${table} WHERE campaign_id = ? AND state = 'READY' AND next_attempt_at <= ? ${zoneClause}
       ORDER BY next_attempt_at, id LIMIT ?`,
    )
    .all(campaignId, now, ...zones, limit) as ActionRow[];
}

/** Numbers on the do-not-contact list are never dialled or texted: the action ends in state DNC. */
function startOrBlock(
  db: Db,
  channel: Channel,
  action: ActionRow,
  campaign: CampaignRow | undefined,
  now: number,
  options: EngineOptions,
) {
  if (options.isBlocked(db, action.to_number, channel.kind)) {
    markDoNotContact(db, ACTION_TABLES[channel.kind], action.id, channel.kind === 'call' ? 'DNC' : 'DNT', now);
    return;
  }
  channel.begin(db, action, campaign, now);
}

export function markDoNotContact(db: Db, table: string, id: number, result: string, now: number) {
  const resultField = table === 'calls' ? 'finalCallResult' : 'finalTextResult';
  db.prepare(
    `UPDATE ${table} SET state = 'DNC', final_result = ?, modified = ?,
       payload = json_set(payload, '$.state', 'DNC', '$.${resultField}', ?, '$.modified', ?) WHERE id = ?`,
  ).run(result, now, result, now, id);
}

/** Runs steps every `intervalMs` until the returned function is called. */
export function startCampaignEngine(
  context: SandboxContext,
  channels: Channel[],
  options: EngineOptions,
  intervalMs = 50,
): () => void {
  let stopped = false;
  const timer = setInterval(() => {
    if (stopped) return;
    try {
      runCampaignStep(context, channels, options);
    } catch (error) {
      // A closed database during shutdown is expected; anything else is a bug worth seeing.
      if (!stopped && context.db.open) console.error('campaign simulator step failed', error);
    }
  }, intervalMs);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
