/**
 * Slows down guessing: each failed sign-in from an address doubles the wait before the next answer to that
 * address (from 250 ms up to 8 s), and a success clears it. The rate limit caps attempts on top of this.
 */
export class SignInThrottle {
  private readonly failures = new Map<string, { count: number; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly forgetAfterMs = 15 * 60_000,
  ) {}

  /** How long to hold the answer to this address's next attempt. */
  delayFor(address: string): number {
    const entry = this.failures.get(address);
    if (!entry || this.now() - entry.at > this.forgetAfterMs) return 0;
    return Math.min(250 * 2 ** (entry.count - 1), 8_000);
  }

  failed(address: string) {
    const entry = this.failures.get(address);
    const fresh = !entry || this.now() - entry.at > this.forgetAfterMs;
    this.failures.set(address, { count: fresh ? 1 : entry.count + 1, at: this.now() });
  }

  succeeded(address: string) {
    this.failures.delete(address);
  }
}
