import { z } from 'zod';
import type { Schema } from '../../api/types';
import { messageProblem, type MessageValue } from '../../components/MessageField';
import { parsePhoneList } from '../../lib/phone';
import { phoneListText } from '../../lib/phoneListProblem';
import type { ServerFieldMap } from '../../lib/serverFieldErrors';

export const MAX_RECIPIENTS = 10;

const message = (required: boolean) =>
  z.custom<MessageValue>().superRefine((value, context) => {
    const problem = messageProblem(value) ?? (required && value.mode === 'none' ? 'Choose what to play' : undefined);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

/** Up to ten numbers called now, each with the same live and machine messages. */
export const sendCallsSchema = z.object({
  numbers: phoneListText().superRefine((text, context) => {
    const count = parsePhoneList(text).numbers.length;
    if (count > MAX_RECIPIENTS)
      context.addIssue({
        code: 'custom',
        message: `At most ${MAX_RECIPIENTS} numbers at once (${count} entered); use a broadcast for more`,
      });
  }),
  fromNumber: z.string(),
  live: message(true),
  machine: message(false),
});

export type SendCallsValues = z.infer<typeof sendCallsSchema>;

function messageFields(live: MessageValue, machine: MessageValue): Partial<Schema<'CallRecipient'>> {
  return {
    ...(live.mode === 'tts' ? { liveMessage: live.text.trim(), voice: live.voice } : {}),
    ...(live.mode === 'sound' ? { liveMessageSoundId: live.soundId } : {}),
    ...(machine.mode === 'tts' ? { machineMessage: machine.text.trim() } : {}),
    ...(machine.mode === 'sound' ? { machineMessageSoundId: machine.soundId } : {}),
  };
}

/** The sendCalls body: one recipient per number, each with the form's caller id and messages. */
export function recipientsOf(values: SendCallsValues): Schema<'CallRecipient'>[] {
  const fields = messageFields(values.live, values.machine);
  return parsePhoneList(values.numbers).numbers.map((phoneNumber) => ({
    phoneNumber,
    ...(values.fromNumber ? { fromNumber: values.fromNumber } : {}),
    ...fields,
  }));
}

/** The recipients' fields, as CallFire names them (`body[2].fromNumber`), on the form's. */
export const SEND_CALLS_SERVER_FIELDS: ServerFieldMap<SendCallsValues> = {
  phoneNumber: 'numbers',
  fromNumber: 'fromNumber',
  liveMessage: 'live',
  liveMessageSoundId: 'live',
  voice: 'live',
  machineMessage: 'machine',
  machineMessageSoundId: 'machine',
};
