import { describe, expect, it } from 'vitest';
import { omitNulls, parseFields, projectFields, withCreatedIds } from './fields';

describe('fields selector', () => {
  const page = {
    items: [
      { id: 1, name: 'a', contact: { id: 9, homePhone: '12135550100', zipcode: '90001' } },
      { id: 2, name: 'b' },
    ],
    limit: 100,
    offset: 0,
    totalCount: 2,
  };

  it('keeps only the named top-level properties', () => {
    expect(projectFields({ id: 1, name: 'x', status: 'RUNNING' }, parseFields('id,name'))).toEqual({
      id: 1,
      name: 'x',
    });
  });

  it('applies a nested selection to every item of a page, with whitespace tolerated', () => {
    expect(projectFields(page, parseFields('items(id, contact(homePhone)), totalCount'))).toEqual({
      items: [{ id: 1, contact: { homePhone: '12135550100' } }, { id: 2 }],
      totalCount: 2,
    });
  });

  it.each(['', 'id,', 'items(id', 'items(id))', 'id name', '(id)'])('rejects the malformed selector %j', (selector) => {
    expect(() => parseFields(selector)).toThrow(/fields:/);
  });
});

describe('omitNulls', () => {
  it('drops null and undefined properties at every depth but keeps falsy values', () => {
    expect(omitNulls({ a: null, b: 0, c: false, d: '', e: { f: undefined, g: [{ h: null, i: 1 }] } })).toEqual({
      b: 0,
      c: false,
      d: '',
      e: { g: [{ i: 1 }] },
    });
  });
});

describe('fields slash form', () => {
  const call = {
    id: 7,
    fromNumber: '12135550100',
    toNumber: '12135550101',
    contact: { id: 3, homePhone: '1', zipcode: '2' },
  };

  it('reads a/b as a(b), and merges names selected more than once', () => {
    expect(projectFields(call, parseFields('contact/homePhone,contact/zipcode'))).toEqual({
      contact: { homePhone: '1', zipcode: '2' },
    });
    expect(parseFields('items/id,items/contact/homePhone,limit')).toEqual(
      parseFields('items(id,contact(homePhone)),limit'),
    );
  });

  it('mixes both forms, and a whole property wins over a part of it', () => {
    expect(parseFields('items/contact(id, zipcode),items/id')).toEqual(parseFields('items(contact(id,zipcode),id)'));
    expect(projectFields(call, parseFields('contact/id,contact'))).toEqual({ contact: call.contact });
  });

  it.each(['items/', '/id', 'items//id', 'items/(id)'])('rejects the malformed selector %j', (selector) => {
    expect(() => parseFields(selector)).toThrow(/fields:/);
  });

  it('keeps the id of what a create made, whatever the selector names', () => {
    expect(projectFields({ id: 4, name: 'x' }, withCreatedIds(parseFields('nothing')))).toEqual({ id: 4 });
    expect(projectFields({ items: [call] }, withCreatedIds(parseFields('items/toNumber')))).toEqual({
      items: [{ id: 7, toNumber: '12135550101' }],
    });
  });
});
