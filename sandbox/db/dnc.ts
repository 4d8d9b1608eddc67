import type { components } from '../../shared/schema';
import { normalizeNumber } from '../http/phone';
import type { PageRequest } from '../http/paging';
import { sqlPage } from '../http/paging';
import type { Db, Migration } from './database';

export type DoNotContact = components['schemas']['DoNotContact'];

/** The source CallFire gives an entry added without one. */
export const DEFAULT_DNC_SOURCE = 'Api V2';

export const dncMigrations: Migration[] = [
  {
    name: 'dnc-001-create',
    // The number is the primary key of a WITHOUT ROWID table, so the entries are stored in number
    // order and a prefix search is a range scan of the table itself.
    sql: `
      CREATE TABLE dnc (
        number TEXT PRIMARY KEY,
        call INTEGER NOT NULL,
        text INTEGER NOT NULL,
        inbound_call INTEGER NOT NULL DEFAULT 0,
        inbound_text INTEGER NOT NULL DEFAULT 0,
        source TEXT NOT NULL,
        campaign_id INTEGER,
        created INTEGER NOT NULL
      ) WITHOUT ROWID;
      CREATE INDEX dnc_source ON dnc (source);
      CREATE INDEX dnc_campaign ON dnc (campaign_id) WHERE campaign_id IS NOT NULL;`,
  },
];

interface DncRow {
  number: string;
  call: number;
  text: number;
  inbound_call: number;
  inbound_text: number;
  source: string;
  campaign_id: number | null;
  created: number;
}

function toEntry(row: DncRow): DoNotContact {
  return {
    number: row.number,
    call: row.call === 1,
    text: row.text === 1,
    inboundCall: row.inbound_call === 1,
    inboundText: row.inbound_text === 1,
    source: row.source,
    campaignId: row.campaign_id ?? undefined,
    created: row.created,
  };
}

export interface DncFlags {
  call?: boolean;
  text?: boolean;
  inboundCall?: boolean;
  inboundText?: boolean;
}

export interface DncAddition extends DncFlags {
  /** Numbers already in CallFire's 11-digit form. */
  numbers: string[];
  /** New entries get the default source without one; existing entries keep theirs. */
  source?: string;
  campaignId?: number;
}

const bit = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);

/**
 * Adds numbers or, for numbers already on the list, changes the flags that were given (CallFire's
 * add-or-update). Flags left out keep their value; a new entry has them off.
 */
export function upsertDoNotContacts(db: Db, addition: DncAddition, now: number): void {
  const statement = db.prepare(
    `INSERT INTO dnc (number, call, text, inbound_call, inbound_text, source, campaign_id, created)
     VALUES (@number, COALESCE(@call, 0), COALESCE(@text, 0), COALESCE(@inboundCall, 0),
             COALESCE(@inboundText, 0), COALESCE(@source, @defaultSource), @campaignId, @now)
     ON CONFLICT (number) DO UPDATE SET
       call = COALESCE(@call, call),
       text = COALESCE(@text, text),
       inbound_call = COALESCE(@inboundCall, inbound_call),
       inbound_text = COALESCE(@inboundText, inbound_text),
       source = COALESCE(@source, source),
       campaign_id = COALESCE(@campaignId, campaign_id)`,
  );
  const shared = {
    call: bit(addition.call),
    text: bit(addition.text),
    inboundCall: bit(addition.inboundCall),
    inboundText: bit(addition.inboundText),
    source: addition.source ?? null,
    defaultSource: DEFAULT_DNC_SOURCE,
    campaignId: addition.campaignId ?? null,
    now,
  };
  db.transaction(() => {
    for (const number of addition.numbers) statement.run({ ...shared, number });
  })();
}

export function readDoNotContact(db: Db, number: string): DoNotContact | undefined {
  const row = db.prepare('SELECT * FROM dnc WHERE number = ?').get(number) as DncRow | undefined;
  return row && toEntry(row);
}

/** Changes the given flags and source of an existing entry; false when the number is not on the list. */
export function updateDoNotContact(db: Db, number: string, changes: DncFlags & { source?: string }): boolean {
  const result = db
    .prepare(
      `UPDATE dnc SET
         call = COALESCE(@call, call),
         text = COALESCE(@text, text),
         inbound_call = COALESCE(@inboundCall, inbound_call),
         inbound_text = COALESCE(@inboundText, inbound_text),
         source = COALESCE(@source, source)
       WHERE number = @number`,
    )
    .run({
      number,
      call: bit(changes.call),
      text: bit(changes.text),
      inboundCall: bit(changes.inboundCall),
      inboundText: bit(changes.inboundText),
      source: changes.source ?? null,
    });
  return result.changes > 0;
}

/** The numbers of `numbers` that are not on the list. */
export function missingNumbers(db: Db, numbers: string[]): string[] {
  const present = new Set(
    db
      .prepare('SELECT number FROM dnc WHERE number IN (SELECT value FROM json_each(?))')
      .pluck()
      .all(JSON.stringify(numbers)) as string[],
  );
  return numbers.filter((number) => !present.has(number));
}

export function deleteDoNotContacts(db: Db, numbers: string[]): number {
  return db.prepare('DELETE FROM dnc WHERE number IN (SELECT value FROM json_each(?))').run(JSON.stringify(numbers))
    .changes;
}

export function deleteDoNotContactsBySource(db: Db, source: string): number {
  return db.prepare('DELETE FROM dnc WHERE source = ?').run(source).changes;
}

export interface DncSearch extends DncFlags {
  /** 1-10 digits; see `prefixRange`. */
  prefix?: string;
  source?: string;
  campaignId?: number;
  numbers?: string[];
}

/**
 * The range of stored numbers a prefix selects. Stored numbers have 11 digits starting with 1, so a
 * prefix that does not start with 1 is the national part and gains the country code. ':' sorts
 * right after '9', which makes `[prefix, prefix + ':')` exactly the numbers that start with it.
 */
export function prefixRange(prefix: string): { from: string; to: string } {
  const from = prefix.startsWith('1') ? prefix : `1${prefix}`;
  return { from, to: `${from}:` };
}

export function findDoNotContacts(db: Db, search: DncSearch, request: PageRequest) {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  if (search.prefix) {
    Object.assign(params, prefixRange(search.prefix));
    conditions.push('number >= @from AND number < @to');
  }
  if (search.numbers?.length) {
    params.numbers = JSON.stringify(search.numbers);
    conditions.push('number IN (SELECT value FROM json_each(@numbers))');
  }
  if (search.source !== undefined) {
    params.source = search.source;
    conditions.push('source = @source');
  }
  if (search.campaignId !== undefined) {
    params.campaignId = search.campaignId;
    conditions.push('campaign_id = @campaignId');
  }
  const flags = { call: 'call', text: 'text', inboundCall: 'inbound_call', inboundText: 'inbound_text' } as const;
  for (const [name, column] of Object.entries(flags) as [keyof DncFlags, string][]) {
    if (search[name] === undefined) continue;
    params[name] = bit(search[name]);
    conditions.push(`${column} = @${name}`);
  }
  const where = conditions.length ? `WHERE ${conditions.join(' AND ')}` : '';
  return sqlPage(db, `SELECT * FROM dnc ${where}`, params, request, toEntry, 'ORDER BY number');
}

/**
 * The account's own do-not-contact flags for one number, or undefined when it is not on the list.
 * The campaign simulator skips a call to a number with `call` (state DNC) and a text to one with
 * `text` (state DNT).
 */
export function dncFlagsFor(db: Db, number: string): { call: boolean; text: boolean } | undefined {
  const row = db.prepare('SELECT call, text FROM dnc WHERE number = ?').get(normalizeNumber(number) ?? number) as
    { call: number; text: number } | undefined;
  return row && { call: row.call === 1, text: row.text === 1 };
}

/** The numbers, of those given in CallFire's form, whose entry has this flag on: one query for a whole batch. */
export function dncNumbersAmong(db: Db, numbers: string[], flag: 'call' | 'text'): Set<string> {
  return new Set(
    db
      .prepare(`SELECT number FROM dnc WHERE ${flag} = 1 AND number IN (SELECT value FROM json_each(?))`)
      .pluck()
      .all(JSON.stringify(numbers)) as string[],
  );
}

/**
 * How many of these numbers are on the do-not-call list. Each number counts once, however often it
 * is given; numbers not in CallFire's form are compared as given.
 */
export function countDncNumbers(db: Db, numbers: string[]): number {
  if (numbers.length === 0) return 0;
  const normalized = numbers.map((number) => normalizeNumber(number) ?? number);
  return db
    .prepare('SELECT COUNT(*) FROM dnc WHERE call = 1 AND number IN (SELECT value FROM json_each(?))')
    .pluck()
    .get(JSON.stringify(normalized)) as number;
}
