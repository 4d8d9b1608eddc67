import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';
import type { PageRequest } from '../http/paging';
import { sqlPage } from '../http/paging';

export type NumberOrder = components['schemas']['NumberOrder'];
export type NumberOrderStatus = components['schemas']['NumberOrderStatus'];
import type { OrderItemKind } from '../../shared/numberPrices';

export const numberOrderMigrations: Migration[] = [
  {
    name: 'numbers-001-orders',
    sql: `
      CREATE TABLE number_orders (
        id INTEGER PRIMARY KEY,
        created INTEGER NOT NULL,
        -- the order is PROCESSING until this time, then FINISHED
        finishes_at INTEGER NOT NULL,
        total_cost REAL NOT NULL
      );
      CREATE INDEX number_orders_created ON number_orders (created);
      CREATE TABLE number_order_items (
        order_id INTEGER NOT NULL REFERENCES number_orders (id),
        kind TEXT NOT NULL CHECK (kind IN ('localNumbers', 'tollFreeNumbers', 'keywords')),
        item TEXT NOT NULL,
        unit_cost REAL NOT NULL,
        PRIMARY KEY (order_id, kind, item)
      );`,
  },
];

export interface NewOrderItem {
  kind: OrderItemKind;
  item: string;
  unitCost: number;
}

export function insertOrder(db: Db, created: number, finishesAt: number, items: NewOrderItem[]): number {
  const totalCost = items.reduce((sum, item) => sum + item.unitCost, 0);
  const id = Number(
    db
      .prepare('INSERT INTO number_orders (created, finishes_at, total_cost) VALUES (?, ?, ?)')
      .run(created, finishesAt, totalCost).lastInsertRowid,
  );
  const insertItem = db.prepare('INSERT INTO number_order_items (order_id, kind, item, unit_cost) VALUES (?, ?, ?, ?)');
  for (const { kind, item, unitCost } of items) insertItem.run(id, kind, item, unitCost);
  return id;
}

interface OrderRow {
  id: number;
  created: number;
  finishes_at: number;
  total_cost: number;
}

function toOrder(db: Db, row: OrderRow, now: number): NumberOrder {
  const finished = row.finishes_at <= now;
  const order: NumberOrder = {
    id: row.id,
    status: finished ? 'FINISHED' : 'PROCESSING',
    created: row.created,
    totalCost: row.total_cost,
  };
  const items = db
    .prepare('SELECT kind, item, unit_cost AS unitCost FROM number_order_items WHERE order_id = ? ORDER BY rowid')
    .all(row.id) as NewOrderItem[];
  for (const kind of ['localNumbers', 'tollFreeNumbers', 'keywords'] as const) {
    const ofKind = items.filter((item) => item.kind === kind);
    if (ofKind.length === 0) continue;
    order[kind] = {
      ordered: ofKind.length,
      unitCost: ofKind[0].unitCost,
      // Items are fulfilled together when processing ends.
      fulfilled: finished ? ofKind.map((item) => item.item) : [],
    };
  }
  return order;
}

export function readOrder(db: Db, id: number, now: number): NumberOrder | undefined {
  const row = db.prepare('SELECT * FROM number_orders WHERE id = ?').get(id) as OrderRow | undefined;
  return row && toOrder(db, row, now);
}

export interface OrderFilter {
  statuses?: NumberOrderStatus[];
  intervalBegin?: number;
  intervalEnd?: number;
}

export function findOrders(db: Db, filter: OrderFilter, request: PageRequest, now: number) {
  const where: string[] = [];
  const params: Record<string, unknown> = { now };
  if (filter.statuses) {
    // Sandbox orders are only ever PROCESSING or FINISHED, decided by the clock.
    const states = [
      filter.statuses.includes('PROCESSING') && 'finishes_at > @now',
      filter.statuses.includes('FINISHED') && 'finishes_at <= @now',
    ].filter(Boolean);
    where.push(states.length ? `(${states.join(' OR ')})` : '0');
  }
  if (filter.intervalBegin !== undefined) {
    where.push('created >= @begin');
    params.begin = filter.intervalBegin;
  }
  if (filter.intervalEnd !== undefined) {
    where.push('created <= @end');
    params.end = filter.intervalEnd;
  }
  const sql = `SELECT * FROM number_orders ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
  return sqlPage<OrderRow, NumberOrder>(
    db,
    sql,
    params,
    request,
    (row) => toOrder(db, row, now),
    'ORDER BY created DESC, id DESC',
  );
}
