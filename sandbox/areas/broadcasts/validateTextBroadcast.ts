import type { components } from '../../../shared/schema';
import type { TextBroadcast } from '../../db/broadcasts';
import { isVerifiedCallerId } from '../../db/callerIds';
import type { Db } from '../../db/database';
import { getMediaRow } from '../../db/media';
import { SHARED_SHORT_CODE } from '../../db/texts';
import { badRequest } from '../../http/errors';
import { requireNumber } from '../../http/phone';
import { checkTimeWindows } from './validateCallBroadcast';

type Media = components['schemas']['Media'];

/** Texts go out from the shared short code or from one of the account's own (verified) numbers. */
export function requireTextSender(db: Db, value: string, field: string): string {
  const number = requireNumber(value, field);
  if (number !== SHARED_SHORT_CODE && !isVerifiedCallerId(db, number))
    throw badRequest(
      `${field}: ${number} is not a number of this account; use ${SHARED_SHORT_CODE} or one of its numbers`,
    );
  return number;
}

/** Attached media must be in the account's media library. */
export function requireMedia(db: Db, media: Media[] | undefined, field: string) {
  media?.forEach((item, index) => {
    if (item.id === undefined) throw badRequest(`${field}[${index}].id is required`);
    if (!getMediaRow(db, item.id)) throw badRequest(`${field}[${index}].id: media ${item.id} not found`);
  });
}

/** A message given must say something; a recipient's message may be left out to use the broadcast's. */
export function requireMessageText(message: string | undefined, field: string) {
  if (message !== undefined && message.trim() === '') throw badRequest(`${field}: the message is empty`);
}

/**
 * Checks what the contract cannot: the sender, the message, media, recipients' own messages,
 * schedules and the local time restriction. Returns the broadcast with its number normalised.
 */
export function validateTextBroadcast(db: Db, broadcast: TextBroadcast): TextBroadcast {
  const checked: TextBroadcast = { ...broadcast };
  if (broadcast.fromNumber !== undefined)
    checked.fromNumber = requireTextSender(db, broadcast.fromNumber, 'fromNumber');
  requireMessageText(broadcast.message, 'message');
  requireMedia(db, broadcast.media, 'media');
  broadcast.recipients?.forEach((recipient, index) => {
    requireMessageText(recipient.message, `recipients[${index}].message`);
    requireMedia(db, recipient.media, `recipients[${index}].media`);
  });
  checkTimeWindows(broadcast);
  return checked;
}

/** A text broadcast can only start when it has something to send. */
export function sendableProblem(broadcast: TextBroadcast): string | undefined {
  if (broadcast.message?.trim() || broadcast.media?.length) return undefined;
  return `Text broadcast ${broadcast.id} has no message: set message before starting it`;
}
