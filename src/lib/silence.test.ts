import { describe, expect, it } from 'vitest';
import { findSilences, skipTarget } from './silence';

// Ten peaks a second over `pattern`: one character per peak, '#' loud, '.' silent, '-' quiet but audible.
const peaksOf = (pattern: string) =>
  Array.from(pattern, (mark) => (mark === '#' ? 0.8 : mark === '-' ? -0.2 : mark === '.' ? 0.01 : 0));

describe('findSilences', () => {
  it('finds quiet stretches at least as long as the minimum, wherever they are', () => {
    const pattern = `${'.'.repeat(10)}${'#'.repeat(5)}${'.'.repeat(3)}${'#'.repeat(5)}${'.'.repeat(12)}`;
    const silences = findSilences(peaksOf(pattern), pattern.length / 10, { minSeconds: 0.7 });
    expect(silences).toEqual([
      { start: 0, end: 1 },
      { start: expect.closeTo(2.3), end: expect.closeTo(3.5) },
    ]);
  });

  it('measures quiet against the loudest peak, with negative peaks as loud as positive ones', () => {
    const pattern = `${'#'.repeat(5)}${'-'.repeat(10)}${'#'.repeat(5)}`;
    expect(findSilences(peaksOf(pattern), 2)).toEqual([]);
    expect(findSilences(peaksOf(pattern), 2, { threshold: 0.3 })).toEqual([{ start: 0.5, end: 1.5 }]);
  });

  it('treats a recording without sound as one silence, and no peaks as none', () => {
    expect(findSilences(new Float32Array(30), 3)).toEqual([{ start: 0, end: 3 }]);
    expect(findSilences([], 3)).toEqual([]);
    expect(findSilences([0.5, 0.5], 0)).toEqual([]);
  });
});

describe('skipTarget', () => {
  const silences = [{ start: 1, end: 2 }];
  it('jumps to just before the sound resumes, and leaves sound alone', () => {
    expect(skipTarget(silences, 1.2)).toBeCloseTo(1.9);
    expect(skipTarget(silences, 1.95)).toBeUndefined();
    expect(skipTarget(silences, 0.5)).toBeUndefined();
  });
});
