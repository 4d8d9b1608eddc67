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
  /** Stops the background timers, if any. */
  stop(): void;
}

/** The longest step taken while some ticker has work ahead, so waits on schedules stay fine-grained. */
const MAX_STEP_MS = 60_000;
/** How often, in real ms, the wall clock looks for new work when a ticker has nothing due. */
const POLL_MS = 50;

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

  /** To the earliest due time of any ticker (at least 1 ms, so time always moves), or all the way when none has work. */
  private nextStep(): number {
    let next = Infinity;
    for (const ticker of this.tickers) next = Math.min(next, ticker.nextDueIn() ?? Infinity);
    return next === Infinity ? Infinity : Math.max(1, Math.min(Math.ceil(next), MAX_STEP_MS));
  }
}

/** A clock that stands still until advanced; tickers run only inside `advance`. */
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
 * added. Each ticker runs on its own timer, as soon as it has work due and at least every `POLL_MS`.
 */
export class WallClock extends SteppedClock {
  private readonly startedAt = Date.now();
  private offset = 0;
  /** Cancels each ticker's pending run. */
  private readonly timers = new Map<Ticker, () => void>();
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
    this.schedule(ticker, POLL_MS);
    return () => {
      remove();
      this.clear(ticker);
    };
  }

  stop() {
    this.stopped = true;
    for (const ticker of [...this.timers.keys()]) this.clear(ticker);
  }

  private schedule(ticker: Ticker, delay: number) {
    const run = () => {
      if (this.stopped || !this.tickers.has(ticker)) return;
      try {
        ticker.tick();
      } catch (error) {
        // Work cut off by shutdown (a closed database) is expected; anything else is a bug worth seeing.
        if (!this.stopped) console.error('sandbox background step failed', error);
      }
      const due = ticker.nextDueIn();
      this.schedule(ticker, due === undefined ? POLL_MS : Math.min(POLL_MS, due / this.speed));
    };
    if (delay < 1) {
      const immediate = setImmediate(run);
      this.timers.set(ticker, () => clearImmediate(immediate));
    } else {
      const timeout = setTimeout(run, delay);
      timeout.unref();
      this.timers.set(ticker, () => clearTimeout(timeout));
    }
  }

  private clear(ticker: Ticker) {
    this.timers.get(ticker)?.();
    this.timers.delete(ticker);
  }
}
