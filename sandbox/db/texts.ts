import type { components } from '../../shared/schema';
import { messageParts } from '../../shared/textMessage';
import {
  actionQueries,
  actionWhere,
  ERROR_RESULTS,
  type ActionFilters,
  type ActionRow,
  type ActionStore,
} from './actions';
import type { Db, Migration } from './database';
import { sqlPage, type Page, type PageRequest } from '../http/paging';

export type Text = components['schemas']['Text'];
export type TextRecord = components['schemas']['TextRecord'];
export type TextBroadcastStats = components['schemas']['TextBroadcastStats'];
export type TextResult = components['schemas']['TextResult'];
type ActionState = components['schemas']['ActionState'];

/** The shared short code texts go out from unless another number is given. */
export const SHARED_SHORT_CODE = '67076';

/** Why a text goes out on its own rather than on a broadcast's schedule (the action's `script`). */
export type TextScript = { source: 'sendTexts' } | { source: 'autoReply'; autoReplyId: number };

export const textMigrations: Migration[] = [
  {
    name: 'texts-001-texts',
    sql: `
      CREATE TABLE texts (
        id INTEGER PRIMARY KEY,
        campaign_id INTEGER NOT NULL,          -- 0 for sendTexts and auto-replies
        batch_id INTEGER,
        contact_id INTEGER,
        from_number TEXT,
        to_number TEXT NOT NULL,
        state TEXT NOT NULL,
        final_result TEXT,
        inbound INTEGER NOT NULL DEFAULT 0,
        -- the recipient's time zone (from the area code), for local time restrictions
        time_zone TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at INTEGER NOT NULL DEFAULT 0,
        attempt_started INTEGER,
        active_until INTEGER,
        -- texts sent on their own (sendTexts, auto-replies): a TextScript, as JSON; they go out at once
        script TEXT,
        -- the recipient's own message (placeholders unfilled); NULL means the broadcast's message
        template TEXT,
        -- the message as sent (placeholders filled, trimmed) or as received
        message TEXT,
        -- media ids as a JSON array; NULL means the broadcast's media
        media TEXT,
        labels TEXT,
        attributes TEXT,
        -- how it went out: the number of 160-character parts, or 1 for an MMS
        parts INTEGER NOT NULL DEFAULT 0,
        mms INTEGER NOT NULL DEFAULT 0,
        billed REAL NOT NULL DEFAULT 0,
        finish_time INTEGER,
        created INTEGER NOT NULL,
        modified INTEGER NOT NULL
      );
      CREATE INDEX texts_due ON texts (campaign_id, state, next_attempt_at);
      CREATE INDEX texts_batch ON texts (batch_id, state);
      CREATE INDEX texts_contact ON texts (contact_id, created);
      CREATE INDEX texts_created ON texts (created);
      CREATE INDEX texts_to ON texts (to_number);
      CREATE INDEX texts_from ON texts (from_number);
      CREATE INDEX texts_in_progress ON texts (active_until) WHERE state = 'SELECTED';
      CREATE INDEX texts_adhoc_ready ON texts (next_attempt_at) WHERE script IS NOT NULL AND state = 'READY';`,
  },
  {
    // A broadcast's statistics are counted from this index alone (no row of the table is read).
    name: 'texts-002-stats-index',
    sql: `CREATE INDEX texts_stats ON texts (campaign_id, inbound, state, final_result, modified, billed);`,
  },
  {
    // Statistics without a time range come from counters kept by triggers, so a poll reads a few rows
    // however many texts the broadcast has. final_result is '' for none (NULLs never match in a key).
    name: 'texts-003-stats-counters',
    sql: `
      CREATE TABLE text_counts (
        campaign_id INTEGER NOT NULL,
        inbound INTEGER NOT NULL,
        state TEXT NOT NULL,
        final_result TEXT NOT NULL,
        count INTEGER NOT NULL,
        billed REAL NOT NULL,
        PRIMARY KEY (campaign_id, inbound, state, final_result)
      ) WITHOUT ROWID;
      INSERT INTO text_counts (campaign_id, inbound, state, final_result, count, billed)
        SELECT campaign_id, inbound, state, COALESCE(final_result, ''), COUNT(*), TOTAL(billed) FROM texts
        GROUP BY campaign_id, inbound, state, COALESCE(final_result, '');
      CREATE TRIGGER texts_counted AFTER INSERT ON texts BEGIN
        INSERT INTO text_counts (campaign_id, inbound, state, final_result, count, billed)
          VALUES (new.campaign_id, new.inbound, new.state, COALESCE(new.final_result, ''), 1, new.billed)
          ON CONFLICT DO UPDATE SET count = count + 1, billed = billed + excluded.billed;
      END;
      CREATE TRIGGER texts_recounted AFTER UPDATE OF campaign_id, inbound, state, final_result, billed ON texts
        WHEN old.campaign_id != new.campaign_id OR old.inbound != new.inbound OR old.state != new.state
          OR old.final_result IS NOT new.final_result OR old.billed != new.billed
      BEGIN
        UPDATE text_counts SET count = count - 1, billed = billed - old.billed
          WHERE campaign_id = old.campaign_id AND inbound = old.inbound AND state = old.state
            AND final_result = COALESCE(old.final_result, '');
        INSERT INTO text_counts (campaign_id, inbound, state, final_result, count, billed)
          VALUES (new.campaign_id, new.inbound, new.state, COALESCE(new.final_result, ''), 1, new.billed)
          ON CONFLICT DO UPDATE SET count = count + 1, billed = billed + excluded.billed;
      END;`,
  },
];

/** A row of the texts table. */
export interface TextRow extends ActionRow {
  state: ActionState;
  final_result: TextResult | null;
  inbound: number;
  time_zone: string;
  template: string | null;
  message: string | null;
  media: string | null;
  labels: string | null;
  attributes: string | null;
  parts: number;
  mms: number;
  billed: number;
  finish_time: number | null;
  created: number;
  modified: number;
  /** Read with `SELECT_TEXTS`: the broadcast's message, which a text without its own goes out with. */
  broadcast_message?: string | null;
}

/** What the text channel reads of a text beside `ActionRow`'s columns. */
const TEXT_ACTION_COLUMNS = ['template', 'media', 'attributes', 'parts', 'mms'] as const;
/** A text as the engine hands it to the text channel. */
export type TextAction = ActionRow & Pick<TextRow, (typeof TEXT_ACTION_COLUMNS)[number]>;

/** Texts with their broadcast's current message, as CallFire shows it on texts not sent yet. */
const SELECT_TEXTS = `SELECT texts.*,
  (SELECT json_extract(campaigns.settings, '$.message') FROM campaigns WHERE campaigns.id = texts.campaign_id)
    AS broadcast_message
  FROM texts`;

const parseJson = <T>(text: string | null): T | undefined => (text === null ? undefined : (JSON.parse(text) as T));
const roundCredits = (credits: number) => Math.round(credits * 10000) / 10000;

/** The records of a text: one per part sent, one for a text received, one saying why it was too big. */
function recordsOf(row: TextRow): TextRecord[] {
  if (row.final_result === null || row.message === null) return [];
  const base = { finishTime: row.finish_time ?? row.modified, toNumber: row.to_number, switchId: 'sandbox' };
  if (row.final_result === 'RECEIVED' || row.final_result === 'TOO_BIG')
    return [{ ...base, id: row.id * 100 + 1, message: row.message, textResult: row.final_result, billedAmount: 0 }];
  if (row.parts === 0) return [];
  const parts = row.mms ? [row.message] : messageParts(row.message);
  return parts.map((message, index) => ({
    ...base,
    id: row.id * 100 + index + 1,
    message,
    textResult: row.final_result!,
    billedAmount: roundCredits(row.billed / parts.length),
  }));
}

/** The one mapping from a row to the Text CallFire returns. */
export function toText(row: TextRow): Text {
  const otherParty = row.inbound ? row.from_number : row.to_number;
  const mediaIds = parseJson<number[]>(row.media);
  return {
    id: row.id,
    fromNumber: row.from_number ?? undefined,
    toNumber: row.to_number,
    state: row.state,
    campaignId: row.campaign_id,
    batchId: row.batch_id ?? undefined,
    contact: row.contact_id ? { id: row.contact_id, homePhone: otherParty ?? undefined } : undefined,
    inbound: row.inbound === 1,
    created: row.created,
    modified: row.modified,
    labels: parseJson<string[]>(row.labels),
    attributes: parseJson<Record<string, string>>(row.attributes),
    message: row.message ?? row.template ?? row.broadcast_message ?? undefined,
    finalTextResult: row.final_result ?? undefined,
    media: mediaIds?.length ? mediaIds.map((id) => ({ id })) : undefined,
    records: recordsOf(row),
  };
}

export interface NewText {
  campaignId: number;
  batchId?: number;
  contactId?: number;
  fromNumber?: string;
  toNumber: string;
  state: ActionState;
  finalTextResult?: TextResult;
  timeZone: string;
  labels?: string[];
  attributes?: Record<string, string>;
  /** The recipient's own message, placeholders unfilled. */
  template?: string;
  mediaIds?: number[];
  script?: TextScript;
}

/** Inserts outbound texts (one per recipient) and returns their ids, in order. */
export function insertTextRows(db: Db, texts: NewText[], now: number): number[] {
  const insert = db.prepare(
    `INSERT INTO texts (campaign_id, batch_id, contact_id, from_number, to_number, state, final_result, time_zone,
       next_attempt_at, script, template, media, labels, attributes, created, modified)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  return db.transaction(() =>
    texts.map((text) =>
      Number(
        insert.run(
          text.campaignId,
          text.batchId ?? null,
          text.contactId ?? null,
          text.fromNumber ?? null,
          text.toNumber,
          text.state,
          text.finalTextResult ?? null,
          text.timeZone,
          now,
          text.script ? JSON.stringify(text.script) : null,
          text.template ?? null,
          text.mediaIds ? JSON.stringify(text.mediaIds) : null,
          text.labels?.length ? JSON.stringify(text.labels) : null,
          text.attributes ? JSON.stringify(text.attributes) : null,
          now,
          now,
        ).lastInsertRowid,
      ),
    ),
  )();
}

/** Texts by id, in id order, as CallFire shows them. */
export function textsByIds(db: Db, ids: number[]): Text[] {
  return (
    db
      .prepare(`${SELECT_TEXTS} WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`)
      .all(JSON.stringify(ids)) as TextRow[]
  ).map(toText);
}

/** Inserts outbound texts (one per recipient) and returns them as CallFire shows them. */
export function insertTexts(db: Db, texts: NewText[], now: number): Text[] {
  return db.transaction(() => textsByIds(db, insertTextRows(db, texts, now)))();
}

/** Records a text received from `fromNumber`; it is FINISHED and RECEIVED at once. */
export function insertInboundText(
  db: Db,
  text: {
    campaignId: number;
    contactId?: number;
    fromNumber: string;
    toNumber: string;
    message: string;
    timeZone: string;
  },
  now: number,
): Text {
  const row = db
    .prepare(
      `INSERT INTO texts (campaign_id, contact_id, from_number, to_number, state, final_result, inbound, time_zone,
         message, parts, finish_time, created, modified)
       VALUES (?, ?, ?, ?, 'FINISHED', 'RECEIVED', 1, ?, ?, 1, ?, ?, ?) RETURNING *`,
    )
    .get(
      text.campaignId,
      text.contactId ?? null,
      text.fromNumber,
      text.toNumber,
      text.timeZone,
      text.message,
      now,
      now,
      now,
    );
  return toText(row as TextRow);
}

export function readTextRow(db: Db, id: number): TextRow | undefined {
  return db.prepare(`${SELECT_TEXTS} WHERE id = ?`).get(id) as TextRow | undefined;
}

export const readText = (db: Db, id: number): Text | undefined => {
  const row = readTextRow(db, id);
  return row && toText(row);
};

/** A text starts going out: its message is final (placeholders filled) and it is SELECTED until `until`. */
export function beginSending(
  db: Db,
  id: number,
  sending: { message: string; parts: number; mms: boolean },
  now: number,
  until: number,
) {
  db.prepare(
    `UPDATE texts SET state = 'SELECTED', attempts = attempts + 1, attempt_started = ?, active_until = ?,
       message = ?, parts = ?, mms = ?, modified = ? WHERE id = ?`,
  ).run(now, until, sending.message, sending.parts, sending.mms ? 1 : 0, now, id);
}

/** A text that went out (or failed on the way) ends with its result and cost. */
export function finishSending(db: Db, id: number, result: TextResult, billed: number, now: number) {
  db.prepare(
    `UPDATE texts SET state = 'FINISHED', final_result = ?, billed = ?, finish_time = ?, active_until = NULL,
       modified = ? WHERE id = ?`,
  ).run(result, billed, now, now, id);
}

/** Ends a text without sending it: `message` is what would have gone out, when known. */
export function endUnsent(db: Db, id: number, state: ActionState, result: TextResult, now: number, message?: string) {
  db.prepare(
    `UPDATE texts SET state = ?, final_result = ?, message = COALESCE(?, message), finish_time = ?, modified = ?
     WHERE id = ?`,
  ).run(state, result, message ?? null, now, now, id);
}

/** The campaign engine's queries and operations on texts. */
export const textActions: ActionStore = {
  ...actionQueries('texts', TEXT_ACTION_COLUMNS),
  markDnc: (db, id, now) => endUnsent(db, id, 'DNC', 'DNT', now),
  markOutOfCredits: (db, id, now) => endUnsent(db, id, 'FINISHED', 'UNDIALED', now),
};

/** Finds texts, newest first; a broadcast's own list (`oldestFirst`) keeps the order recipients were added in. */
export function findTexts(
  db: Db,
  filters: ActionFilters,
  request: PageRequest,
  { oldestFirst = false } = {},
): Page<Text> {
  const { where, params } = actionWhere(filters, 'labels');
  return sqlPage<TextRow, Text>(
    db,
    `${SELECT_TEXTS} ${where}`,
    params,
    request,
    toText,
    `ORDER BY id ${oldestFirst ? 'ASC' : 'DESC'}`,
  );
}

/** A contact's texts, sent and received, newest first (contact history). */
export function textsOfContact(db: Db, contactId: number, request: PageRequest): Text[] {
  return (
    db
      .prepare(`${SELECT_TEXTS} WHERE contact_id = ? ORDER BY created DESC, id DESC LIMIT ? OFFSET ?`)
      .all(contactId, request.limit, request.offset) as TextRow[]
  ).map(toText);
}

/** The broadcast an inbound text answers: the newest one that texted `number` from `ourNumber` (0 if none). */
export function campaignTextingNumber(db: Db, ourNumber: string, number: string): number {
  return (
    (db
      .prepare(
        `SELECT campaign_id FROM texts WHERE inbound = 0 AND from_number = ? AND to_number = ?
         ORDER BY id DESC LIMIT 1`,
      )
      .pluck()
      .get(ourNumber, number) as number | undefined) ?? 0
  );
}

interface StateCount {
  inbound: number;
  state: string;
  final_result: string | null;
  count: number;
  billed: number;
}

/**
 * Statistics of a broadcast, counted per direction, state and result: all its texts from the
 * `text_counts` counters, those changed within begin..end from the `texts_stats` index alone, so no
 * text row is read.
 */
export function textStats(db: Db, campaignId: number, begin?: number, end?: number): TextBroadcastStats {
  const groups = (
    begin === undefined && end === undefined
      ? db
          .prepare(
            `SELECT inbound, state, NULLIF(final_result, '') AS final_result, count, billed FROM text_counts
             WHERE campaign_id = ? AND count > 0`,
          )
          .all(campaignId)
      : db
          .prepare(
            `SELECT inbound, state, final_result, COUNT(*) AS count, TOTAL(billed) AS billed FROM texts
             WHERE campaign_id = ? AND modified >= ? AND modified <= ?
             GROUP BY inbound, state, final_result`,
          )
          .all(campaignId, begin ?? 0, end ?? Number.MAX_SAFE_INTEGER)
  ) as StateCount[];
  const stats = { total: 0, remaining: 0, sent: 0, unsent: 0, received: 0, dnt: 0, tooBig: 0, errors: 0, billed: 0 };
  for (const { inbound, state, final_result: result, count, billed } of groups) {
    stats.billed += billed;
    if (result === 'DNT') stats.dnt += count;
    if (result === 'TOO_BIG') stats.tooBig += count;
    if (result !== null && ERROR_RESULTS.has(result)) stats.errors += count;
    if (inbound === 1) {
      stats.received += count;
      continue;
    }
    stats.total += count;
    if (state === 'READY' || state === 'SELECTED') stats.remaining += count;
    if (result === 'SENT') stats.sent += count;
    else if (result !== null) stats.unsent += count;
  }
  return {
    totalOutboundCount: stats.total,
    remainingOutboundCount: stats.remaining,
    sentCount: stats.sent,
    unsentCount: stats.unsent,
    recievedCount: stats.received,
    doNotTextCount: stats.dnt,
    tooBigCount: stats.tooBig,
    errorCount: stats.errors,
    billedAmount: roundCredits(stats.billed),
  };
}
