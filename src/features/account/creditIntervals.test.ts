import { describe, expect, it } from 'vitest';
import { customInterval, monthsOf, presetInterval } from './creditIntervals';

const at = (text: string) => new Date(text).getTime();

describe('credit usage intervals', () => {
  const now = at('2026-03-15T12:00:00');

  it('turns presets into intervals ending no later than now', () => {
    expect(presetInterval('this-month', now)).toEqual({ begin: at('2026-03-01T00:00:00'), end: now });
    expect(presetInterval('last-month', now)).toEqual({
      begin: at('2026-02-01T00:00:00'),
      end: at('2026-03-01T00:00:00') - 1,
    });
    expect(presetInterval('12-months', now).begin).toBe(at('2025-04-01T00:00:00'));
  });

  it('reads custom dates as whole days and refuses an end before the start', () => {
    expect(customInterval('2026-01-10', '2026-01-10')).toEqual({
      begin: at('2026-01-10T00:00:00'),
      end: at('2026-01-10T23:59:59.999'),
    });
    expect(customInterval('2026-02-01', '2026-01-01')).toBeUndefined();
    expect(customInterval('', '2026-01-01')).toBeUndefined();
  });

  it('cuts an interval into months, partial at both ends', () => {
    const months = monthsOf({ begin: at('2026-01-20T00:00:00'), end: now });
    expect(months.map((month) => [month.begin, month.end])).toEqual([
      [at('2026-01-20T00:00:00'), at('2026-02-01T00:00:00') - 1],
      [at('2026-02-01T00:00:00'), at('2026-03-01T00:00:00') - 1],
      [at('2026-03-01T00:00:00'), now],
    ]);
  });
});
