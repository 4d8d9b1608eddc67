import { describe, expect, it } from 'vitest';
import { applyMapping, fileProblem, guessMapping, mappingProblems, previewCsv } from './csvMapping';

const csv = 'First Name,Phone,Cell,Age,\nAnn,(213) 555-0100,2135550101,31,x\n\nBob,+1 310 555 0102,,40,y\n';

describe('CSV mapping', () => {
  it('previews the header and first rows', () => {
    expect(previewCsv(csv)).toEqual({
      header: ['First Name', 'Phone', 'Cell', 'Age', ''],
      rows: [
        ['Ann', '(213) 555-0100', '2135550101', '31', 'x'],
        ['Bob', '+1 310 555 0102', '', '40', 'y'],
      ],
      rowCount: 2,
    });
  });

  it('guesses fields from headers, makes other columns properties and ignores unnamed ones', () => {
    expect(guessMapping(['First Name', 'Phone', 'Cell', 'Age', '', 'phone'])).toEqual([
      { kind: 'field', field: 'firstName' },
      { kind: 'field', field: 'homePhone' },
      { kind: 'field', field: 'mobilePhone' },
      { kind: 'property', name: 'Age' },
      { kind: 'ignore' },
      { kind: 'property', name: 'phone' },
    ]);
  });

  it('rewrites the header to CallFire names and drops ignored columns, keeping values as typed', () => {
    const mapping = guessMapping(previewCsv(csv).header);
    expect(applyMapping(csv, mapping).split('\n')).toEqual([
      'firstName,homePhone,mobilePhone,Age',
      'Ann,(213) 555-0100,2135550101,31',
      '',
      'Bob,+1 310 555 0102,,40',
      '',
    ]);
  });

  it('reports a missing phone column, a doubly used field and a blank property name', () => {
    const problems = mappingProblems([
      { kind: 'field', field: 'firstName' },
      { kind: 'field', field: 'firstName' },
      { kind: 'property', name: ' ' },
    ]);
    expect(problems.overall).toBe('Map at least one column to a phone field');
    expect([...problems.columns]).toEqual([
      [1, 'Column 1 already goes there'],
      [2, 'Name the property'],
    ]);
  });

  it('refuses empty, oversized and non-CSV files before reading them', () => {
    expect(fileProblem(new File([], 'a.csv'))).toBe('The file is empty');
    expect(fileProblem(new File(['x'], 'photo.png', { type: 'image/png' }))).toBe('Choose a CSV file (.csv)');
    const big = { name: 'big.csv', type: 'text/csv', size: 20 * 1024 * 1024 + 1 } as File;
    expect(fileProblem(big)).toContain('larger than 20 MB');
    expect(fileProblem(new File(['a'], 'ok.csv', { type: 'text/csv' }))).toBeUndefined();
  });
});
