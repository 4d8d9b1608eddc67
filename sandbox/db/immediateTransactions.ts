import type Database from 'better-sqlite3';

/**
 * Makes every `db.transaction(fn)` begin IMMEDIATE. Worker threads write sounds to the same database file
 * through connections of their own; a deferred transaction that reads and then writes fails at once with
 * SQLITE_BUSY_SNAPSHOT when a worker committed between its read and its write, and the busy timeout does
 * not help it. Taking the write lock at BEGIN makes it wait for the worker (up to the busy timeout)
 * instead of failing the request. Nested transactions are savepoints and keep working.
 */
export function immediateTransactions(db: Database.Database): void {
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const deferred = transaction(fn);
    return Object.assign((...args: unknown[]) => deferred.immediate(...args), {
      default: deferred.immediate,
      deferred: deferred.deferred,
      immediate: deferred.immediate,
      exclusive: deferred.exclusive,
    });
  }) as typeof db.transaction;
}
