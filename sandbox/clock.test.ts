import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Ticker, WallClock } from './clock';

/** A ticker that counts its runs and has work due only when told. */
function countingTicker() {
  const ticker = { runs: 0, dueIn: undefined as number | undefined };
  const asTicker: Ticker = {
    tick: () => void ticker.runs++,
    nextDueIn: () => ticker.dueIn,
    busy: () => false,
  };
  return { ticker, asTicker };
}

describe('the wall clock', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sleeps while nothing is due, looking at most once a second', () => {
    const clock = new WallClock(1);
    const { ticker, asTicker } = countingTicker();
    clock.add(asTicker);
    vi.advanceTimersByTime(1);
    expect(ticker.runs).toBe(1);
    vi.advanceTimersByTime(990);
    expect(ticker.runs).toBe(1);
    vi.advanceTimersByTime(10);
    expect(ticker.runs).toBe(2);
    clock.stop();
  });

  it('runs a ticker at once when woken, once for a burst of wakes', () => {
    const clock = new WallClock(1);
    const { ticker, asTicker } = countingTicker();
    clock.add(asTicker);
    vi.advanceTimersByTime(1);
    clock.wake();
    clock.wake();
    clock.wake();
    vi.advanceTimersByTime(1);
    expect(ticker.runs).toBe(2);
    clock.stop();
  });

  it('runs a ticker when its work is due, in real time divided by the speed', () => {
    const clock = new WallClock(10);
    const { ticker, asTicker } = countingTicker();
    ticker.dueIn = 2000;
    clock.add(asTicker);
    vi.advanceTimersByTime(1);
    expect(ticker.runs).toBe(1);
    vi.advanceTimersByTime(198);
    expect(ticker.runs).toBe(1);
    vi.advanceTimersByTime(2);
    expect(ticker.runs).toBe(2);
    clock.stop();
  });
});
