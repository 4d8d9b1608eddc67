import type { Db } from './database';

/** Results kept per database; past this many the oldest goes. */
const MAX_ENTRIES = 64;

interface Memo {
  stamp: string;
  values: Map<string, unknown>;
}
const memos = new WeakMap<Db, Memo>();

/**
 * What identifies the database's content: the rows this connection has changed so far and the
 * version other connections' commits move (`PRAGMA data_version`). Equal stamps, same data.
 */
function changeStamp(db: Db): string {
  const { changes, version } = db
    .prepare('SELECT total_changes() AS changes, (SELECT data_version FROM pragma_data_version) AS version')
    .get() as { changes: number; version: number };
  return `${changes}:${version}`;
}

/**
 * The value `compute` gives for `key`, computed once and served again until any row of the database
 * changes. For answers that read many rows (a total count, the ids matching a filter) and are asked
 * for again and again while nothing is written, as a console paging through a list does.
 */
export function untilChanged<T>(db: Db, key: string, compute: () => T): T {
  const stamp = changeStamp(db);
  let memo = memos.get(db);
  if (!memo || memo.stamp !== stamp) {
    memo = { stamp, values: new Map() };
    memos.set(db, memo);
  }
  if (memo.values.has(key)) return memo.values.get(key) as T;
  const value = compute();
  if (memo.values.size >= MAX_ENTRIES) memo.values.delete(memo.values.keys().next().value!);
  memo.values.set(key, value);
  return value;
}
