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

/** A media row without its bytes, only their count: what a listing needs. */
export type MediaListing = Omit<MediaRow, 'data'> & { lengthInBytes: number };

const LIST_SELECT = `SELECT id, name, created, media_type AS mediaType, extension, public_key AS publicKey,
  length(data) AS lengthInBytes FROM media`;

/** The SELECT of findMedia: names containing `filter` (case-insensitive), without order or paging. */
export function mediaSearch(filter: string | undefined) {
  if (!filter) return { sql: LIST_SELECT, params: [] };
  return {
    sql: `${LIST_SELECT} WHERE name LIKE ? ESCAPE '\\'`,
    params: [`%${filter.replace(/[\\%_]/g, (char) => `\\${char}`)}%`],
  };
}

/** The Media resource; `publicBase` is the API's own base URL, e.g. `https://api.callfire.com/v2`. */
export function toMedia(row: MediaRow | MediaListing, accountId: number | undefined, publicBase: string): Media {
  return {
    id: row.id,
    accountId,
    name: row.name,
    created: row.created,
    lengthInBytes: 'data' in row ? row.data.length : row.lengthInBytes,
    mediaType: row.mediaType,
    publicUrl: `${publicBase}/media/public/${row.publicKey}.${row.extension}`,
  };
}
