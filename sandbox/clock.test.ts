import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WallClock } from './clock';

/**
 * A wall clock at `speed` with one ticker that counts its runs and has work due in `dueIn` simulated ms
 * (or none), after the ticker's first run at start-up. Stopped after each test.
 */
let clock: WallClock;
function startedClock(speed: number, dueIn?: number) {
  const ticker = { runs: 0 };
  clock = new WallClock(speed);
  clock.add({ tick: () => void ticker.runs++, nextDueIn: () => dueIn, busy: () => false });
  vi.advanceTimersByTime(1);
  expect(ticker.runs).toBe(1);
  return ticker;
}

describe('the wall clock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    clock.stop();
    vi.useRealTimers();
  });

  it('sleeps while nothing is due, looking at most once a second', () => {
    const ticker = startedClock(1);
    vi.advanceTimersByTime(990);
    expect(ticker.runs).toBe(1);
    vi.advanceTimersByTime(10);
    expect(ticker.runs).toBe(2);
  });

  it('runs a ticker at once when woken, once for a burst of wakes', () => {
    const ticker = startedClock(1);
    clock.wake();
    clock.wake();
    clock.wake();
    vi.advanceTimersByTime(1);
    expect(ticker.runs).toBe(2);
  });

  it('runs a ticker when its work is due, in real time divided by the speed', () => {
    const ticker = startedClock(10, 2000);
    vi.advanceTimersByTime(198);
    expect(ticker.runs).toBe(1);
    vi.advanceTimersByTime(2);
    expect(ticker.runs).toBe(2);
  });
});
