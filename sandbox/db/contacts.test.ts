import { describe, expect, it } from 'vitest';
import {
  contactMigrations,
  contactHistory,
  contactListRecipients,
  findOrCreateContactByNumber,
  insertContact,
} from './contacts';
import { addContactListItems, contactListMigrations, insertContactList } from './contactLists';
import { broadcastMigrations } from './broadcasts';
import { callMigrations, finishAttempt, insertCalls } from './calls';
import { migrate, openDatabase } from './database';
import { insertTexts, textMigrations } from './texts';

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
    const page = { limit: 10, offset: 0 };
    expect(contactHistory(db, id, page, 'http://sandbox/v2')).toEqual({ id, calls: [], texts: [] });
    migrate(db, callMigrations);
    // Texts show their broadcast's message, so they are read with the broadcasts' table.
    migrate(db, [...broadcastMigrations, ...textMigrations]);
    const call = { campaignId: 0, contactId: id, toNumber: '12135550120', state: 'READY', timeZone: 'UTC' } as const;
    const [first] = insertCalls(db, [call], 100);
    const [second] = insertCalls(db, [call], 300);
    finishAttempt(
      db,
      first!,
      { originateTime: 110, finishTime: 150, duration: 0, billedSeconds: 0, billedAmount: 0, result: 'BUSY' },
      { now: 150 },
    );
    const [text] = insertTexts(
      db,
      [{ campaignId: 0, contactId: id, toNumber: '12135550120', state: 'READY', timeZone: 'UTC', template: 'Hi' }],
      200,
    );
    const history = contactHistory(db, id, page, 'http://sandbox/v2');
    expect(history.calls?.map((entry) => entry.id)).toEqual([second, first]);
    // Read through the calls' own mapper: the attempt is there; a call not yet dialled has no records.
    expect(history.calls?.[1]).toMatchObject({
      state: 'FINISHED',
      finalCallResult: 'BUSY',
      records: [{ result: 'BUSY' }],
    });
    expect(history.calls?.[0]?.records).toBeUndefined();
    // Texts come through the texts' own mapper.
    expect(history.texts).toEqual([text]);
    expect(history.texts?.[0]).toMatchObject({ created: 200, toNumber: '12135550120' });
    expect(contactHistory(db, id, { limit: 1, offset: 1 }, 'http://sandbox/v2').calls?.map((c) => c.id)).toEqual([
      first,
    ]);
  });
});
