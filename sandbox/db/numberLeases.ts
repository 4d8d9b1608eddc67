import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';
import { sqlPage, type PageRequest } from '../http/paging';

export type NumberLease = components['schemas']['NumberLease'];
export type NumberConfig = components['schemas']['NumberConfig'];
export type FeatureStatus = components['schemas']['FeatureStatus'];
export type LeaseStatus = components['schemas']['LeaseStatus'];

export const numberLeaseMigrations: Migration[] = [
  {
    name: 'numbers-002-leases',
    sql: `
      CREATE TABLE number_leases (
        number TEXT PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES number_orders (id),
        toll_free INTEGER NOT NULL,
        -- the region's fields, for the search filters (NULL for toll-free numbers)
        city TEXT,
        state TEXT,
        zipcode TEXT,
        lata TEXT,
        rate_center TEXT,
        lease_begin INTEGER NOT NULL,
        lease_end INTEGER NOT NULL,
        auto_renew INTEGER NOT NULL,
        call_feature TEXT NOT NULL,
        text_feature TEXT NOT NULL,
        labels TEXT NOT NULL DEFAULT '[]'
      );
      CREATE TABLE number_configs (
        number TEXT PRIMARY KEY REFERENCES number_leases (number) ON DELETE CASCADE,
        -- the NumberConfig without its number, in JSON
        config TEXT NOT NULL
      );`,
  },
];

/** One calendar month later (UTC), the length of a lease period. */
export function addMonth(time: number): number {
  const date = new Date(time);
  date.setUTCMonth(date.getUTCMonth() + 1);
  return date.getTime();
}

/**
 * A lease is PENDING until its order is processed, ACTIVE while it lasts, and RELEASED once a
 * period ends without auto-renewal. An auto-renewed lease runs on, period after period.
 */
export function leaseState(
  begin: number,
  end: number,
  autoRenew: boolean,
  now: number,
): { status: LeaseStatus; leaseEnd: number } {
  if (now < begin) return { status: 'PENDING', leaseEnd: end };
  if (!autoRenew) return { status: now < end ? 'ACTIVE' : 'RELEASED', leaseEnd: end };
  let leaseEnd = end;
  while (leaseEnd <= now) leaseEnd = addMonth(leaseEnd);
  return { status: 'ACTIVE', leaseEnd };
}

/** SQL condition of a lease that still holds its item (not released), for `@now`. */
export const HELD_LEASE = '(auto_renew = 1 OR lease_end > @now)';

/** SQL condition of a lease labelled `@labelName` (labels are a JSON array). */
export const HAS_LABEL = 'EXISTS (SELECT 1 FROM json_each(labels) WHERE value = @labelName)';

export interface NewNumberLease {
  number: string;
  orderId: number;
  tollFree: boolean;
  region?: { city?: string; state?: string; zipcode?: string; lata?: string; rateCenter?: string };
  leaseBegin: number;
  callFeature: FeatureStatus;
  textFeature: FeatureStatus;
}

export function insertNumberLease(db: Db, lease: NewNumberLease) {
  // A released lease of the same number gives way (its configuration goes with it).
  db.prepare('DELETE FROM number_leases WHERE number = ?').run(lease.number);
  db.prepare(
    `INSERT INTO number_leases (number, order_id, toll_free, city, state, zipcode, lata, rate_center,
       lease_begin, lease_end, auto_renew, call_feature, text_feature)
     VALUES (@number, @orderId, @tollFree, @city, @state, @zipcode, @lata, @rateCenter,
       @leaseBegin, @leaseEnd, 1, @callFeature, @textFeature)`,
  ).run({
    number: lease.number,
    orderId: lease.orderId,
    tollFree: lease.tollFree ? 1 : 0,
    city: lease.region?.city ?? null,
    state: lease.region?.state ?? null,
    zipcode: lease.region?.zipcode ?? null,
    lata: lease.region?.lata ?? null,
    rateCenter: lease.region?.rateCenter ?? null,
    leaseBegin: lease.leaseBegin,
    leaseEnd: addMonth(lease.leaseBegin),
    callFeature: lease.callFeature,
    textFeature: lease.textFeature,
  });
}

export interface NumberLeaseRow {
  number: string;
  toll_free: number;
  lease_begin: number;
  lease_end: number;
  auto_renew: number;
  call_feature: FeatureStatus;
  text_feature: FeatureStatus;
  labels: string;
}

/** Whether the account holds this number (a lease not yet released). */
export function isNumberHeld(db: Db, number: string, now: number): boolean {
  return (
    db.prepare(`SELECT 1 FROM number_leases WHERE number = @number AND ${HELD_LEASE}`).get({ number, now }) !==
    undefined
  );
}

/** The numbers the account holds, for taking them out of the catalogue. */
export function heldNumbers(db: Db, now: number): Set<string> {
  return new Set(db.prepare(`SELECT number FROM number_leases WHERE ${HELD_LEASE}`).pluck().all({ now }) as string[]);
}

export function readNumberLeaseRow(db: Db, number: string): NumberLeaseRow | undefined {
  return db.prepare('SELECT * FROM number_leases WHERE number = ?').get(number) as NumberLeaseRow | undefined;
}

export interface NumberLeaseFilter {
  prefix?: string;
  city?: string;
  state?: string;
  zipcode?: string;
  lata?: string;
  rateCenter?: string;
  labelName?: string;
  tollFree?: boolean;
}

function leaseWhere(filter: NumberLeaseFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  const equalIgnoringCase = (column: string, value: string | undefined, name: string) => {
    if (value === undefined) return;
    clauses.push(`${column} = @${name} COLLATE NOCASE`);
    params[name] = value;
  };
  if (filter.prefix !== undefined) {
    // Numbers are stored with their leading 1; a prefix is a range over the primary key.
    clauses.push('number >= @prefixLow AND number < @prefixHigh');
    params.prefixLow = filter.prefix;
    params.prefixHigh = `${filter.prefix}:`;
  }
  equalIgnoringCase('city', filter.city, 'city');
  equalIgnoringCase('state', filter.state, 'state');
  equalIgnoringCase('zipcode', filter.zipcode, 'zipcode');
  equalIgnoringCase('lata', filter.lata, 'lata');
  equalIgnoringCase('rate_center', filter.rateCenter, 'rateCenter');
  if (filter.labelName !== undefined) {
    clauses.push(HAS_LABEL);
    params.labelName = filter.labelName;
  }
  if (filter.tollFree !== undefined) {
    clauses.push('toll_free = @tollFree');
    params.tollFree = filter.tollFree ? 1 : 0;
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function findNumberLeaseRows<Item>(
  db: Db,
  filter: NumberLeaseFilter,
  request: PageRequest,
  toItem: (row: NumberLeaseRow) => Item,
) {
  const { where, params } = leaseWhere(filter);
  return sqlPage(db, `SELECT * FROM number_leases ${where}`, params, request, toItem, 'ORDER BY number');
}

export interface NumberLeaseChanges {
  autoRenew?: boolean;
  labels?: string[];
  callFeature?: FeatureStatus;
  textFeature?: FeatureStatus;
}

export function updateNumberLease(db: Db, number: string, changes: NumberLeaseChanges) {
  db.prepare(
    `UPDATE number_leases SET
       auto_renew = COALESCE(@autoRenew, auto_renew),
       labels = COALESCE(@labels, labels),
       call_feature = COALESCE(@callFeature, call_feature),
       text_feature = COALESCE(@textFeature, text_feature)
     WHERE number = @number`,
  ).run({
    number,
    autoRenew: changes.autoRenew === undefined ? null : changes.autoRenew ? 1 : 0,
    labels: changes.labels === undefined ? null : JSON.stringify(changes.labels),
    callFeature: changes.callFeature ?? null,
    textFeature: changes.textFeature ?? null,
  });
}

export function readNumberConfig(db: Db, number: string): NumberConfig {
  const json = db.prepare('SELECT config FROM number_configs WHERE number = ?').pluck().get(number) as
    string | undefined;
  return { number, ...(json ? (JSON.parse(json) as NumberConfig) : {}) };
}

/** Replaces a number's configuration (one of IVR or call tracking, never both). */
export function saveNumberConfig(db: Db, number: string, config: Omit<NumberConfig, 'number'>) {
  db.prepare(
    'INSERT INTO number_configs (number, config) VALUES (?, ?) ON CONFLICT (number) DO UPDATE SET config = excluded.config',
  ).run(number, JSON.stringify(config));
}
