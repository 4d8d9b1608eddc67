import { randomBytes } from 'node:crypto';
import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';

export type Media = components['schemas']['Media'];

export const mediaMigrations: Migration[] = [
  {
    name: 'media-001-create',
    sql: `
      CREATE TABLE media (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        created INTEGER NOT NULL,
        media_type TEXT NOT NULL,
        extension TEXT NOT NULL,
        public_key TEXT NOT NULL UNIQUE,
        data BLOB NOT NULL
      );`,
  },
];

export interface MediaRow {
  id: number;
  name: string;
  created: number;
  mediaType: string;
  extension: string;
  publicKey: string;
  data: Buffer;
}

const SELECT = `SELECT id, name, created, media_type AS mediaType, extension, public_key AS publicKey, data FROM media`;

export function insertMedia(
  db: Db,
  media: { name: string; created: number; mediaType: string; extension: string; data: Buffer },
): number {
  // The public key is unguessable, since a public URL needs no id to find the file.
  const publicKey = randomBytes(12).toString('hex');
  const result = db
    .prepare(
      `INSERT INTO media (name, created, media_type, extension, public_key, data)
       VALUES (@name, @created, @mediaType, @extension, @publicKey, @data)`,
    )
    .run({ ...media, publicKey });
  return Number(result.lastInsertRowid);
}

export function getMediaRow(db: Db, id: number): MediaRow | undefined {
  return db.prepare(`${SELECT} WHERE id = ?`).get(id) as MediaRow | undefined;
}

export function getMediaRowByKey(db: Db, key: string): MediaRow | undefined {
  return db.prepare(`${SELECT} WHERE public_key = ?`).get(key) as MediaRow | undefined;
}

/** The Media resource; `publicBase` is the API's own base URL, e.g. `https://api.callfire.com/v2`. */
export function toMedia(row: MediaRow, accountId: number | undefined, publicBase: string): Media {
  return {
    id: row.id,
    accountId,
    name: row.name,
    created: row.created,
    lengthInBytes: row.data.length,
    mediaType: row.mediaType,
    publicUrl: `${publicBase}/media/public/${row.publicKey}.${row.extension}`,
  };
}
