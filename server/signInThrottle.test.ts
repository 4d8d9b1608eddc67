import { describe, expect, it } from 'vitest';
import { SignInThrottle } from './signInThrottle';

describe('SignInThrottle', () => {
  it('doubles the wait with each failure from an address, up to 8 s, and forgets it on success or with time', () => {
    let now = 0;
    const throttle = new SignInThrottle(() => now, 60_000);
    expect(throttle.delayFor('a')).toBe(0);
    const waits = [];
    for (let attempt = 0; attempt < 7; attempt++) {
      throttle.failed('a');
      waits.push(throttle.delayFor('a'));
    }
    expect(waits).toEqual([250, 500, 1000, 2000, 4000, 8000, 8000]);
    expect(throttle.delayFor('b')).toBe(0);
    throttle.succeeded('a');
    expect(throttle.delayFor('a')).toBe(0);
    throttle.failed('a');
    now += 61_000;
    expect(throttle.delayFor('a')).toBe(0);
  });
});
