import { describe, expect, it } from 'vitest';
import { numbersFromCsv } from './csvNumbers';

describe('numbersFromCsv', () => {
  it('takes the column whose header names a phone number', () => {
    expect(numbersFromCsv('name,Mobile phone\nAnn,(213) 555-0100\nBob,310-555-0199\n')).toEqual({
      column: 'Mobile phone',
      values: ['(213) 555-0100', '310-555-0199'],
    });
  });

  it('takes the first column holding numbers when there is no header', () => {
    expect(numbersFromCsv('Ann,2135550100\nBob,3105550199')).toEqual({
      column: undefined,
      values: ['2135550100', '3105550199'],
    });
  });

  it('falls back to the first column under an unknown header, and skips blank cells', () => {
    expect(numbersFromCsv('who\n2135550100\n\n   \n3105550199')).toEqual({
      column: 'who',
      values: ['2135550100', '3105550199'],
    });
  });

  it('reads an empty file as no values', () => {
    expect(numbersFromCsv('')).toEqual({ values: [] });
  });
});
