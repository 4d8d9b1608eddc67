import { beforeEach, describe, expect, it } from 'vitest';
import { migrate, openDatabase, type Db } from './database';
import {
  countDncNumbers,
  dncFlagsFor,
  dncMigrations,
  findDoNotContacts,
  prefixRange,
  upsertDoNotContacts,
} from './dnc';

describe('do-not-contact data', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    migrate(db, dncMigrations);
    upsertDoNotContacts(db, { numbers: ['12135550100', '12135550101'], call: true, text: false }, 1);
    upsertDoNotContacts(db, { numbers: ['12135550102'], call: false, text: true, campaignId: 42 }, 2);
  });

  it('tells the campaign simulator the flags of a listed number, in any accepted form', () => {
    expect(dncFlagsFor(db, '12135550100')).toEqual({ call: true, text: false });
    expect(dncFlagsFor(db, '+12135550102')).toEqual({ call: false, text: true });
    expect(dncFlagsFor(db, '12135550199')).toBeUndefined();
  });

  it('counts the distinct given numbers that are on the do-not-call list', () => {
    expect(countDncNumbers(db, ['12135550100', '2135550101', '12135550100', '12135550102', '19995550100'])).toBe(2);
    expect(countDncNumbers(db, [])).toBe(0);
  });

  it('finds the entries a campaign created', () => {
    const found = findDoNotContacts(db, { campaignId: 42 }, { limit: 10, offset: 0 });
    expect(found.items).toEqual([expect.objectContaining({ number: '12135550102', campaignId: 42 })]);
  });

  it('turns a prefix into a range over the 11-digit numbers', () => {
    expect(prefixRange('213')).toEqual({ from: '1213', to: '1213:' });
    expect(prefixRange('1213')).toEqual({ from: '1213', to: '1213:' });
  });

  it('answers a prefix search from the primary key, not a table scan', () => {
    const plan = db
      .prepare("EXPLAIN QUERY PLAN SELECT * FROM dnc WHERE number >= '1213' AND number < '1213:' ORDER BY number")
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toMatch(
      /SEARCH dnc USING PRIMARY KEY \(number>\? AND number<\?\)/,
    );
  });
});
