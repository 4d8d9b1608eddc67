import type { components } from '../../src/api/schema';
import { placeOfNumber } from '../../src/lib/usAreaCodes';
import type { Db } from '../db/database';
import { badRequest } from '../http/errors';
import { normalizeNumber } from '../http/phone';

type Recipient = components['schemas']['Recipient'];

/** Numbers whose area code is not a known US one are treated as being in this zone. */
export const FALLBACK_TIME_ZONE = 'America/New_York';

export const timeZoneOfNumber = (number: string) => placeOfNumber(number)?.timeZone ?? FALLBACK_TIME_ZONE;

export interface ResolvedRecipient {
  toNumber: string;
  contactId?: number;
  fromNumber?: string;
  attributes?: Record<string, string>;
  /** READY to be called or texted, or why not: an INVALID number, or on the do-not-contact list (DNC). */
  state: 'READY' | 'INVALID' | 'DNC';
  timeZone: string;
  /** The position in the request, so callers can pair results with their own per-recipient data. */
  index: number;
}

export interface ResolveOptions {
  /** The request's name for the list, used in error messages (`recipients`, `body`). */
  field: string;
  /** Reject the request on the first bad recipient instead of keeping it as INVALID. */
  strict: boolean;
  /** Drop numbers `alreadyPresent` reports and repeats within the list. */
  scrubDuplicates: boolean;
  alreadyPresent?: (number: string) => boolean;
}

/**
 * Turns a request's recipients into the numbers a broadcast or sendCalls will act on: numbers are
 * normalised, contacts looked up, duplicates scrubbed when asked. Shared by voice and text.
 */
export function resolveRecipients(_db: Db, recipients: Recipient[], options: ResolveOptions): ResolvedRecipient[] {
  const seen = new Set<string>();
  const resolved: ResolvedRecipient[] = [];
  recipients.forEach((recipient, index) => {
    const field = `${options.field}[${index}]`;
    if (recipient.phoneNumber === undefined && recipient.contactId === undefined)
      throw badRequest(`${field}: give a phoneNumber or a contactId`);
    if (recipient.contactId !== undefined && recipient.phoneNumber === undefined)
      throw badRequest(`${field}.contactId: contacts cannot be looked up by this sandbox yet; give a phoneNumber`);
    const raw = recipient.phoneNumber!;
    const number = normalizeNumber(raw);
    const fromNumber = recipient.fromNumber === undefined ? undefined : normalizeNumber(recipient.fromNumber);
    if (recipient.fromNumber !== undefined && !fromNumber)
      throw badRequest(`${field}.fromNumber: "${recipient.fromNumber}" is not a valid phone number`);
    if (!number) {
      if (options.strict)
        throw badRequest(
          `${field}.phoneNumber: "${raw}" is not a valid phone number (expected 11 digits such as 12135550100)`,
        );
      resolved.push({
        toNumber: raw,
        state: 'INVALID',
        timeZone: FALLBACK_TIME_ZONE,
        index,
        attributes: recipient.attributes,
      });
      return;
    }
    if (options.scrubDuplicates && (seen.has(number) || options.alreadyPresent?.(number))) return;
    seen.add(number);
    resolved.push({
      toNumber: number,
      contactId: recipient.contactId,
      fromNumber,
      attributes: recipient.attributes,
      state: 'READY',
      timeZone: timeZoneOfNumber(number),
      index,
    });
  });
  return resolved;
}
