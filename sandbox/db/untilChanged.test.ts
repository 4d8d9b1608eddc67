import { describe, expect, it } from 'vitest';
import { openDatabase } from './database';
import { untilChanged } from './untilChanged';

describe('statements and repeated reads', () => {
  it('hands out one compiled statement per SQL text, in its default mode, and a fresh one while it is iterated', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (n INTEGER)');
    db.prepare('INSERT INTO t VALUES (1), (2)').run();
    const plucked = db.prepare('SELECT n FROM t ORDER BY n').pluck();
    expect(plucked.all()).toEqual([1, 2]);
    const again = db.prepare('SELECT n FROM t ORDER BY n');
    expect(again).toBe(plucked);
    expect(again.all()).toEqual([{ n: 1 }, { n: 2 }]);
    const seen: unknown[] = [];
    for (const row of db.prepare('SELECT n FROM t ORDER BY n').iterate()) {
      seen.push(row, db.prepare('SELECT n FROM t ORDER BY n').get());
    }
    expect(seen).toEqual([{ n: 1 }, { n: 1 }, { n: 2 }, { n: 1 }]);
  });

  it('keeps a computed value until a row changes', () => {
    const db = openDatabase(':memory:');
    db.exec('CREATE TABLE t (n INTEGER)');
    const count = () => untilChanged(db, 'count', () => db.prepare('SELECT COUNT(*) FROM t').pluck().get());
    let computed = 0;
    const counted = () =>
      untilChanged(db, 'counted', () => {
        computed += 1;
        return computed;
      });
    expect(count()).toBe(0);
    expect([counted(), counted()]).toEqual([1, 1]);
    db.prepare('INSERT INTO t VALUES (1)').run();
    expect(count()).toBe(1);
    expect(counted()).toBe(2);
    db.prepare('UPDATE t SET n = 2').run();
    expect(counted()).toBe(3);
  });
});
