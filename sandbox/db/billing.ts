import type { components } from '../../shared/schema';
import type { Db, Migration } from './database';

export type BillingPlanUsage = components['schemas']['BillingPlanUsage'];
export type CreditUsage = components['schemas']['CreditUsage'];

export const billingMigrations: Migration[] = [
  {
    name: 'billing-001-ledger',
    sql: `
      CREATE TABLE credit_ledger (
        id INTEGER PRIMARY KEY,
        at INTEGER NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('call', 'text', 'purchase')),
        -- seconds of a call, or 1 per text message
        quantity INTEGER NOT NULL,
        credits REAL NOT NULL,
        from_plan REAL NOT NULL
      );
      CREATE INDEX credit_ledger_at ON credit_ledger (at);`,
  },
  {
    // The simulator reads the period's plan usage at every step: summed from the index alone.
    name: 'billing-002-plan-usage-index',
    sql: `
      CREATE INDEX credit_ledger_at_plan ON credit_ledger (at, from_plan);
      DROP INDEX credit_ledger_at;`,
  },
];

/** The billing period is the calendar month (UTC) that contains `now`. */
export function billingPeriod(now: number): { start: number; end: number } {
  const date = new Date(now);
  const start = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
  const end = Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - 1;
  return { start, end };
}

const round = (value: number) => Math.round(value * 10000) / 10000;

export function planUsage(db: Db, now: number): BillingPlanUsage {
  const { start, end } = billingPeriod(now);
  const { plan, payg } = db
    .prepare('SELECT plan_credits_per_period AS plan, pay_as_you_go_credits AS payg FROM account LIMIT 1')
    .get() as { plan: number; payg: number };
  const usedFromPlan = db
    .prepare('SELECT COALESCE(SUM(from_plan), 0) FROM credit_ledger WHERE at BETWEEN ? AND ?')
    .pluck()
    .get(start, end) as number;
  const remainingPlanCredits = round(Math.max(0, plan - usedFromPlan));
  return {
    intervalStart: start,
    intervalEnd: end,
    remainingPlanCredits,
    remainingPayAsYouGoCredits: round(payg),
    totalRemainingCredits: round(remainingPlanCredits + payg),
  };
}

/**
 * Spends credits: the period's plan credits first, then pay-as-you-go credits.
 * Simulators call this for every billed call attempt and text.
 */
export function chargeCredits(
  db: Db,
  now: number,
  kind: 'call' | 'text' | 'purchase',
  quantity: number,
  credits: number,
) {
  db.transaction(() => {
    const { remainingPlanCredits } = planUsage(db, now);
    const fromPlan = Math.min(remainingPlanCredits ?? 0, credits);
    db.prepare('UPDATE account SET pay_as_you_go_credits = pay_as_you_go_credits - ?').run(credits - fromPlan);
    db.prepare('INSERT INTO credit_ledger (at, kind, quantity, credits, from_plan) VALUES (?, ?, ?, ?, ?)').run(
      now,
      kind,
      quantity,
      credits,
      fromPlan,
    );
  })();
}

export function creditUsage(db: Db, begin: number, end: number): CreditUsage {
  const row = db
    .prepare(
      `SELECT COALESCE(SUM(CASE WHEN kind = 'call' THEN quantity END), 0) AS seconds,
              COALESCE(SUM(CASE WHEN kind = 'text' THEN quantity END), 0) AS texts,
              COALESCE(SUM(credits), 0) AS credits
       FROM credit_ledger WHERE at BETWEEN ? AND ?`,
    )
    .get(begin, end) as { seconds: number; texts: number; credits: number };
  return {
    intervalBegin: begin,
    intervalEnd: end,
    callsDurationMinutes: Math.round(row.seconds / 60),
    textsSent: row.texts,
    creditsUsed: round(row.credits),
  };
}
