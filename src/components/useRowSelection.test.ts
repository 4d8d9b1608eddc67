import { describe, expect, it } from 'vitest';
import { selectedRowIds } from './useRowSelection';

describe('selectedRowIds', () => {
  const rows = [{ id: 1 }, { id: 2 }, { id: 3 }];
  const idOf = (row: { id: number }) => row.id;
  it('reads an include model and an exclude model against the rows shown', () => {
    expect(selectedRowIds({ type: 'include', ids: new Set([2]) }, rows, idOf)).toEqual([2]);
    expect(selectedRowIds({ type: 'include', ids: new Set([2, 9]) }, rows, idOf)).toEqual([2]);
    expect(selectedRowIds({ type: 'exclude', ids: new Set([2]) }, rows, idOf)).toEqual([1, 3]);
    expect(selectedRowIds({ type: 'exclude', ids: new Set() }, undefined, idOf)).toEqual([]);
  });

  it('selects by any id, such as a phone number', () => {
    const entries = [{ number: '2135550100' }, { number: '2135550101' }];
    expect(selectedRowIds({ type: 'exclude', ids: new Set(['2135550100']) }, entries, (row) => row.number)).toEqual([
      '2135550101',
    ]);
  });
});
