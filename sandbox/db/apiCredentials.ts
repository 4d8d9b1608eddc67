import { createHash, randomBytes } from 'node:crypto';
import type { components } from '../../shared/schema';
import { sameSecret } from '../http/auth';
import { type PageRequest, sqlPage } from '../http/paging';
import type { Db, Migration } from './database';

export type ApiCredential = components['schemas']['ApiCredential'];

export const apiCredentialMigrations: Migration[] = [
  {
    name: 'apicredentials-001-create',
    sql: `
      CREATE TABLE api_credentials (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        username TEXT NOT NULL UNIQUE,
        -- only a salted hash and the last four characters (for the masked form) are kept
        password_salt TEXT NOT NULL,
        password_hash TEXT NOT NULL,
        password_tail TEXT NOT NULL,
        enabled INTEGER NOT NULL DEFAULT 1,
        created INTEGER NOT NULL
      );`,
  },
];

interface Row {
  id: number;
  name: string;
  username: string;
  password_salt: string;
  password_hash: string;
  password_tail: string;
  enabled: number;
}

const hashPassword = (salt: string, password: string) =>
  createHash('sha256').update(`${salt}:${password}`).digest('hex');

const toCredential = (row: Row): ApiCredential => ({
  id: row.id,
  name: row.name,
  username: row.username,
  password: `****${row.password_tail}`,
  enabled: row.enabled === 1,
});

/** Makes a credential with a random login and password; the clear password exists only in this answer. */
export function createApiCredential(db: Db, name: string, now: number): ApiCredential {
  const username = randomBytes(8).toString('hex');
  const password = randomBytes(18).toString('base64url');
  const salt = randomBytes(16).toString('hex');
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO api_credentials (name, username, password_salt, password_hash, password_tail, created)
       VALUES (?, ?, ?, ?, ?, ?)`,
    )
    .run(name, username, salt, hashPassword(salt, password), password.slice(-4), now);
  return { id: Number(lastInsertRowid), name, username, password, enabled: true };
}

/** Oldest first; `name` matches part of the name, as typed (LIKE wildcards are taken literally). */
export function findApiCredentials(db: Db, name: string | undefined, request: PageRequest) {
  const pattern = `%${(name ?? '').replace(/[\\%_]/g, '\\$&')}%`;
  return sqlPage<Row, ApiCredential>(
    db,
    "SELECT * FROM api_credentials WHERE name LIKE ? ESCAPE '\\'",
    [pattern],
    request,
    toCredential,
    'ORDER BY id',
  );
}

export function getApiCredential(db: Db, id: number): ApiCredential | undefined {
  const row = db.prepare('SELECT * FROM api_credentials WHERE id = ?').get(id) as Row | undefined;
  return row && toCredential(row);
}

/** Returns false when there is no such credential. */
export function setApiCredentialEnabled(db: Db, id: number, enabled: boolean): boolean {
  return db.prepare('UPDATE api_credentials SET enabled = ? WHERE id = ?').run(enabled ? 1 : 0, id).changes > 0;
}

export function deleteApiCredential(db: Db, id: number): boolean {
  return db.prepare('DELETE FROM api_credentials WHERE id = ?').run(id).changes > 0;
}

/** Whether these are an enabled credential's login and password. */
export function isValidApiCredential(db: Db, username: string, password: string): boolean {
  const row = db.prepare('SELECT * FROM api_credentials WHERE username = ? AND enabled = 1').get(username) as
    Row | undefined;
  return row !== undefined && sameSecret(hashPassword(row.password_salt, password), row.password_hash);
}
