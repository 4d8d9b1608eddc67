import { z } from 'zod';
import type { TextAutoReply } from '../../api/resources/texts';

/** An auto-reply answers texts to one of the account's numbers, or texts to the short code starting with a keyword. */
export const autoReplySchema = z
  .object({
    target: z.enum(['number', 'keyword']),
    number: z.string(),
    keyword: z.string().trim(),
    match: z.string().trim().max(160, 'At most 160 characters'),
    message: z.string().trim().min(1, 'Write the reply').max(2000, 'At most 2,000 characters'),
  })
  .superRefine((form, context) => {
    if (form.target === 'number' && !form.number)
      context.addIssue({ code: 'custom', path: ['number'], message: 'Choose a number' });
    if (form.target === 'keyword' && !/^[A-Za-z0-9]{2,64}$/.test(form.keyword))
      context.addIssue({ code: 'custom', path: ['keyword'], message: 'A keyword is 2 to 64 letters or digits' });
  });

export type AutoReplyForm = z.infer<typeof autoReplySchema>;

export const emptyAutoReply: AutoReplyForm = { target: 'number', number: '', keyword: '', match: '', message: '' };

export function toAutoReply(form: AutoReplyForm): TextAutoReply {
  return {
    ...(form.target === 'number' ? { number: form.number } : { keyword: form.keyword.toUpperCase() }),
    ...(form.match ? { match: form.match } : {}),
    message: form.message,
  };
}
