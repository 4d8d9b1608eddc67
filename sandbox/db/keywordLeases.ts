import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';
import { sqlPage, type PageRequest } from '../http/paging';
import { addMonth, HAS_LABEL, HELD_LEASE, leaseState } from './numberLeases';

export type KeywordLease = components['schemas']['KeywordLease'];

/** CallFire's short code, which every keyword is texted to. */
export const SHORT_CODE = '67076';

export const keywordLeaseMigrations: Migration[] = [
  {
    name: 'numbers-003-keyword-leases',
    sql: `
      CREATE TABLE keyword_leases (
        keyword TEXT PRIMARY KEY,
        order_id INTEGER NOT NULL REFERENCES number_orders (id),
        lease_begin INTEGER NOT NULL,
        lease_end INTEGER NOT NULL,
        auto_renew INTEGER NOT NULL,
        contact_list_id INTEGER,
        double_opt_in INTEGER NOT NULL DEFAULT 0,
        opt_in_message TEXT,
        labels TEXT NOT NULL DEFAULT '[]'
      );`,
  },
];

export function insertKeywordLease(db: Db, keyword: string, orderId: number, leaseBegin: number) {
  db.prepare('DELETE FROM keyword_leases WHERE keyword = ?').run(keyword);
  db.prepare(
    `INSERT INTO keyword_leases (keyword, order_id, lease_begin, lease_end, auto_renew)
     VALUES (?, ?, ?, ?, 1)`,
  ).run(keyword, orderId, leaseBegin, addMonth(leaseBegin));
}

interface KeywordLeaseRow {
  keyword: string;
  lease_begin: number;
  lease_end: number;
  auto_renew: number;
  contact_list_id: number | null;
  double_opt_in: number;
  opt_in_message: string | null;
  labels: string;
}

function toKeywordLease(row: KeywordLeaseRow, now: number): KeywordLease {
  const autoRenew = row.auto_renew === 1;
  const { status, leaseEnd } = leaseState(row.lease_begin, row.lease_end, autoRenew, now);
  const labels = JSON.parse(row.labels) as string[];
  return {
    keyword: row.keyword,
    shortCode: SHORT_CODE,
    leaseBegin: row.lease_begin,
    leaseEnd,
    autoRenew,
    status,
    contactListId: row.contact_list_id ?? undefined,
    doubleOptInEnabled: row.double_opt_in === 1,
    optInConfirmationMessage: row.opt_in_message ?? undefined,
    labels: labels.length ? labels : undefined,
  };
}

export function isKeywordHeld(db: Db, keyword: string, now: number): boolean {
  return (
    db.prepare(`SELECT 1 FROM keyword_leases WHERE keyword = @keyword AND ${HELD_LEASE}`).get({ keyword, now }) !==
    undefined
  );
}

export function readKeywordLease(db: Db, keyword: string, now: number): KeywordLease | undefined {
  const row = db.prepare('SELECT * FROM keyword_leases WHERE keyword = ?').get(keyword) as KeywordLeaseRow | undefined;
  return row && toKeywordLease(row, now);
}

export function findKeywordLeases(
  db: Db,
  filter: { contains?: string; labelName?: string },
  request: PageRequest,
  now: number,
) {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.contains !== undefined) {
    clauses.push('instr(keyword, upper(@contains)) > 0');
    params.contains = filter.contains;
  }
  if (filter.labelName !== undefined) {
    clauses.push(HAS_LABEL);
    params.labelName = filter.labelName;
  }
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  return sqlPage<KeywordLeaseRow, KeywordLease>(
    db,
    `SELECT * FROM keyword_leases ${where}`,
    params,
    request,
    (row) => toKeywordLease(row, now),
    'ORDER BY keyword',
  );
}

export interface KeywordLeaseChanges {
  autoRenew?: boolean;
  contactListId?: number;
  doubleOptInEnabled?: boolean;
  optInConfirmationMessage?: string;
  labels?: string[];
}

export function updateKeywordLease(db: Db, keyword: string, changes: KeywordLeaseChanges) {
  const flag = (value: boolean | undefined) => (value === undefined ? null : value ? 1 : 0);
  db.prepare(
    `UPDATE keyword_leases SET
       auto_renew = COALESCE(@autoRenew, auto_renew),
       contact_list_id = COALESCE(@contactListId, contact_list_id),
       double_opt_in = COALESCE(@doubleOptIn, double_opt_in),
       opt_in_message = COALESCE(@message, opt_in_message),
       labels = COALESCE(@labels, labels)
     WHERE keyword = @keyword`,
  ).run({
    keyword,
    autoRenew: flag(changes.autoRenew),
    contactListId: changes.contactListId ?? null,
    doubleOptIn: flag(changes.doubleOptInEnabled),
    message: changes.optInConfirmationMessage ?? null,
    labels: changes.labels === undefined ? null : JSON.stringify(changes.labels),
  });
}
