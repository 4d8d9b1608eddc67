import { chargeCredits, planUsage } from '../db/billing';
import type { Db } from '../db/database';

/**
 * The sandbox's price list: an answered call costs 1 credit per started minute; an attempt nobody
 * answered is free. A text costs 1 credit per message part (used by text broadcasts).
 */
export const CREDITS_PER_CALL_MINUTE = 1;

export function billedSecondsOfCall(talkSeconds: number, answered: boolean): number {
  return answered ? Math.max(1, Math.ceil(talkSeconds / 60)) * 60 : 0;
}

export function creditsForBilledSeconds(billedSeconds: number): number {
  return (billedSeconds / 60) * CREDITS_PER_CALL_MINUTE;
}

/** A campaign dials or texts only while the account has plan or pay-as-you-go credits left. */
export function hasCreditsLeft(db: Db, now: number): boolean {
  return (planUsage(db, now).totalRemainingCredits ?? 0) > 0;
}

/**
 * Collects what a simulator step spent and books it as one ledger entry per kind, so a step that
 * finishes a thousand calls does one write instead of a thousand.
 */
export class ChargeCollector {
  private quantity = { call: 0, text: 0 };
  private credits = { call: 0, text: 0 };

  add(kind: 'call' | 'text', quantity: number, credits: number) {
    this.quantity[kind] += quantity;
    this.credits[kind] += credits;
  }

  book(db: Db, now: number) {
    for (const kind of ['call', 'text'] as const) {
      if (this.credits[kind] > 0 || this.quantity[kind] > 0)
        chargeCredits(db, now, kind, this.quantity[kind], this.credits[kind]);
    }
    this.quantity = { call: 0, text: 0 };
    this.credits = { call: 0, text: 0 };
  }
}
