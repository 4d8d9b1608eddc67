import { randomInt } from 'node:crypto';
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
  {
    name: 'callerids-002-verification-codes',
    sql: `
      CREATE TABLE caller_id_codes (
        phone_number TEXT PRIMARY KEY,
        code TEXT NOT NULL,
        expires_at INTEGER NOT NULL,
        wrong_attempts INTEGER NOT NULL DEFAULT 0
      );`,
  },
];

/** How long a verification code stays valid, and how many wrong guesses use it up. */
export const VERIFICATION_CODE_TTL_MS = 10 * 60_000;
const MAX_WRONG_ATTEMPTS = 5;

/** A fresh random 6-digit code for the number, replacing any earlier one; the number waits unverified. */
export function issueVerificationCode(db: Db, phoneNumber: string, now: number): string {
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO caller_ids (phone_number, verified, created) VALUES (?, 0, ?)').run(
      phoneNumber,
      now,
    );
    db.prepare(
      'INSERT OR REPLACE INTO caller_id_codes (phone_number, code, expires_at, wrong_attempts) VALUES (?, ?, ?, 0)',
    ).run(phoneNumber, code, now + VERIFICATION_CODE_TTL_MS);
  })();
  return code;
}

export type CodeCheck = 'verified' | 'wrong' | 'no-code';

/**
 * Checks a code: right marks the number verified and uses the code up; wrong counts against it (five wrong
 * guesses use it up); `no-code` when none was sent, it expired or it was used up.
 */
export function checkVerificationCode(db: Db, phoneNumber: string, code: string, now: number): CodeCheck {
  return db.transaction((): CodeCheck => {
    const pending = db
      .prepare(
        'SELECT code, expires_at AS expiresAt, wrong_attempts AS wrong FROM caller_id_codes WHERE phone_number = ?',
      )
      .get(phoneNumber) as { code: string; expiresAt: number; wrong: number } | undefined;
    if (!pending || pending.expiresAt <= now || pending.wrong >= MAX_WRONG_ATTEMPTS) return 'no-code';
    if (pending.code !== code.trim()) {
      db.prepare('UPDATE caller_id_codes SET wrong_attempts = wrong_attempts + 1 WHERE phone_number = ?').run(
        phoneNumber,
      );
      return 'wrong';
    }
    db.prepare('DELETE FROM caller_id_codes WHERE phone_number = ?').run(phoneNumber);
    db.prepare('UPDATE caller_ids SET verified = 1 WHERE phone_number = ?').run(phoneNumber);
    return 'verified';
  })();
}

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

/** The code waiting for a number, if any; the sandbox's stand-in for hearing the verification call. */
export function pendingVerificationCode(db: Db, phoneNumber: string, now: number): string | undefined {
  return db
    .prepare('SELECT code FROM caller_id_codes WHERE phone_number = ? AND expires_at > ?')
    .pluck()
    .get(phoneNumber, now) as string | undefined;
}
