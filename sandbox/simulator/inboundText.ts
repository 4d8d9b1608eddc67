import { findOrCreateContactByNumber } from '../db/contacts';
import type { Db } from '../db/database';
import { upsertDoNotContacts } from '../db/dnc';
import { autoReplyFor } from '../db/textAutoReplies';
import { campaignTextingNumber, insertInboundText, insertTexts, SHARED_SHORT_CODE, type Text } from '../db/texts';
import { timeZoneOfNumber } from './recipients';

/** Inbound messages that put the sender on the do-not-text list (compared without case or spaces). */
const OPT_OUT_WORDS = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT']);

/** The do-not-contact source of numbers that texted STOP. */
export const TEXT_STOP_SOURCE = 'Text STOP';

export interface InboundText {
  fromNumber: string;
  toNumber: string;
  message: string;
  /** The broadcast it answers; looked up from the texts sent to the sender when absent. */
  campaignId?: number;
}

/**
 * A text arrives at one of the account's numbers: it is kept as an inbound text of the broadcast it
 * answers, a STOP puts the sender on the do-not-text list, and anything else that matches an
 * auto-reply queues the reply (sent at once, on campaign 0, like sendTexts).
 */
export function receiveText(db: Db, inbound: InboundText, now: number): { text: Text; autoReply?: Text } {
  const { fromNumber, toNumber, message } = inbound;
  const text = insertInboundText(
    db,
    {
      campaignId: inbound.campaignId ?? campaignTextingNumber(db, toNumber, fromNumber),
      contactId: findOrCreateContactByNumber(db, fromNumber, now),
      fromNumber,
      toNumber,
      message,
      timeZone: timeZoneOfNumber(fromNumber),
    },
    now,
  );
  if (OPT_OUT_WORDS.has(message.trim().toUpperCase())) {
    upsertDoNotContacts(db, { numbers: [fromNumber], text: true, source: TEXT_STOP_SOURCE }, now);
    return { text };
  }
  const reply = autoReplyFor(db, toNumber, message, toNumber === SHARED_SHORT_CODE);
  if (!reply) return { text };
  const [autoReply] = insertTexts(
    db,
    [
      {
        campaignId: 0,
        contactId: text.contact?.id,
        fromNumber: toNumber,
        toNumber: fromNumber,
        state: 'READY',
        timeZone: timeZoneOfNumber(fromNumber),
        template: reply.message,
        script: { source: 'autoReply', autoReplyId: reply.id! },
      },
    ],
    now,
  );
  return { text, autoReply };
}
