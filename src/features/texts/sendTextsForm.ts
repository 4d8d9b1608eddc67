import { z } from 'zod';
import type { Schema } from '../../api/types';
import { normalizePhone, parsePhoneList } from '../../lib/phone';
import { phoneListText } from '../../lib/phoneListProblem';

/** sendTexts takes at most this many recipients in one request. */
export const MAX_RECIPIENTS = 1000;

const override = z.object({
  phoneNumber: z.string().superRefine((text, context) => {
    const parsed = normalizePhone(text);
    if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.reason });
  }),
  message: z.string().trim().min(1, 'Write this number’s message').max(2000, 'At most 2,000 characters'),
});

export const sendTextsSchema = z
  .object({
    fromNumber: z.string().min(1, 'Choose a number'),
    numbers: phoneListText({ required: false }),
    defaultMessage: z.string().trim().max(2000, 'At most 2,000 characters'),
    overrides: z.array(override),
  })
  .superRefine((form, context) => {
    const recipients = recipientsOf(form);
    if (recipients.length === 0)
      context.addIssue({ code: 'custom', path: ['numbers'], message: 'Enter at least one phone number' });
    if (recipients.length > MAX_RECIPIENTS)
      context.addIssue({
        code: 'custom',
        path: ['numbers'],
        message: `At most ${MAX_RECIPIENTS} recipients at once (${recipients.length} entered); use a broadcast for more`,
      });
    if (!form.defaultMessage && recipients.some((recipient) => !recipient.message))
      context.addIssue({
        code: 'custom',
        path: ['defaultMessage'],
        message: 'Write a message for everyone without a message of their own',
      });
  });

export type SendTextsForm = z.infer<typeof sendTextsSchema>;

export const emptySendTexts: SendTextsForm = { fromNumber: '67076', numbers: '', defaultMessage: '', overrides: [] };

/**
 * The recipients to send: the pasted numbers, with a per-number message where one is given (a number
 * given only an own message is added). The default message goes as `defaultMessage`, not per recipient.
 */
export function recipientsOf(form: SendTextsForm): Schema<'TextRecipient'>[] {
  const messages = new Map<string, string>();
  for (const { phoneNumber, message } of form.overrides) {
    const parsed = normalizePhone(phoneNumber);
    if (parsed.ok && message.trim()) messages.set(parsed.number, message.trim());
  }
  const numbers = [...new Set([...parsePhoneList(form.numbers).numbers, ...messages.keys()])];
  const fromNumber = form.fromNumber === '67076' ? {} : { fromNumber: form.fromNumber };
  return numbers.map((phoneNumber) => ({
    phoneNumber,
    ...fromNumber,
    ...(messages.has(phoneNumber) ? { message: messages.get(phoneNumber) } : {}),
  }));
}
