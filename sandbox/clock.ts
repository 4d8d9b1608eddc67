/**
 * Simulated time. Everything time-driven in the sandbox (the campaign engine, recordings by phone,
 * CSV imports) is a `Ticker` registered with the clock, and reads the time from it. In production
 * the clock follows the wall clock, `speed` times faster, and runs tickers on timers; under test a
 * manual clock stands still until it is advanced, and advancing runs the tickers over the span, so a
 * test reaches "broadcast FINISHED" in milliseconds, deterministically.
 */
export interface Ticker {
  /** Does whatever is due at the clock's current time. */
  tick(): void;
  /** Simulated ms until it next has something to do; undefined while it only waits for requests. */
  nextDueIn(): number | undefined;
  /** True while work it started has not completed (calls in progress, an import, a recording). */
  busy(): boolean;
}

export interface SandboxClock {
  /** Epoch milliseconds of simulated time. */
  now(): number;
  /** Registers a ticker; returns the function that unregisters it. */
  add(ticker: Ticker): () => void;
  /** Moves simulated time forward by `ms`, running the tickers at each due time on the way. */
  advance(ms: number): void;
  /**
   * Moves time forward step by step (each step to the next due time of any ticker) until `done`
   * holds, checked before every step, or `maxMs` have passed. Answers whether `done` came true.
   */
  advanceUntil(done: () => boolean, maxMs: number): boolean;
  /** True when no ticker has work under way. */
  idle(): boolean;
  /** Tells the clock new work may have arrived (a write request), so tickers look now rather than at their next due time. */
  wake(): void;
  /** Stops the background timers, if any. */
  stop(): void;
}

/** The longest step taken while some ticker has work ahead, so waits on schedules stay fine-grained. */
const MAX_STEP_MS = 60_000;
/**
 * The longest a wall-clock ticker sleeps, in real ms. New work arrives with write requests, which wake
 * the clock; this only bounds how late anything else that changes with time is noticed.
 */
const IDLE_POLL_MS = 1000;

abstract class SteppedClock implements SandboxClock {
  protected readonly tickers = new Set<Ticker>();

  abstract now(): number;
  /** Moves the clock's own time forward (the wall clock keeps running on its own besides). */
  protected abstract moveBy(ms: number): void;

  add(ticker: Ticker) {
    this.tickers.add(ticker);
    return () => {
      this.tickers.delete(ticker);
    };
  }

  advance(ms: number) {
    this.advanceUntil(() => false, ms);
  }

  advanceUntil(done: () => boolean, maxMs: number): boolean {
    let elapsed = 0;
    while (!done()) {
      if (elapsed >= maxMs) return false;
      const step = Math.min(maxMs - elapsed, this.nextStep());
      this.moveBy(step);
      elapsed += step;
      for (const ticker of this.tickers) ticker.tick();
    }
    return true;
  }

  idle() {
    return [...this.tickers].every((ticker) => !ticker.busy());
  }

  stop() {}

  wake() {}

  /** To the earliest due time of any ticker (at least 1 ms, so time always moves), or all the way when none has work. */
  private nextStep(): number {
    let next = Infinity;
    for (const ticker of this.tickers) next = Math.min(next, ticker.nextDueIn() ?? Infinity);
    return next === Infinity ? Infinity : Math.max(1, Math.min(Math.ceil(next), MAX_STEP_MS));
  }
}

/** A clock that stands still until advanced; tickers run only inside `advance`, so waking it does nothing. */
export class ManualClock extends SteppedClock {
  constructor(private time: number) {
    super();
  }

  now() {
    return this.time;
  }

  protected moveBy(ms: number) {
    this.time += ms;
  }
}

/**
 * The production clock: real time since start-up multiplied by `speed`, plus whatever `advance`
 * added. Each ticker runs on its own timer when its work is due, when a request wakes the clock, and at
 * least every `IDLE_POLL_MS`: an idle sandbox costs next to no CPU.
 */
export class WallClock extends SteppedClock {
  private readonly startedAt = Date.now();
  private offset = 0;
  /** Cancels each ticker's pending run. */
  private readonly timers = new Map<Ticker, () => void>();
  /** Tickers whose next run is already set for now: a burst of writes wakes each once. */
  private readonly runningSoon = new Set<Ticker>();
  private stopped = false;

  constructor(private readonly speed: number) {
    super();
  }

  now() {
    return this.startedAt + Math.round((Date.now() - this.startedAt) * this.speed) + this.offset;
  }

  protected moveBy(ms: number) {
    this.offset += ms;
  }

  add(ticker: Ticker) {
    const remove = super.add(ticker);
    this.schedule(ticker, 0);
    return () => {
      remove();
      this.clear(ticker);
    };
  }

  wake() {
    for (const ticker of this.tickers) if (!this.runningSoon.has(ticker)) this.schedule(ticker, 0);
  }

  stop() {
    this.stopped = true;
    for (const ticker of [...this.timers.keys()]) this.clear(ticker);
  }

  private schedule(ticker: Ticker, delay: number) {
    const run = () => {
      this.runningSoon.delete(ticker);
      if (this.stopped || !this.tickers.has(ticker)) return;
      try {
        ticker.tick();
      } catch (error) {
        // Work cut off by shutdown (a closed database) is expected; anything else is a bug worth seeing.
        if (!this.stopped) console.error('sandbox background step failed', error);
      }
      const due = ticker.nextDueIn();
      this.schedule(ticker, due === undefined ? IDLE_POLL_MS : Math.min(IDLE_POLL_MS, due / this.speed));
    };
    this.clear(ticker);
    if (delay < 1) {
      const immediate = setImmediate(run);
      this.runningSoon.add(ticker);
      this.timers.set(ticker, () => clearImmediate(immediate));
    } else {
      const timeout = setTimeout(run, delay);
      timeout.unref();
      this.timers.set(ticker, () => clearTimeout(timeout));
    }
  }

  private clear(ticker: Ticker) {
    this.runningSoon.delete(ticker);
    this.timers.get(ticker)?.();
    this.timers.delete(ticker);
  }
}
