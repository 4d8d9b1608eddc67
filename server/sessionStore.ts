import { Redis } from 'ioredis';

/**
 * Where sessions live: an opaque key to a sealed value that disappears after `ttlMs` without a read.
 * Memory serves one process; Redis lets any number of console servers share sign-ins and sign-outs.
 */
export interface SessionStore {
  set(key: string, value: string, ttlMs: number): Promise<void>;
  /** Reads the value and restarts its idle timer. */
  touch(key: string, ttlMs: number): Promise<string | undefined>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}

export class MemorySessionStore implements SessionStore {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  async set(key: string, value: string, ttlMs: number) {
    this.sweep();
    this.entries.set(key, { value, expiresAt: this.now() + ttlMs });
  }

  async touch(key: string, ttlMs: number) {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    if (entry.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    entry.expiresAt = this.now() + ttlMs;
    return entry.value;
  }

  async delete(key: string) {
    this.entries.delete(key);
  }

  async close() {
    this.entries.clear();
  }

  /** Drops expired sessions as new ones arrive, so abandoned sign-ins do not pile up. */
  private sweep() {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key);
  }
}

export class RedisSessionStore implements SessionStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly prefix = 'callfire-console:session:',
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  }

  async set(key: string, value: string, ttlMs: number) {
    await this.redis.set(this.prefix + key, value, 'PX', ttlMs);
  }

  async touch(key: string, ttlMs: number) {
    // GETEX reads and restarts the expiry in one step, so no server sees a half-updated session.
    const value = await this.redis.getex(this.prefix + key, 'PX', ttlMs);
    return value ?? undefined;
  }

  async delete(key: string) {
    await this.redis.del(this.prefix + key);
  }

  async close() {
    await this.redis.quit();
  }
}
