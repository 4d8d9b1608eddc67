import { z } from 'zod';
import type { TextBroadcast } from '../../api/resources/textBroadcasts';
import type { BigMessageStrategy } from '../../../shared/textMessage';
import { BIG_MESSAGE_STRATEGY, codesOf } from '../../lib/vocabulary';
import type { ServerFieldMap } from '../../lib/serverFieldErrors';
import { defaultTiming, timingIssues, timingOf, timingShape, timingValuesOf } from './timingForm';
import { parseRecipientLines, recipientLinesProblem } from './recipientLines';

export const textBroadcastFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the broadcast a name').max(200),
    labels: z.array(z.string().min(1).max(64)),
    fromNumber: z.string().min(1, 'Choose a number'),
    message: z.string().trim().min(1, 'Write the message').max(2000, 'At most 2,000 characters'),
    bigMessageStrategy: z.enum(codesOf(BIG_MESSAGE_STRATEGY) as [BigMessageStrategy, ...BigMessageStrategy[]]),
    mediaIds: z.array(z.number().int().positive()),
    maxActive: z
      .string()
      .regex(/^\d+$/, 'A whole number')
      .refine((text) => Number(text) >= 1 && Number(text) <= 1000, 'From 1 to 1,000'),
    ...timingShape,
    recipients: z.string(),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    timingIssues(value, issue);
    const problem = recipientLinesProblem(parseRecipientLines(value.recipients));
    if (problem) issue('recipients', problem);
  });

export type TextBroadcastFormValues = z.infer<typeof textBroadcastFormSchema>;

/** Which form field shows a server error about a request field. */
export const TEXT_BROADCAST_SERVER_FIELDS: ServerFieldMap<TextBroadcastFormValues> = {
  name: 'name',
  labels: 'labels',
  fromNumber: 'fromNumber',
  message: 'message',
  media: 'mediaIds',
  maxActive: 'maxActive',
  schedules: 'schedules',
  localTimeRestriction: 'restrictionEnd',
  recipients: 'recipients',
};

export const defaultTextFormValues = (): TextBroadcastFormValues => ({
  name: '',
  labels: [],
  fromNumber: '67076',
  message: '',
  bigMessageStrategy: 'SEND_MULTIPLE',
  mediaIds: [],
  maxActive: '50',
  ...defaultTiming(),
  recipients: '',
});

export function textFormValuesOf(broadcast: TextBroadcast): TextBroadcastFormValues {
  const defaults = defaultTextFormValues();
  return {
    ...defaults,
    name: broadcast.name ?? '',
    labels: broadcast.labels ?? [],
    fromNumber: broadcast.fromNumber ?? defaults.fromNumber,
    message: broadcast.message ?? '',
    bigMessageStrategy: broadcast.bigMessageStrategy ?? defaults.bigMessageStrategy,
    mediaIds: (broadcast.media ?? []).flatMap((media) => (media.id === undefined ? [] : [media.id])),
    maxActive: String(broadcast.maxActive ?? defaults.maxActive),
    ...timingValuesOf(broadcast),
  };
}

export function textBroadcastOf(values: TextBroadcastFormValues): TextBroadcast {
  const recipients = parseRecipientLines(values.recipients).recipients;
  return {
    name: values.name.trim(),
    labels: values.labels,
    fromNumber: values.fromNumber,
    message: values.message.trim(),
    bigMessageStrategy: values.bigMessageStrategy,
    media: values.mediaIds.map((id) => ({ id })),
    maxActive: Number(values.maxActive),
    ...timingOf(values),
    recipients: recipients.length ? recipients : undefined,
  };
}
