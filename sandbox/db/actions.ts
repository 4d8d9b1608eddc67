import type { Db } from './database';

/**
 * The columns every action table (calls, texts) has, one row per recipient: the campaign engine
 * reads and moves only these. `script` marks an action sent on its own (sendCalls, sendTexts): what
 * to play or send, as JSON; such actions go out at once rather than on a broadcast's schedule.
 */
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
}

/** The queries the campaign engine runs on one channel's action table; each channel supplies its own. */
export interface ActionStore {
  /** Attempts in progress whose time is up. */
  finishing(db: Db, now: number, limit: number): ActionRow[];
  /** Actions sent on their own that are waiting to go out. */
  dueAdHoc(db: Db, now: number, limit: number): ActionRow[];
  /** A campaign's READY actions whose time has come, oldest first; `zones` limits them to those time zones. */
  dueInCampaign(db: Db, campaignId: number, now: number, zones: string[] | undefined, limit: number): ActionRow[];
  inProgress(db: Db, campaignId: number): number;
  /** True while a campaign has actions READY or in progress. */
  hasUnfinished(db: Db, campaignId: number): boolean;
  /** When the earliest attempt in progress ends. */
  nextFinishAt(db: Db): number | undefined;
  /** When the earliest READY action (sent on its own, or of a RUNNING campaign) may start. */
  nextReadyAt(db: Db): number | undefined;
  /** True while attempts are in progress or actions sent on their own wait to go out. */
  hasWorkUnderWay(db: Db): boolean;
  /** Ends an action without sending it: its number is on the do-not-contact list. */
  markDnc(db: Db, id: number, now: number): void;
  /** Ends an action sent on its own without sending it: the account has no credits left. */
  markOutOfCredits(db: Db, id: number, now: number): void;
}

/** The columns of `ActionRow`, the ones the engine's queries read. */
const ACTION_COLUMNS = [
  'id',
  'campaign_id',
  'batch_id',
  'contact_id',
  'from_number',
  'to_number',
  'state',
  'attempts',
  'next_attempt_at',
  'attempt_started',
  'active_until',
  'script',
];

/**
 * The queries shared by every action table; a channel adds the two `mark…` operations of its own.
 * The due and finishing actions are read with `ActionRow`'s columns and the channel's `extraColumns`
 * only: a step reads up to a thousand rows, and every column read is an object field made.
 */
export function actionQueries(
  table: string,
  extraColumns: readonly string[] = [],
): Omit<ActionStore, 'markDnc' | 'markOutOfCredits'> {
  const columns = [...ACTION_COLUMNS, ...extraColumns].join(', ');
  return {
    finishing: (db, now, limit) =>
      db
        .prepare(
          `SELECT ${columns} FROM ${table} WHERE state = 'SELECTED' AND active_until <= ? ORDER BY active_until LIMIT ?`,
        )
        .all(now, limit) as ActionRow[],
    dueAdHoc: (db, now, limit) =>
      db
        .prepare(
          `SELECT ${columns} FROM ${table} WHERE script IS NOT NULL AND state = 'READY' AND next_attempt_at <= ? LIMIT ?`,
        )
        .all(now, limit) as ActionRow[],
    dueInCampaign: (db, campaignId, now, zones, limit) =>
      db
        .prepare(
          `SELECT ${columns} FROM ${table} WHERE campaign_id = ? AND state = 'READY' AND next_attempt_at <= ?
           ${zones ? `AND time_zone IN (${zones.map(() => '?').join(',')})` : ''}
           ORDER BY next_attempt_at, id LIMIT ?`,
        )
        .all(campaignId, now, ...(zones ?? []), limit) as ActionRow[],
    inProgress: (db, campaignId) =>
      db
        .prepare(`SELECT COUNT(*) FROM ${table} WHERE campaign_id = ? AND state = 'SELECTED'`)
        .pluck()
        .get(campaignId) as number,
    hasUnfinished: (db, campaignId) =>
      db
        .prepare(`SELECT 1 FROM ${table} WHERE campaign_id = ? AND state IN ('READY', 'SELECTED') LIMIT 1`)
        .get(campaignId) !== undefined,
    nextFinishAt: (db) =>
      (db.prepare(`SELECT MIN(active_until) FROM ${table} WHERE state = 'SELECTED'`).pluck().get() as number | null) ??
      undefined,
    nextReadyAt: (db) =>
      (db
        .prepare(
          `SELECT MIN(next_attempt_at) FROM ${table} WHERE state = 'READY' AND (script IS NOT NULL
             OR campaign_id IN (SELECT id FROM campaigns WHERE status = 'RUNNING'))`,
        )
        .pluck()
        .get() as number | null) ?? undefined,
    hasWorkUnderWay: (db) =>
      db
        .prepare(
          `SELECT EXISTS (SELECT 1 FROM ${table} WHERE state = 'SELECTED')
               OR EXISTS (SELECT 1 FROM ${table} WHERE script IS NOT NULL AND state = 'READY')`,
        )
        .pluck()
        .get() === 1,
  };
}

/** The results that count as errors in a broadcast's statistics, voice and text alike. */
export const ERROR_RESULTS: ReadonlySet<string> = new Set(['INTERNAL_ERROR', 'CARRIER_ERROR', 'CARRIER_TEMP_ERROR']);

/** The action states CallFire knows, for `states` filters. */
export const ACTION_STATES = [
  'READY',
  'SELECTED',
  'CALLBACK',
  'FINISHED',
  'DISABLED',
  'SKIPPED',
  'DNC',
  'DUP',
  'INVALID',
  'TIMEOUT',
  'PERIOD_LIMIT',
] as const;

/** The filters of findCalls and findTexts, in the sandbox's terms. */
export interface ActionFilters {
  id?: number[];
  campaignId?: number;
  batchId?: number;
  fromNumber?: string;
  toNumber?: string;
  label?: string;
  states?: string[];
  results?: string[];
  inbound?: boolean;
  intervalBegin?: number;
  intervalEnd?: number;
}

/**
 * The WHERE clause (empty when nothing is filtered) and its parameters for an action table.
 * `labelsJson` is the SQL holding the action's labels as a JSON array.
 */
export function actionWhere(filters: ActionFilters, labelsJson: string): { where: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (clause: string, ...values: unknown[]) => {
    clauses.push(clause);
    params.push(...values);
  };
  const list = (values: unknown[]) => values.map(() => '?').join(',');
  if (filters.id?.length) add(`id IN (${list(filters.id)})`, ...filters.id);
  if (filters.campaignId !== undefined) add('campaign_id = ?', filters.campaignId);
  if (filters.batchId !== undefined) add('batch_id = ?', filters.batchId);
  if (filters.fromNumber) add('from_number = ?', filters.fromNumber);
  if (filters.toNumber) add('to_number = ?', filters.toNumber);
  if (filters.label) add(`EXISTS (SELECT 1 FROM json_each(${labelsJson}) WHERE value = ?)`, filters.label);
  if (filters.states?.length) add(`state IN (${list(filters.states)})`, ...filters.states);
  if (filters.results?.length) add(`final_result IN (${list(filters.results)})`, ...filters.results);
  if (filters.inbound !== undefined) add('inbound = ?', filters.inbound ? 1 : 0);
  if (filters.intervalBegin !== undefined) add('created >= ?', filters.intervalBegin);
  if (filters.intervalEnd !== undefined) add('created <= ?', filters.intervalEnd);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}
