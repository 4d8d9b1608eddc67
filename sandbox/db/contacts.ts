import type { components } from '../../shared/schema';
import { page, type Page, type PageRequest } from '../http/paging';
import { callsOfContact } from './callMapper';
import type { Db, Migration } from './database';
import { untilChanged } from './untilChanged';
import { textsOfContact } from './texts';

export type Contact = components['schemas']['Contact'];
export type ContactHistory = components['schemas']['ContactHistory'];
type HistoryAction = components['schemas']['ContactHistoryAction'];

/** The phone fields, in the order that picks a contact's "first" number (home, mobile, work, extras). */
export const PHONE_FIELDS = [
  'homePhone',
  'mobilePhone',
  'workPhone',
  'extraPhone1',
  'extraPhone2',
  'extraPhone3',
] as const;
export const TEXT_FIELDS = ['firstName', 'lastName', 'zipcode', 'externalId', 'externalSystem'] as const;
export type ContactField = (typeof PHONE_FIELDS)[number] | (typeof TEXT_FIELDS)[number];
export const CONTACT_FIELDS: readonly ContactField[] = [...TEXT_FIELDS, ...PHONE_FIELDS];
export const isPhoneField = (field: ContactField) => (PHONE_FIELDS as readonly string[]).includes(field);

/** A contact as validated input: a field set to null is cleared, a field left out is kept. */
export interface ContactInput {
  fields: Partial<Record<ContactField, string | null>>;
  /** Replaces every property when present. */
  properties?: Record<string, string>;
}

const COLUMNS: Record<ContactField, string> = {
  firstName: 'first_name',
  lastName: 'last_name',
  zipcode: 'zipcode',
  externalId: 'external_id',
  externalSystem: 'external_system',
  homePhone: 'home_phone',
  mobilePhone: 'mobile_phone',
  workPhone: 'work_phone',
  extraPhone1: 'extra_phone1',
  extraPhone2: 'extra_phone2',
  extraPhone3: 'extra_phone3',
};
export const phoneColumn = (field: (typeof PHONE_FIELDS)[number]) => COLUMNS[field];
const FIRST_PHONE_SQL = `COALESCE(${PHONE_FIELDS.map((field) => COLUMNS[field]).join(', ')})`;

export const contactMigrations: Migration[] = [
  {
    name: 'contacts-001-create',
    sql: `
      CREATE TABLE contacts (
        id INTEGER PRIMARY KEY,
        first_name TEXT,
        last_name TEXT,
        zipcode TEXT,
        home_phone TEXT,
        mobile_phone TEXT,
        work_phone TEXT,
        extra_phone1 TEXT,
        extra_phone2 TEXT,
        extra_phone3 TEXT,
        external_id TEXT,
        external_system TEXT,
        deleted INTEGER NOT NULL DEFAULT 0,
        created INTEGER NOT NULL,
        modified INTEGER NOT NULL
      );
      -- Paging through live contacts skips entries of this narrow index, not whole rows.
      CREATE INDEX contacts_live ON contacts (id) WHERE deleted = 0;
      -- findContacts?number= looks in every phone column.
      CREATE INDEX contacts_home_phone ON contacts (home_phone);
      CREATE INDEX contacts_mobile_phone ON contacts (mobile_phone);
      CREATE INDEX contacts_work_phone ON contacts (work_phone);
      CREATE INDEX contacts_extra_phone1 ON contacts (extra_phone1);
      CREATE INDEX contacts_extra_phone2 ON contacts (extra_phone2);
      CREATE INDEX contacts_extra_phone3 ON contacts (extra_phone3);
      CREATE TABLE contact_properties (
        contact_id INTEGER NOT NULL REFERENCES contacts (id),
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (contact_id, name)
      ) WITHOUT ROWID;
      CREATE INDEX contact_properties_lookup ON contact_properties (name, value);`,
  },
];

export function insertContact(db: Db, input: ContactInput, now: number): number {
  const fields = CONTACT_FIELDS.filter((field) => input.fields[field] != null);
  const columns = ['created', 'modified', ...fields.map((field) => COLUMNS[field])];
  const id = Number(
    db
      .prepare(`INSERT INTO contacts (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`)
      .run(now, now, ...fields.map((field) => input.fields[field])).lastInsertRowid,
  );
  if (input.properties) writeProperties(db, id, input.properties);
  return id;
}

/** Applies the fields the input carries; the caller checked that the contact exists. */
export function updateContact(db: Db, id: number, input: ContactInput, now: number) {
  const fields = CONTACT_FIELDS.filter((field) => field in input.fields);
  db.prepare(
    `UPDATE contacts SET modified = ?${fields.map((field) => `, ${COLUMNS[field]} = ?`).join('')} WHERE id = ?`,
  ).run(now, ...fields.map((field) => input.fields[field] ?? null), id);
  if (input.properties) {
    db.prepare('DELETE FROM contact_properties WHERE contact_id = ?').run(id);
    writeProperties(db, id, input.properties);
  }
}

function writeProperties(db: Db, id: number, properties: Record<string, string>) {
  const insert = db.prepare('INSERT INTO contact_properties (contact_id, name, value) VALUES (?, ?, ?)');
  for (const [name, value] of Object.entries(properties)) insert.run(id, name, value);
}

/** Soft delete: the contact stays readable but leaves searches and every list. */
export function deleteContact(db: Db, id: number, now: number) {
  db.prepare('UPDATE contacts SET deleted = 1, modified = ? WHERE id = ?').run(now, id);
  db.prepare('DELETE FROM contact_list_items WHERE contact_id = ?').run(id);
}

// Read as arrays in this column order (no object per row from SQLite): id, deleted, then the fields.
const CONTACT_COLUMNS = `id, deleted, ${CONTACT_FIELDS.map((field) => COLUMNS[field]).join(', ')}`;

// Each page reads these once (with its ids in between): built here rather than on every call.
const CONTACTS_BETWEEN_SQL = `SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id BETWEEN ? AND ?`;
const CONTACTS_AMONG_SQL = `SELECT ${CONTACT_COLUMNS} FROM contacts WHERE id IN (SELECT value FROM json_each(?))`;
const PROPERTIES_BETWEEN_SQL =
  'SELECT contact_id, name, value FROM contact_properties WHERE contact_id BETWEEN ? AND ?';
const PROPERTIES_AMONG_SQL =
  'SELECT contact_id, name, value FROM contact_properties WHERE contact_id IN (SELECT value FROM json_each(?))';

/** The contacts with these ids, in the order given; unknown ids are skipped. */
export function readContacts(db: Db, ids: number[]): Contact[] {
  if (ids.length === 0) return [];
  let low = ids[0];
  let high = ids[0];
  for (const id of ids) {
    if (id < low) low = id;
    else if (id > high) high = id;
  }
  // A page of ids close together (the usual page of a list) is one range read of the table.
  const inRange = high - low < 2 * ids.length;
  const params = inRange ? [low, high] : [JSON.stringify(ids)];
  const rows = db
    .prepare(inRange ? CONTACTS_BETWEEN_SQL : CONTACTS_AMONG_SQL)
    .raw()
    .all(...params) as ContactRow[];
  const properties = db
    .prepare(inRange ? PROPERTIES_BETWEEN_SQL : PROPERTIES_AMONG_SQL)
    .raw()
    .all(...params) as [number, string, string][];
  const byId = new Map<number, Contact>();
  for (const row of rows) byId.set(row[0] as number, toContact(row));
  for (const [contactId, name, value] of properties) {
    const contact = byId.get(contactId)!;
    (contact.properties ??= {})[name] = value;
  }
  const contacts: Contact[] = [];
  for (const id of ids) {
    const contact = byId.get(id);
    if (contact) contacts.push(contact);
  }
  return contacts;
}

export function readContact(db: Db, id: number): Contact | undefined {
  return readContacts(db, [id])[0];
}

type ContactRow = (string | number | null)[];

function toContact(row: ContactRow): Contact {
  const contact: Record<string, unknown> = { id: row[0] };
  for (let index = 0; index < CONTACT_FIELDS.length; index += 1) {
    const value = row[index + 2];
    if (value !== null) contact[CONTACT_FIELDS[index]] = String(value);
  }
  contact.deleted = row[1] === 1;
  return contact as Contact;
}

export interface ContactFilters {
  ids?: number[];
  numbers?: string[];
  contactListId?: number;
  propertyName?: string;
  propertyValue?: string;
}

/**
 * The SELECT of live contact ids matching the filters, in id order. Each filter is a subquery served
 * by its own index, so a search stays fast however many contacts there are.
 */
function contactSearchSql(filters: ContactFilters): { sql: string; params: unknown[] } {
  const where = ['deleted = 0'];
  const params: unknown[] = [];
  if (filters.ids?.length) {
    where.push('id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(filters.ids));
  }
  if (filters.numbers?.length) {
    where.push(
      `id IN (${PHONE_FIELDS.map((field) => `SELECT id FROM contacts WHERE ${COLUMNS[field]} IN (SELECT value FROM json_each(?))`).join(' UNION ')})`,
    );
    params.push(...PHONE_FIELDS.map(() => JSON.stringify(filters.numbers)));
  }
  if (filters.contactListId !== undefined) {
    where.push('id IN (SELECT contact_id FROM contact_list_items WHERE list_id = ?)');
    params.push(filters.contactListId);
  }
  if (filters.propertyName !== undefined) {
    const byValue = filters.propertyValue !== undefined ? ' AND value = ?' : '';
    where.push(`id IN (SELECT contact_id FROM contact_properties WHERE name = ?${byValue})`);
    params.push(filters.propertyName, ...(filters.propertyValue !== undefined ? [filters.propertyValue] : []));
  }
  return { sql: `SELECT id FROM contacts WHERE ${where.join(' AND ')} ORDER BY id`, params };
}

/**
 * One page of live contacts matching the filters, in id order. The matching ids are read once and
 * kept until the database changes, so paging (at any offset) and the total cost no scan of the table.
 */
export function findContacts(db: Db, filters: ContactFilters, request: PageRequest): Page<Contact> {
  const { sql, params } = contactSearchSql(filters);
  const ids = untilChanged(db, `${sql}\0${JSON.stringify(params)}`, () =>
    Float64Array.from(
      db
        .prepare(sql)
        .pluck()
        .all(...params) as number[],
    ),
  );
  const pageIds = Array.from(ids.subarray(request.offset, request.offset + request.limit));
  return page(readContacts(db, pageIds), request, ids.length);
}

export function contactExists(db: Db, id: number): { deleted: boolean } | undefined {
  const row = db.prepare('SELECT deleted FROM contacts WHERE id = ?').get(id) as { deleted: number } | undefined;
  return row && { deleted: row.deleted === 1 };
}

/**
 * The live contact that has `number` in any phone field (the oldest one), or a new contact with it as
 * home phone. Calls and texts to a bare number use this, so the contact's history finds them.
 */
export function findOrCreateContactByNumber(db: Db, number: string, now: number): number {
  const existing = db
    .prepare(
      `SELECT MIN(id) FROM contacts WHERE deleted = 0 AND id IN (${PHONE_FIELDS.map((field) => `SELECT id FROM contacts WHERE ${COLUMNS[field]} = @number`).join(' UNION ')})`,
    )
    .pluck()
    .get({ number }) as number | null;
  return existing ?? insertContact(db, { fields: { homePhone: number } }, now);
}

/**
 * `findOrCreateContactByNumber` for many numbers at once: the contact id found for each number that a live
 * contact has, read in one query, and a function that answers (creating the contact the first time) for
 * any number, so a batch of 100,000 recipients costs one search rather than one per recipient.
 */
export function contactsByNumber(db: Db, numbers: string[], now: number): (number: string) => number {
  const json = JSON.stringify(numbers);
  const found = db
    .prepare(
      `SELECT number, MIN(id) FROM (${PHONE_FIELDS.map(
        (field) =>
          `SELECT ${COLUMNS[field]} AS number, id FROM contacts
           WHERE deleted = 0 AND ${COLUMNS[field]} IN (SELECT value FROM json_each(?))`,
      ).join(' UNION ALL ')}) GROUP BY number`,
    )
    .raw()
    .all(...PHONE_FIELDS.map(() => json)) as [string, number][];
  const ids = new Map(found);
  return (number) => {
    let id = ids.get(number);
    if (id === undefined) {
      id = insertContact(db, { fields: { homePhone: number } }, now);
      ids.set(number, id);
    }
    return id;
  };
}

/** The live contact that has `number` in this one phone field (the oldest one), if any. */
export function findContactByField(db: Db, field: (typeof PHONE_FIELDS)[number], number: string): number | undefined {
  return (
    (db.prepare(`SELECT MIN(id) FROM contacts WHERE deleted = 0 AND ${COLUMNS[field]} = ?`).pluck().get(number) as
      number | null) ?? undefined
  );
}

/**
 * Who a campaign reaches from a list: each member with its first number (home, mobile, work, then the
 * extras), in list order. Undefined when the list does not exist.
 */
export function contactListRecipients(
  db: Db,
  listId: number,
): { contactId: number; phoneNumber: string }[] | undefined {
  if (!db.prepare('SELECT 1 FROM contact_lists WHERE id = ?').get(listId)) return undefined;
  return db
    .prepare(
      `SELECT c.id AS contactId, ${FIRST_PHONE_SQL} AS phoneNumber
       FROM contact_list_items i JOIN contacts c ON c.id = i.contact_id
       WHERE i.list_id = ? AND c.deleted = 0 AND ${FIRST_PHONE_SQL} IS NOT NULL
       ORDER BY i.contact_id`,
    )
    .all(listId) as { contactId: number; phoneNumber: string }[];
}

function tableExists(db: Db, name: string): boolean {
  return db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

/**
 * A contact's calls and texts, newest first, `page` applied to each. Calls come through the calls'
 * mapper (`baseUrl` is the sandbox's /v2 address, for recording URLs) and texts through the texts
 * area's mapper, when those tables exist.
 */
export function contactHistory(db: Db, contactId: number, page: PageRequest, baseUrl: string): ContactHistory {
  const calls = tableExists(db, 'calls') ? callsOfContact(db, contactId, page, baseUrl) : [];
  const texts = tableExists(db, 'texts') ? (textsOfContact(db, contactId, page) as HistoryAction[]) : [];
  return { id: contactId, calls, texts };
}
