import type { TextResult } from '../db/texts';

/** The replies recipients send, picked by the number's last two digits (see `textOutcome`). */
export const REPLIES = ['Yes, see you then', 'Thanks!', 'INFO please', 'Who is this?', 'STOP', 'Can I call you?'];

/** Recipients whose last two digits are below this reply to a text they received. */
export const REPLYING_BELOW = 30;

/** Simulated time a text spends on its way to the phone. */
export const DELIVERY_MS = 3_000;

/** What a text costs: 1 credit per 160-character part; a multimedia message 3 credits. */
export const CREDITS_PER_PART = 1;
export const CREDITS_PER_MMS = 3;

export interface TextOutcome {
  result: Extract<TextResult, 'SENT' | 'CARRIER_ERROR' | 'INTERNAL_ERROR'>;
  /** What the recipient texts back once the text arrives, if anything. */
  reply?: string;
}

/**
 * What happens to a text, decided by the last two digits of the number so tests can count on it:
 * 95–96 carrier error, 97 internal error, anything else is delivered; of the delivered ones, 00–29
 * reply with REPLIES[digits mod 6].
 */
export function textOutcome(toNumber: string): TextOutcome {
  const digits = Number(toNumber.slice(-2));
  if (digits === 95 || digits === 96) return { result: 'CARRIER_ERROR' };
  if (digits === 97) return { result: 'INTERNAL_ERROR' };
  return { result: 'SENT', reply: digits < REPLYING_BELOW ? REPLIES[digits % REPLIES.length] : undefined };
}
