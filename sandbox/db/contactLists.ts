import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';

export type ContactList = components['schemas']['ContactList'];
export type ContactListStatus = components['schemas']['ContactListStatus'];

/** How many rejected rows a list's import report carries; the counts always cover all of them. */
export const REPORTED_REJECTIONS = 1000;

export const contactListMigrations: Migration[] = [
  {
    name: 'contacts-002-lists',
    sql: `
      CREATE TABLE contact_lists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        created INTEGER NOT NULL
      );
      CREATE TABLE contact_list_items (
        list_id INTEGER NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
        contact_id INTEGER NOT NULL REFERENCES contacts (id),
        PRIMARY KEY (list_id, contact_id)
      ) WITHOUT ROWID;
      CREATE INDEX contact_list_items_contact ON contact_list_items (contact_id);
      -- The progress and outcome of a CSV upload, one row per list made from a file.
      CREATE TABLE contact_list_imports (
        list_id INTEGER PRIMARY KEY REFERENCES contact_lists (id) ON DELETE CASCADE,
        total_rows INTEGER NOT NULL,
        accepted_rows INTEGER NOT NULL DEFAULT 0,
        rejected_rows INTEGER NOT NULL DEFAULT 0
      );
      CREATE TABLE contact_list_rejections (
        list_id INTEGER NOT NULL REFERENCES contact_lists (id) ON DELETE CASCADE,
        row INTEGER NOT NULL,
        reason TEXT NOT NULL,
        PRIMARY KEY (list_id, row)
      ) WITHOUT ROWID;`,
  },
];

const LIST_SELECT = `
  SELECT l.id, l.name, l.status, l.created,
         (SELECT COUNT(*) FROM contact_list_items WHERE list_id = l.id) AS size,
         i.total_rows, i.accepted_rows, i.rejected_rows
  FROM contact_lists l LEFT JOIN contact_list_imports i ON i.list_id = l.id`;

interface ListRow {
  id: number;
  name: string;
  status: ContactListStatus;
  created: number;
  size: number;
  total_rows: number | null;
  accepted_rows: number;
  rejected_rows: number;
}

export function insertContactList(db: Db, name: string, status: ContactListStatus, now: number): number {
  return Number(
    db.prepare('INSERT INTO contact_lists (name, status, created) VALUES (?, ?, ?)').run(name, status, now)
      .lastInsertRowid,
  );
}

export function contactListExists(db: Db, id: number): boolean {
  return db.prepare('SELECT 1 FROM contact_lists WHERE id = ?').get(id) !== undefined;
}

/** One list, with the sandbox-only import report when it was made from a file. */
export function readContactList(db: Db, id: number): ContactList | undefined {
  const row = db.prepare(`${LIST_SELECT} WHERE l.id = ?`).get(id) as ListRow | undefined;
  if (!row) return undefined;
  const list = toContactList(row);
  if (row.total_rows !== null) {
    list.sandboxImport = {
      totalRows: row.total_rows,
      acceptedRows: row.accepted_rows,
      rejectedRows: row.rejected_rows,
      rejections: db
        .prepare('SELECT row, reason FROM contact_list_rejections WHERE list_id = ? ORDER BY row LIMIT ?')
        .all(id, REPORTED_REJECTIONS) as { row: number; reason: string }[],
    };
  }
  return list;
}

function toContactList(row: ListRow): ContactList {
  return { id: row.id, name: row.name, size: row.size, created: row.created, status: row.status };
}

export function contactListSearchSql(filters: { name?: string; exactMatch?: boolean }) {
  if (!filters.name) return { sql: `${LIST_SELECT} ORDER BY l.id DESC`, params: [], toItem: toContactList };
  const condition = filters.exactMatch ? 'l.name = ?' : 'instr(lower(l.name), lower(?)) > 0';
  return { sql: `${LIST_SELECT} WHERE ${condition} ORDER BY l.id DESC`, params: [filters.name], toItem: toContactList };
}

export function renameContactList(db: Db, id: number, name: string) {
  db.prepare('UPDATE contact_lists SET name = ? WHERE id = ?').run(name, id);
}

export function setContactListStatus(db: Db, id: number, status: ContactListStatus) {
  db.prepare('UPDATE contact_lists SET status = ? WHERE id = ?').run(status, id);
}

/** Deletes the list and its membership; the contacts themselves stay. */
export function deleteContactList(db: Db, id: number) {
  db.prepare('DELETE FROM contact_lists WHERE id = ?').run(id);
}

/** Adds contacts to a list; those already in it stay once. */
export function addContactListItems(db: Db, listId: number, contactIds: Iterable<number>) {
  const insert = db.prepare('INSERT OR IGNORE INTO contact_list_items (list_id, contact_id) VALUES (?, ?)');
  for (const contactId of contactIds) insert.run(listId, contactId);
}

/** Takes contacts out of a list; returns how many were in it. */
export function removeContactListItems(db: Db, listId: number, contactIds: number[]): number {
  return db
    .prepare('DELETE FROM contact_list_items WHERE list_id = ? AND contact_id IN (SELECT value FROM json_each(?))')
    .run(listId, JSON.stringify(contactIds)).changes;
}

export function startContactListImport(db: Db, listId: number, totalRows: number) {
  db.prepare('INSERT INTO contact_list_imports (list_id, total_rows) VALUES (?, ?)').run(listId, totalRows);
}

export function recordImportProgress(
  db: Db,
  listId: number,
  progress: { accepted: number; rejections: { row: number; reason: string }[] },
) {
  const reject = db.prepare('INSERT INTO contact_list_rejections (list_id, row, reason) VALUES (?, ?, ?)');
  for (const rejection of progress.rejections) reject.run(listId, rejection.row, rejection.reason);
  db.prepare(
    'UPDATE contact_list_imports SET accepted_rows = accepted_rows + ?, rejected_rows = rejected_rows + ? WHERE list_id = ?',
  ).run(progress.accepted, progress.rejections.length, listId);
}

/** Lists whose import was cut short (the sandbox stopped mid-way): they will never finish. */
export function failInterruptedImports(db: Db) {
  db.prepare(
    `UPDATE contact_lists SET status = 'IMPORT_FAILED'
     WHERE status = 'VALIDATING' AND id IN (SELECT list_id FROM contact_list_imports)`,
  ).run();
}
