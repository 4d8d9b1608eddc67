import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from './database';

describe('transactions on a database file shared with worker threads', () => {
  let dir: string;
  const opened: Db[] = [];
  afterEach(() => {
    opened.splice(0).forEach((db) => db.close());
    rmSync(dir, { recursive: true, force: true });
  });

  function twoConnections() {
    dir = mkdtempSync(join(tmpdir(), 'sandbox-tx-'));
    const path = join(dir, 'account.db');
    const main = openDatabase(path);
    main.exec('CREATE TABLE counter (value INTEGER NOT NULL); INSERT INTO counter VALUES (0)');
    const worker = openDatabase(path);
    // In this one-threaded test a wait would only block: the other connection fails at once instead.
    worker.pragma('busy_timeout = 0');
    opened.push(main, worker);
    return { main, worker };
  }

  it('a read-then-write transaction holds the write lock from its start, so another writer cannot slip in', () => {
    const { main, worker } = twoConnections();
    const bump = main.transaction(() => {
      const { value } = main.prepare('SELECT value FROM counter').get() as { value: number };
      // What used to break it: another connection commits between this read and the write below.
      expect(() => worker.prepare('UPDATE counter SET value = 100').run()).toThrow(/busy|locked/i);
      main.prepare('UPDATE counter SET value = ?').run(value + 1);
    });
    expect(() => bump()).not.toThrow();
    expect(main.prepare('SELECT value FROM counter').pluck().get()).toBe(1);
  });

  it('a deferred transaction, asked for by name, still fails on the stale read (what the default avoids)', () => {
    const { main, worker } = twoConnections();
    const bump = main.transaction(() => {
      main.prepare('SELECT value FROM counter').get();
      worker.prepare('UPDATE counter SET value = 100').run();
      main.prepare('UPDATE counter SET value = value + 1').run();
    });
    expect(() => bump.deferred()).toThrow(expect.objectContaining({ code: 'SQLITE_BUSY_SNAPSHOT' }));
  });
});
