import type { Db } from '../db/database';
import { untilChanged } from '../db/untilChanged';

/** The paging window a find operation asked for, after the contract applied its defaults. */
export interface PageRequest {
  limit: number;
  offset: number;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  totalCount: number;
}

export function pageRequest(query: { limit?: number; offset?: number }, defaultLimit = 100): PageRequest {
  return { limit: query.limit ?? defaultLimit, offset: query.offset ?? 0 };
}

export function page<T>(items: T[], request: PageRequest, totalCount: number): Page<T> {
  return { items, limit: request.limit, offset: request.offset, totalCount };
}

/**
 * Runs a find query one page at a time: `sql` is a SELECT without ORDER BY, LIMIT or OFFSET; the total
 * comes from the same query wrapped in COUNT, so filters never drift apart, and is kept until the
 * database changes. The order goes in
 * `orderBy` (e.g. `ORDER BY number`) rather than in `sql`: inside the COUNT's subquery it would stop
 * SQLite from flattening it, which makes counting large ranges several times slower.
 */
export function sqlPage<RowType, Item>(
  db: Db,
  sql: string,
  params: Record<string, unknown> | unknown[],
  request: PageRequest,
  toItem: (row: RowType) => Item,
  orderBy = '',
): Page<Item> {
  const rows = db
    .prepare(`${sql} ${orderBy} LIMIT ? OFFSET ?`)
    .all(...bind(params), request.limit, request.offset) as RowType[];
  const countSql = `SELECT COUNT(*) FROM (${sql})`;
  // Counting reads every matching row: done once, then again only after something was written.
  const totalCount = untilChanged(
    db,
    `${countSql}\0${JSON.stringify(params)}`,
    () =>
      db
        .prepare(countSql)
        .pluck()
        .get(...bind(params)) as number,
  );
  return page(rows.map(toItem), request, totalCount);
}

function bind(params: Record<string, unknown> | unknown[]): unknown[] {
  return Array.isArray(params) ? params : [params];
}
