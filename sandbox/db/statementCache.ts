import type Database from 'better-sqlite3';

/** Beyond this many distinct statements the oldest is dropped (SQL built from a variable list of fields). */
const MAX_STATEMENTS = 2000;

/**
 * Makes `db.prepare` keep each compiled statement and hand it out again for the same SQL, so the data
 * layer can write its queries where it uses them without compiling one per request. A statement comes
 * back in its default mode (no `pluck`, `raw` or `expand` left over from its last user); one still
 * being iterated is not shared: that caller gets a fresh one.
 */
export function cacheStatements(db: Database.Database): void {
  const prepare = db.prepare.bind(db);
  const statements = new Map<string, Database.Statement>();
  db.prepare = ((sql: string) => {
    const cached = statements.get(sql);
    if (cached && !cached.busy) {
      if (cached.reader) cached.pluck(false).expand(false).raw(false);
      return cached;
    }
    const statement = prepare(sql);
    if (cached) return statement;
    if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value!);
    statements.set(sql, statement);
    return statement;
  }) as typeof db.prepare;
}
