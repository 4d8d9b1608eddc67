import type { components } from '../../shared/schema';
import { placeOfNumber } from '../../shared/usAreaCodes';
import { contactsByNumber, readContact } from '../db/contacts';
import { dncNumbersAmong } from '../db/dnc';
import type { CampaignKind } from '../db/broadcasts';
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
  /** The channel whose do-not-contact flag makes a recipient DNC. */
  kind: CampaignKind;
  now: number;
}

/** A contact's number a campaign uses: its first phone, in CallFire's order (home, mobile, work, extras). */
function contactNumber(db: Db, contactId: number, field: string): string {
  const contact = readContact(db, contactId);
  if (!contact || contact.deleted) throw badRequest(`${field}.contactId: contact ${contactId} not found`);
  const number =
    contact.homePhone ||
    contact.mobilePhone ||
    contact.workPhone ||
    contact.extraPhone1 ||
    contact.extraPhone2 ||
    contact.extraPhone3;
  if (!number) throw badRequest(`${field}.contactId: contact ${contactId} has no phone number`);
  return number;
}

/**
 * Turns a request's recipients into the numbers a broadcast or sendCalls will act on: numbers are
 * normalised, contacts looked up (and a contact found or created for a bare number, so contact
 * history shows the call), duplicates scrubbed when asked, numbers on the do-not-contact list
 * marked DNC. Shared by voice and text.
 */
export function resolveRecipients(db: Db, recipients: Recipient[], options: ResolveOptions): ResolvedRecipient[] {
  const seen = new Set<string>();
  const resolved: ResolvedRecipient[] = [];
  const contactOf = contactsByNumber(
    db,
    recipients.flatMap(({ phoneNumber, contactId }) => {
      const number = contactId === undefined && phoneNumber !== undefined ? normalizeNumber(phoneNumber) : undefined;
      return number ? [number] : [];
    }),
    options.now,
  );
  recipients.forEach((recipient, index) => {
    const field = `${options.field}[${index}]`;
    if (recipient.phoneNumber === undefined && recipient.contactId === undefined)
      throw badRequest(`${field}: give a phoneNumber or a contactId`);
    const raw = recipient.phoneNumber ?? contactNumber(db, recipient.contactId!, field);
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
      contactId: recipient.contactId ?? contactOf(number),
      fromNumber,
      attributes: recipient.attributes,
      state: 'READY',
      timeZone: timeZoneOfNumber(number),
      index,
    });
  });
  // The do-not-contact list is read once for the whole batch (the engine checks each number again at dialling).
  const blocked = dncNumbersAmong(
    db,
    resolved.flatMap((recipient) => (recipient.state === 'READY' ? [recipient.toNumber] : [])),
    options.kind,
  );
  for (const recipient of resolved)
    if (recipient.state === 'READY' && blocked.has(recipient.toNumber)) recipient.state = 'DNC';
  return resolved;
}
