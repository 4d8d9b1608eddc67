import { Redis } from 'ioredis';

/** One change an operator made through `/api`. Never holds a request or response body. */
export interface AuditEntry {
  id: string;
  /** When the answer came back, in epoch milliseconds. */
  time: number;
  /** The CallFire account the change was made in: entries are only ever shown to that account's operators. */
  account: string;
  /** The operator's API login. */
  operator: string;
  /** The operation's id (`createContacts`), or `METHOD /path` for a write the console does not name. */
  operation: string;
  /** The records it acted on: the ids in its path, or those CallFire answered with for a creation. */
  records: string[];
  /** CallFire's HTTP status; 0 when CallFire could not be reached. */
  status: number;
}

export interface AuditSearch {
  account: string;
  operator?: string;
  operation?: string;
  /** Inclusive bounds, epoch milliseconds. */
  from?: number;
  to?: number;
  offset: number;
  limit: number;
}

export interface AuditPage {
  items: AuditEntry[];
  totalCount: number;
}

/**
 * Where the activity log lives, beside the sessions: memory for one process, Redis for several console
 * servers. Each account keeps its newest `maxEntries` entries.
 */
export interface AuditStore {
  append(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  search(query: AuditSearch): Promise<AuditPage>;
  close(): Promise<void>;
}

export const DEFAULT_MAX_ENTRIES = 50_000;

/** The search applied to one account's entries, newest first; both stores share it. */
export function searchEntries(newestFirst: AuditEntry[], query: AuditSearch): AuditPage {
  const operator = query.operator?.trim().toLowerCase();
  const matching = newestFirst.filter(
    (entry) =>
      (!operator || entry.operator.toLowerCase().includes(operator)) &&
      (!query.operation || entry.operation === query.operation) &&
      (query.from === undefined || entry.time >= query.from) &&
      (query.to === undefined || entry.time <= query.to),
  );
  return { items: matching.slice(query.offset, query.offset + query.limit), totalCount: matching.length };
}

export class MemoryAuditStore implements AuditStore {
  private readonly byAccount = new Map<string, AuditEntry[]>();

  constructor(private readonly maxEntries = DEFAULT_MAX_ENTRIES) {}

  async append(entry: AuditEntry) {
    const entries = this.byAccount.get(entry.account) ?? [];
    entries.unshift(entry);
    if (entries.length > this.maxEntries) entries.length = this.maxEntries;
    this.byAccount.set(entry.account, entries);
  }

  async search(query: AuditSearch) {
    return searchEntries(this.byAccount.get(query.account) ?? [], query);
  }

  async close() {
    this.byAccount.clear();
  }
}

export class RedisAuditStore implements AuditStore {
  private readonly redis: Redis;

  constructor(
    url: string,
    private readonly maxEntries = DEFAULT_MAX_ENTRIES,
    private readonly prefix = 'callfire-console:audit:',
  ) {
    this.redis = new Redis(url, { lazyConnect: false, maxRetriesPerRequest: 2 });
  }

  async append(entry: AuditEntry) {
    const key = this.prefix + entry.account;
    // One round trip: the newest entry goes first and the oldest beyond the limit fall off.
    await this.redis
      .multi()
      .lpush(key, JSON.stringify(entry))
      .ltrim(key, 0, this.maxEntries - 1)
      .exec();
  }

  async search(query: AuditSearch) {
    const stored = await this.redis.lrange(this.prefix + query.account, 0, -1);
    return searchEntries(
      stored.map((line) => JSON.parse(line) as AuditEntry),
      query,
    );
  }

  async close() {
    await this.redis.quit();
  }
}
