import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';
import { sqlPage, type Page, type PageRequest } from '../http/paging';

export type CallBroadcast = components['schemas']['CallBroadcast'];
export type TextBroadcast = components['schemas']['TextBroadcast'];
export type Batch = components['schemas']['Batch'];
export type BroadcastStatus = components['schemas']['BroadcastStatus'];
/** Voice and text broadcasts share one id space and one batch table, as CallFire's campaigns do. */
export type CampaignKind = 'call' | 'text';

/** The table that holds each kind's actions (one row per recipient); both have the same core columns. */
export const ACTION_TABLES: Record<CampaignKind, string> = { call: 'calls', text: 'texts' };

export const broadcastMigrations: Migration[] = [
  {
    name: 'broadcasts-001-campaigns',
    sql: `
      CREATE TABLE campaigns (
        id INTEGER PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('call', 'text')),
        name TEXT,
        status TEXT NOT NULL,
        from_number TEXT,
        labels TEXT NOT NULL DEFAULT '[]',
        -- every other setting of the broadcast, as CallFire returns it (sounds, schedules, retryConfig…)
        settings TEXT NOT NULL DEFAULT '{}',
        created INTEGER NOT NULL,
        last_modified INTEGER NOT NULL,
        -- simulator: whether the broadcast's schedules allowed dialling at its last step
        window_open INTEGER NOT NULL DEFAULT 0
      );
      CREATE INDEX campaigns_kind_status ON campaigns (kind, status);
      CREATE TABLE campaign_batches (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL REFERENCES campaigns (id),
        name TEXT,
        status TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        size INTEGER NOT NULL DEFAULT 0,
        created INTEGER NOT NULL
      );
      CREATE INDEX campaign_batches_campaign ON campaign_batches (campaign_id);`,
  },
  {
    // CallFire puts the actions of each sendCalls or sendTexts request in a batch of their own, also
    // when no broadcast is named (campaign 0, which has no row): batches keep their kind themselves.
    name: 'broadcasts-002-batches-of-sent-actions',
    sql: `
      CREATE TABLE campaign_batches_new (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL,          -- 0 for a sendCalls or sendTexts request without a broadcast
        kind TEXT NOT NULL CHECK (kind IN ('call', 'text')),
        name TEXT,
        status TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        size INTEGER NOT NULL DEFAULT 0,
        created INTEGER NOT NULL
      );
      INSERT INTO campaign_batches_new (id, campaign_id, kind, name, status, enabled, size, created)
        SELECT b.id, b.campaign_id, c.kind, b.name, b.status, b.enabled, b.size, b.created
        FROM campaign_batches b JOIN campaigns c ON c.id = b.campaign_id;
      DROP TABLE campaign_batches;
      ALTER TABLE campaign_batches_new RENAME TO campaign_batches;
      CREATE INDEX campaign_batches_campaign ON campaign_batches (campaign_id);`,
  },
];

export interface CampaignRow {
  id: number;
  kind: CampaignKind;
  name: string | null;
  status: BroadcastStatus;
  from_number: string | null;
  labels: string;
  settings: string;
  created: number;
  last_modified: number;
  window_open: number;
}

type Columns = 'id' | 'name' | 'status' | 'lastModified' | 'fromNumber' | 'labels' | 'recipients';
/** The settings kept as JSON: everything but the columns and the write-only recipients, of either kind. */
export type CampaignSettings = Omit<CallBroadcast, Columns> & Omit<TextBroadcast, Columns>;

export function splitBroadcast<Broadcast extends CallBroadcast | TextBroadcast>(broadcast: Broadcast) {
  const {
    id: _id,
    name,
    status: _status,
    lastModified: _modified,
    fromNumber,
    labels,
    recipients,
    ...settings
  } = broadcast;
  return {
    name,
    fromNumber,
    labels,
    recipients: recipients as Broadcast['recipients'],
    settings: settings as CampaignSettings,
  };
}

export function insertCampaign(
  db: Db,
  kind: CampaignKind,
  fields: { name?: string; fromNumber?: string; labels?: string[]; settings: CampaignSettings },
  now: number,
): number {
  const result = db
    .prepare(
      `INSERT INTO campaigns (kind, name, status, from_number, labels, settings, created, last_modified)
       VALUES (?, ?, 'SETUP', ?, ?, ?, ?, ?)`,
    )
    .run(kind, fields.name ?? null, fields.fromNumber ?? null, JSON.stringify(fields.labels ?? []), '{}', now, now);
  const id = Number(result.lastInsertRowid);
  db.prepare('UPDATE campaigns SET settings = ? WHERE id = ?').run(
    JSON.stringify(withScheduleIds(fields.settings, id)),
    id,
  );
  return id;
}

/** Schedules get ids and their broadcast's id, as CallFire returns them. */
function withScheduleIds(settings: CampaignSettings, campaignId: number): CampaignSettings {
  if (!settings.schedules) return settings;
  return {
    ...settings,
    schedules: settings.schedules.map((schedule, index) => ({
      ...schedule,
      id: campaignId * 100 + index + 1,
      campaignId,
    })),
  };
}

export function updateCampaign(
  db: Db,
  row: CampaignRow,
  changes: { name?: string; fromNumber?: string; labels?: string[]; settings: CampaignSettings },
  now: number,
) {
  const settings = withScheduleIds({ ...campaignSettings(row), ...changes.settings }, row.id);
  db.prepare(
    `UPDATE campaigns SET name = ?, from_number = ?, labels = ?, settings = ?, last_modified = ? WHERE id = ?`,
  ).run(
    changes.name ?? row.name,
    changes.fromNumber ?? row.from_number,
    JSON.stringify(changes.labels ?? JSON.parse(row.labels)),
    JSON.stringify(settings),
    now,
    row.id,
  );
}

export function campaignRow(db: Db, id: number, kind?: CampaignKind): CampaignRow | undefined {
  const row = db.prepare('SELECT * FROM campaigns WHERE id = ?').get(id) as CampaignRow | undefined;
  return row && (!kind || row.kind === kind) ? row : undefined;
}

export const campaignSettings = (row: CampaignRow) => JSON.parse(row.settings) as CampaignSettings;

/** A campaign as CallFire returns it; the settings JSON holds only its own kind's fields. */
export function toBroadcast(row: CampaignRow): CallBroadcast & TextBroadcast {
  return {
    id: row.id,
    name: row.name ?? undefined,
    status: row.status,
    lastModified: row.last_modified,
    fromNumber: row.from_number ?? undefined,
    labels: JSON.parse(row.labels) as string[],
    ...campaignSettings(row),
  };
}

export const toCallBroadcast = (row: CampaignRow): CallBroadcast => toBroadcast(row);
export const toTextBroadcast = (row: CampaignRow): TextBroadcast => toBroadcast(row);

export function setCampaignStatus(db: Db, id: number, status: BroadcastStatus, now: number) {
  db.prepare('UPDATE campaigns SET status = ?, last_modified = ? WHERE id = ?').run(status, now, id);
}

export interface CampaignFilters {
  name?: string;
  label?: string;
  running?: boolean;
  scheduled?: boolean;
  intervalBegin?: number;
  intervalEnd?: number;
}

/** Finds broadcasts of one kind, newest first; archived ones are never found. */
export function findCampaigns(
  db: Db,
  kind: CampaignKind,
  filters: CampaignFilters,
  request: PageRequest,
): Page<CampaignRow> {
  const where = [`kind = @kind`, `status != 'ARCHIVED'`];
  if (filters.name) where.push(`instr(lower(name), lower(@name)) > 0`);
  if (filters.label) where.push(`EXISTS (SELECT 1 FROM json_each(labels) WHERE value = @label)`);
  if (filters.running !== undefined) where.push(filters.running ? `status = 'RUNNING'` : `status != 'RUNNING'`);
  if (filters.scheduled !== undefined)
    where.push(`coalesce(json_array_length(settings, '$.schedules'), 0) ${filters.scheduled ? '> 0' : '= 0'}`);
  if (filters.intervalBegin !== undefined) where.push(`last_modified >= @intervalBegin`);
  if (filters.intervalEnd !== undefined) where.push(`last_modified <= @intervalEnd`);
  const params = { kind, ...filters, running: undefined, scheduled: undefined };
  return sqlPage<CampaignRow, CampaignRow>(
    db,
    `SELECT * FROM campaigns WHERE ${where.join(' AND ')} ORDER BY id DESC`,
    Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)),
    request,
    (row) => row,
  );
}

/** Campaigns the simulator works on: running, or waiting for their schedule. */
export function activeCampaigns(db: Db, kind: CampaignKind): CampaignRow[] {
  return db
    .prepare(`SELECT * FROM campaigns WHERE kind = ? AND status IN ('RUNNING', 'SCHEDULED')`)
    .all(kind) as CampaignRow[];
}

export function setWindowOpen(db: Db, id: number, open: boolean) {
  db.prepare('UPDATE campaigns SET window_open = ? WHERE id = ?').run(open ? 1 : 0, id);
}

// --- batches ---

interface BatchRow {
  id: number;
  campaign_id: number;
  name: string | null;
  status: NonNullable<Batch['status']>;
  enabled: number;
  size: number;
  created: number;
  remaining: number;
}

/** Starts a batch of a broadcast; it takes its broadcast's kind. */
export function insertBatch(db: Db, campaignId: number, name: string | undefined, now: number): number {
  const result = db
    .prepare(
      `INSERT INTO campaign_batches (campaign_id, kind, name, status, created)
       VALUES (?, (SELECT kind FROM campaigns WHERE id = ?), ?, 'VALIDATING', ?)`,
    )
    .run(campaignId, campaignId, name ?? null, now);
  return Number(result.lastInsertRowid);
}

/**
 * Inserts the actions of one sendCalls or sendTexts request as a batch of their own: in the broadcast
 * the request names, or in campaign 0 when it names none. `insert` receives the batch's id.
 */
export function insertSentBatch<Action>(
  db: Db,
  owner: { kind: CampaignKind; campaignId: number; hadErrors: boolean },
  now: number,
  insert: (batchId: number) => Action[],
): Action[] {
  return db.transaction(() => {
    const batchId =
      owner.campaignId === 0
        ? Number(
            db
              .prepare(
                `INSERT INTO campaign_batches (campaign_id, kind, status, created) VALUES (0, ?, 'VALIDATING', ?)`,
              )
              .run(owner.kind, now).lastInsertRowid,
          )
        : insertBatch(db, owner.campaignId, undefined, now);
    const actions = insert(batchId);
    completeBatch(db, batchId, actions.length, owner.hadErrors);
    return actions;
  })();
}

/** Ends a batch's validation: its size is what was added, and it is ACTIVE (or ERRORS if some entries were invalid). */
export function completeBatch(db: Db, batchId: number, size: number, hadErrors: boolean) {
  db.prepare('UPDATE campaign_batches SET size = ?, status = ? WHERE id = ?').run(
    size,
    hadErrors ? 'ERRORS' : 'ACTIVE',
    batchId,
  );
}

const batchSelect = (kind: CampaignKind) => `
  SELECT b.*, (SELECT COUNT(*) FROM ${ACTION_TABLES[kind]} a
               WHERE a.batch_id = b.id AND a.state IN ('READY', 'SELECTED', 'DISABLED')) AS remaining
  FROM campaign_batches b`;

function toBatch(row: BatchRow): Batch {
  return {
    id: row.id,
    name: row.name ?? undefined,
    status: row.status,
    broadcastId: row.campaign_id,
    created: row.created,
    size: row.size,
    remaining: row.remaining,
    enabled: row.enabled === 1,
  };
}

export function readBatch(db: Db, id: number): (Batch & { kind: CampaignKind }) | undefined {
  const owner = db.prepare('SELECT kind FROM campaign_batches WHERE id = ?').pluck().get(id) as
    CampaignKind | undefined;
  if (!owner) return undefined;
  const row = db.prepare(`${batchSelect(owner)} WHERE b.id = ?`).get(id) as BatchRow;
  return { ...toBatch(row), kind: owner };
}

export function findBatches(db: Db, kind: CampaignKind, campaignId: number, request: PageRequest): Page<Batch> {
  return sqlPage(db, `${batchSelect(kind)} WHERE b.campaign_id = ? ORDER BY b.id`, [campaignId], request, toBatch);
}

/**
 * Enables or disables a batch. Its undialled recipients move between READY and DISABLED, which
 * the simulator never picks.
 */
export function setBatchEnabled(db: Db, kind: CampaignKind, batchId: number, enabled: boolean, now: number) {
  db.transaction(() => {
    db.prepare('UPDATE campaign_batches SET enabled = ? WHERE id = ?').run(enabled ? 1 : 0, batchId);
    const [from, to] = enabled ? ['DISABLED', 'READY'] : ['READY', 'DISABLED'];
    db.prepare(`UPDATE ${ACTION_TABLES[kind]} SET state = ?, modified = ? WHERE batch_id = ? AND state = ?`).run(
      to,
      now,
      batchId,
      from,
    );
  })();
}

export function isBatchEnabled(db: Db, batchId: number): boolean {
  return db.prepare('SELECT enabled FROM campaign_batches WHERE id = ?').pluck().get(batchId) === 1;
}
