import { describe, expect, it } from 'vitest';
import { estimateTimeLeft, formatTimeLeft } from './pace';

describe('estimateTimeLeft', () => {
  it('goes by the finished work over the time it spanned', () => {
    // Two calls at a time, each a minute long: four calls took two minutes, 30 s apiece.
    const spans = [
      { start: 0, end: 60_000 },
      { start: 0, end: 60_000 },
      { start: 60_000, end: 120_000 },
      { start: 60_000, end: 120_000 },
    ];
    expect(estimateTimeLeft(10, spans)).toBe(300_000);
  });

  it('has no estimate before anything finished, and none left when nothing remains', () => {
    expect(estimateTimeLeft(5, [])).toBeUndefined();
    expect(estimateTimeLeft(5, [{ start: 10 }])).toBeUndefined();
    expect(estimateTimeLeft(0, [])).toBe(0);
  });
});

describe('formatTimeLeft', () => {
  it('says the estimate in minutes and hours', () => {
    expect(formatTimeLeft(20_000)).toBe('under a minute');
    expect(formatTimeLeft(12 * 60_000)).toBe('about 12 min');
    expect(formatTimeLeft(125 * 60_000)).toBe('about 2 h 5 min');
    expect(formatTimeLeft(120 * 60_000)).toBe('about 2 h');
  });
});
