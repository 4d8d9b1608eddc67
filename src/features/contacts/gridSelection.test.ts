import { describe, expect, it } from 'vitest';
import { selectedRowIds } from './gridSelection';

describe('selectedRowIds', () => {
  const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
  it('reads an include model as is and an exclude model against the rows shown', () => {
    expect(selectedRowIds({ type: 'include', ids: new Set([2]) }, rows)).toEqual([2]);
    expect(selectedRowIds({ type: 'exclude', ids: new Set([2]) }, rows)).toEqual([1, 3]);
    expect(selectedRowIds({ type: 'exclude', ids: new Set() }, undefined)).toEqual([]);
  });
});
