import { describe, expect, it } from 'vitest';
import {
  contactMigrations,
  contactHistory,
  contactListRecipients,
  findOrCreateContactByNumber,
  insertContact,
} from './contacts';
import { addContactListItems, contactListMigrations, insertContactList } from './contactLists';
import { migrate, openDatabase } from './database';

function database() {
  const db = openDatabase(':memory:');
  migrate(db, [...contactMigrations, ...contactListMigrations]);
  return db;
}

describe('contactListRecipients', () => {
  it("gives each member's first number (home, mobile, work, extras) and undefined for an unknown list", () => {
    const db = database();
    const home = insertContact(db, { fields: { homePhone: '12135550100', mobilePhone: '12135550101' } }, 1);
    const work = insertContact(db, { fields: { workPhone: '12135550102', extraPhone1: '12135550103' } }, 1);
    const extra = insertContact(db, { fields: { extraPhone3: '12135550104' } }, 1);
    const listId = insertContactList(db, 'Recipients', 'ACTIVE', 1);
    addContactListItems(db, listId, [extra, home, work]);
    expect(contactListRecipients(db, listId)).toEqual([
      { contactId: home, phoneNumber: '12135550100' },
      { contactId: work, phoneNumber: '12135550102' },
      { contactId: extra, phoneNumber: '12135550104' },
    ]);
    expect(contactListRecipients(db, listId + 1)).toBeUndefined();
  });
});

describe('findOrCreateContactByNumber', () => {
  it('finds the oldest live contact with the number in any field, else creates one', () => {
    const db = database();
    const work = insertContact(db, { fields: { workPhone: '12135550110' } }, 1);
    expect(findOrCreateContactByNumber(db, '12135550110', 2)).toBe(work);
    const created = findOrCreateContactByNumber(db, '12135550111', 2);
    expect(created).not.toBe(work);
    expect(findOrCreateContactByNumber(db, '12135550111', 3)).toBe(created);
  });
});

describe('contactHistory', () => {
  it('is empty without calls and texts tables, and reads them newest first once they exist', () => {
    const db = database();
    const id = insertContact(db, { fields: { homePhone: '12135550120' } }, 1);
    expect(contactHistory(db, id, { limit: 10, offset: 0 })).toEqual({ id, calls: [], texts: [] });
    db.exec(`CREATE TABLE calls (id INTEGER PRIMARY KEY, contact_id INTEGER, created INTEGER, payload TEXT);
             CREATE TABLE texts (id INTEGER PRIMARY KEY, contact_id INTEGER, created INTEGER, payload TEXT);`);
    const insert = (table: string, actionId: number, created: number) =>
      db
        .prepare(`INSERT INTO ${table} (id, contact_id, created, payload) VALUES (?, ?, ?, ?)`)
        .run(actionId, id, created, JSON.stringify({ id: actionId, created, toNumber: '12135550120' }));
    insert('calls', 1, 100);
    insert('calls', 2, 300);
    insert('texts', 3, 200);
    const history = contactHistory(db, id, { limit: 10, offset: 0 });
    expect(history.calls?.map((call) => call.id)).toEqual([2, 1]);
    expect(history.texts).toEqual([{ id: 3, created: 200, toNumber: '12135550120' }]);
    expect(contactHistory(db, id, { limit: 1, offset: 1 }).calls?.map((call) => call.id)).toEqual([1]);
  });
});
