import type { components } from '../../../shared/schema';
import type { Db } from '../../db/database';
import { readDoNotContact } from '../../db/dnc';

export type UniversalDoNotContact = components['schemas']['UniversalDoNotContact'];

const TOLL_FREE_AREA_CODES = new Set(['800', '833', '844', '855', '866', '877', '888']);

/**
 * The sandbox's stand-in for carriers' platform-wide block lists: numbers whose last four digits are
 * 9900-9999 are blocked by their carrier, in both directions.
 */
export function isCarrierBlocked(number: string): boolean {
  return /99\d\d$/.test(number);
}

/** Toll-free numbers are voice-only in the sandbox: they neither receive nor send texts. */
export function isTollFree(number: string): boolean {
  return number.length === 11 && TOLL_FREE_AREA_CODES.has(number.slice(1, 4));
}

/**
 * What may pass between the account (or `fromNumber`) and `toNumber`. Outbound is towards toNumber,
 * inbound is from it. The deterministic rules, documented in the README:
 * 1. a carrier-blocked toNumber or fromNumber blocks everything;
 * 2. a toll-free toNumber blocks texts both ways;
 * 3. the account's own entry for toNumber blocks what it flags (call, text, inboundCall, inboundText).
 */
export function universalDoNotContact(db: Db, toNumber: string, fromNumber?: string): UniversalDoNotContact {
  const answer = { toNumber, fromNumber, inboundCall: true, inboundText: true, outboundCall: true, outboundText: true };
  if (isCarrierBlocked(toNumber) || (fromNumber !== undefined && isCarrierBlocked(fromNumber))) {
    return { ...answer, inboundCall: false, inboundText: false, outboundCall: false, outboundText: false };
  }
  if (isTollFree(toNumber)) {
    answer.inboundText = false;
    answer.outboundText = false;
  }
  const entry = readDoNotContact(db, toNumber);
  if (entry) {
    answer.outboundCall &&= !entry.call;
    answer.outboundText &&= !entry.text;
    answer.inboundCall &&= !entry.inboundCall;
    answer.inboundText &&= !entry.inboundText;
  }
  return answer;
}
