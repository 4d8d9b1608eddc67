import type { Db, Migration } from './database';
import { badRequest } from '../http/errors';
import { requireNumber } from '../http/phone';

export const callerIdMigrations: Migration[] = [
  {
    name: 'callerids-001-create',
    sql: `
      CREATE TABLE caller_ids (
        phone_number TEXT PRIMARY KEY,
        verified INTEGER NOT NULL DEFAULT 0,
        created INTEGER NOT NULL
      );`,
  },
];

export function insertCallerId(db: Db, phoneNumber: string, verified: boolean, now: number) {
  db.prepare('INSERT OR REPLACE INTO caller_ids (phone_number, verified, created) VALUES (?, ?, ?)').run(
    phoneNumber,
    verified ? 1 : 0,
    now,
  );
}

/** Only verified numbers may be used as caller ids, so only they are listed. */
export function verifiedCallerIds(db: Db): string[] {
  return db
    .prepare('SELECT phone_number FROM caller_ids WHERE verified = 1 ORDER BY created, phone_number')
    .pluck()
    .all() as string[];
}

export function isVerifiedCallerId(db: Db, phoneNumber: string): boolean {
  return db.prepare('SELECT 1 FROM caller_ids WHERE phone_number = ? AND verified = 1').get(phoneNumber) !== undefined;
}

/** A caller id must be one of the account's verified numbers, as CallFire requires; returns it normalised. */
export function requireCallerId(db: Db, value: string, field: string): string {
  const number = requireNumber(value, field);
  if (!isVerifiedCallerId(db, number))
    throw badRequest(`${field}: ${number} is not a verified caller id of this account`);
  return number;
}
