import { describe, expect, it } from 'vitest';
import { omitNulls, parseFields, projectFields } from './fields';

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
