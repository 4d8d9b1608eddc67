import { describe, expect, it } from 'vitest';
import { exportPagesToCsv, toCsv } from './csv';

interface Row {
  name: string;
  note?: string;
}
const columns = [
  { header: 'Name', value: (row: Row) => row.name },
  { header: 'Note', value: (row: Row) => row.note },
];

describe('toCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    const csv = toCsv(
      [{ name: '=HYPERLINK("http://evil")', note: '+1' }, { name: '-2', note: '@SUM(A1)' }, { name: 'Ann' }],
      columns,
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Name,Note');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil"")","'+1"`);
    expect(lines[2]).toBe(`"'-2","'@SUM(A1)"`);
    expect(lines[3]).toBe('Ann,');
  });

  it('quotes commas, quotes and line breaks', () => {
    expect(toCsv([{ name: 'Doe, "J"', note: 'a\nb' }], columns, { header: false })).toBe('"Doe, ""J""","a\nb"');
  });
});

describe('exportPagesToCsv', () => {
  it('walks every page once and reports progress', async () => {
    const rows = Array.from({ length: 5 }, (_, index) => ({ name: `r${index}` }));
    const offsets: number[] = [];
    const progress: number[] = [];
    const blob = await exportPagesToCsv<Row>({
      fetchPage: async (offset, limit) => {
        offsets.push(offset);
        return { items: rows.slice(offset, offset + limit), totalCount: rows.length };
      },
      columns,
      pageSize: 2,
      onProgress: ({ done }) => progress.push(done),
    });
    expect(offsets).toEqual([0, 2, 4]);
    expect(progress).toEqual([2, 4, 5]);
    const text = await blob.text();
    expect(text.trim().split('\r\n')).toEqual(['Name,Note', 'r0,', 'r1,', 'r2,', 'r3,', 'r4,']);
  });
});
