import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';
import { sqlPage, type Page, type PageRequest } from '../http/paging';

export type TextAutoReply = components['schemas']['TextAutoReply'];

export const autoReplyMigrations: Migration[] = [
  {
    name: 'texts-002-auto-replies',
    sql: `
      CREATE TABLE text_auto_replies (
        id INTEGER PRIMARY KEY,
        number TEXT,
        keyword TEXT,
        match TEXT,
        message TEXT NOT NULL,
        created INTEGER NOT NULL
      );
      CREATE INDEX text_auto_replies_number ON text_auto_replies (number);`,
  },
];

interface AutoReplyRow {
  id: number;
  number: string | null;
  keyword: string | null;
  match: string | null;
  message: string;
}

const toAutoReply = (row: AutoReplyRow): TextAutoReply => ({
  id: row.id,
  number: row.number ?? undefined,
  keyword: row.keyword ?? undefined,
  match: row.match ?? undefined,
  message: row.message,
});

export function insertAutoReply(db: Db, reply: Omit<TextAutoReply, 'id'>, now: number): number {
  return Number(
    db
      .prepare('INSERT INTO text_auto_replies (number, keyword, match, message, created) VALUES (?, ?, ?, ?, ?)')
      .run(reply.number ?? null, reply.keyword ?? null, reply.match ?? null, reply.message, now).lastInsertRowid,
  );
}

export function readAutoReply(db: Db, id: number): TextAutoReply | undefined {
  const row = db.prepare('SELECT * FROM text_auto_replies WHERE id = ?').get(id) as AutoReplyRow | undefined;
  return row && toAutoReply(row);
}

export function deleteAutoReply(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM text_auto_replies WHERE id = ?').run(id).changes > 0;
}

/** Auto-replies, oldest first; `number` keeps those of one number. */
export function findAutoReplies(db: Db, number: string | undefined, request: PageRequest): Page<TextAutoReply> {
  return number === undefined
    ? sqlPage(db, 'SELECT * FROM text_auto_replies', [], request, toAutoReply, 'ORDER BY id')
    : sqlPage(db, 'SELECT * FROM text_auto_replies WHERE number = ?', [number], request, toAutoReply, 'ORDER BY id');
}

/** An auto-reply for the same number or keyword and the same text to match (ignoring case), if any. */
export function sameAutoReply(db: Db, reply: Omit<TextAutoReply, 'id'>): TextAutoReply | undefined {
  const row = db
    .prepare(
      `SELECT * FROM text_auto_replies
       WHERE number IS ? AND lower(keyword) IS lower(?) AND lower(COALESCE(match, '')) = lower(?)`,
    )
    .get(reply.number ?? null, reply.keyword ?? null, reply.match ?? '') as AutoReplyRow | undefined;
  return row && toAutoReply(row);
}

/**
 * The auto-reply an inbound text to `toNumber` gets: those of the number, and on the shared short
 * code those whose keyword is the message's first word; one whose `match` the message contains
 * (ignoring case) wins over one without `match`, and the oldest wins among equals.
 */
export function autoReplyFor(
  db: Db,
  toNumber: string,
  message: string,
  isShortCode: boolean,
): TextAutoReply | undefined {
  const firstWord = message.trim().split(/\s+/)[0]?.toLowerCase() ?? '';
  const candidates = db
    .prepare(
      `SELECT * FROM text_auto_replies
       WHERE (number = ? AND keyword IS NULL) OR (? AND lower(keyword) = ?)
       ORDER BY match IS NULL, id`,
    )
    .all(toNumber, isShortCode ? 1 : 0, firstWord) as AutoReplyRow[];
  const text = message.toLowerCase();
  const chosen = candidates.find((row) => row.match === null || text.includes(row.match.toLowerCase()));
  return chosen && toAutoReply(chosen);
}
