import { z } from 'zod';
import { emptyMessage, messageProblem, type MessageValue } from '../../components/MessageField';
import { parsePhoneList } from '../../lib/phone';
import { phoneListProblem } from '../../lib/phoneListProblem';
import type { ServerFieldMap } from '../../lib/serverFieldErrors';
import type { CallBroadcast } from '../../api/resources/broadcasts';
import { codesOf, MACHINE_DETECTION, RETRY_PHONE_TYPE, type AmdMode, type RetryPhoneType } from '../../lib/vocabulary';
import { defaultTiming, timingIssues, timingOf, timingShape, timingValuesOf } from './timingForm';

export const RETRY_RESULTS = [
  'BUSY',
  'NO_ANS',
  'AM',
  'LA',
  'CARRIER_TEMP_ERROR',
  'CARRIER_ERROR',
  'INTERNAL_ERROR',
] as const;
export const PHONE_TYPES = codesOf(RETRY_PHONE_TYPE) as [RetryPhoneType, ...RetryPhoneType[]];

const message = z.custom<MessageValue>();
export const broadcastFormSchema = z
  .object({
    name: z.string().trim().min(1, 'Give the broadcast a name').max(200),
    labels: z.array(z.string().min(1).max(64)),
    fromNumber: z.string(),
    kind: z.enum(['sounds', 'ivr']),
    live: message,
    machine: message,
    transfer: message,
    dnc: message,
    transferDigit: z.union([z.string().regex(/^[0-9*#]$/, 'One key: 0-9, * or #'), z.literal('')]),
    transferNumber: z.string(),
    dncDigit: z.union([z.string().regex(/^[0-9*#]$/, 'One key: 0-9, * or #'), z.literal('')]),
    answeringMachineConfig: z.enum(codesOf(MACHINE_DETECTION) as [AmdMode, ...AmdMode[]]),
    dialplanXml: z.string(),
    maxActive: z.number().int().min(1, 'At least 1').max(1000, 'At most 1,000'),
    maxAttempts: z.number().int().min(1, 'At least 1').max(10, 'At most 10'),
    minutesBetweenAttempts: z.number().int().min(1, 'At least 1 minute').max(10080),
    retryResults: z.array(z.enum(RETRY_RESULTS)),
    retryPhoneTypes: z.array(z.enum(PHONE_TYPES)),
    ...timingShape,
    recipients: z.string(),
  })
  .superRefine((value, context) => {
    const issue = (path: string, text: string) => context.addIssue({ code: 'custom', path: [path], message: text });
    if (value.kind === 'sounds') {
      for (const key of ['live', 'machine', 'transfer', 'dnc'] as const) {
        const problem = messageProblem(value[key]);
        if (problem) issue(key, problem);
      }
      if (value.live.mode === 'none' && value.machine.mode === 'none')
        issue('live', 'A broadcast needs a live or a machine message');
      if (value.transferDigit && !value.transferNumber.trim())
        issue('transferNumber', 'Enter the number to transfer to');
      if (value.dncDigit && value.dncDigit === value.transferDigit)
        issue('dncDigit', 'Use a different key than for transfers');
    } else if (!value.dialplanXml.trim()) issue('dialplanXml', 'Write the dialplan');
    timingIssues(value, issue);
    const recipientsProblem = phoneListProblem(parsePhoneList(value.recipients), { required: false });
    if (recipientsProblem) issue('recipients', recipientsProblem);
  });

export type BroadcastFormValues = z.infer<typeof broadcastFormSchema>;

export const defaultFormValues = (): BroadcastFormValues => ({
  name: '',
  labels: [],
  fromNumber: '',
  kind: 'sounds',
  live: { ...emptyMessage(), mode: 'tts' },
  machine: emptyMessage(),
  transfer: emptyMessage(),
  dnc: emptyMessage(),
  transferDigit: '',
  transferNumber: '',
  dncDigit: '',
  answeringMachineConfig: 'AM_AND_LIVE',
  dialplanXml: '<dialplan name="Root">\n  <play type="tts" voice="female1">Hello!</play>\n</dialplan>\n',
  maxActive: 50,
  maxAttempts: 1,
  minutesBetweenAttempts: 60,
  retryResults: [],
  retryPhoneTypes: [],
  ...defaultTiming(),
  recipients: '',
});

type Sounds = NonNullable<CallBroadcast['sounds']>;
export type SoundName = 'live' | 'machine' | 'transfer' | 'dnc';

function readMessage(sounds: Sounds, name: SoundName): MessageValue {
  const text = sounds[`${name}SoundText`];
  const soundId = sounds[`${name}SoundId`];
  const voice = sounds[`${name}SoundTextVoice`] ?? 'FEMALE1';
  if (text) return { mode: 'tts', text, voice, soundId: undefined };
  if (soundId !== undefined) return { mode: 'sound', text: '', voice, soundId };
  return emptyMessage();
}

function writeMessage(value: MessageValue, name: SoundName): Partial<Sounds> {
  if (value.mode === 'tts') return { [`${name}SoundText`]: value.text.trim(), [`${name}SoundTextVoice`]: value.voice };
  if (value.mode === 'sound') return { [`${name}SoundId`]: value.soundId };
  return {};
}

/** The form's values for an existing broadcast. */
export function formValuesOf(broadcast: CallBroadcast): BroadcastFormValues {
  const defaults = defaultFormValues();
  const sounds = broadcast.sounds ?? {};
  return {
    ...defaults,
    name: broadcast.name ?? '',
    labels: broadcast.labels ?? [],
    fromNumber: broadcast.fromNumber ?? '',
    kind: broadcast.dialplanXml ? 'ivr' : 'sounds',
    live: readMessage(sounds, 'live'),
    machine: readMessage(sounds, 'machine'),
    transfer: readMessage(sounds, 'transfer'),
    dnc: readMessage(sounds, 'dnc'),
    transferDigit: sounds.transferDigit ?? '',
    transferNumber: sounds.transferNumber ?? '',
    dncDigit: sounds.dncDigit ?? '',
    answeringMachineConfig: broadcast.answeringMachineConfig ?? 'AM_AND_LIVE',
    dialplanXml: broadcast.dialplanXml || defaults.dialplanXml,
    maxActive: broadcast.maxActive ?? defaults.maxActive,
    maxAttempts: broadcast.retryConfig?.maxAttempts ?? 1,
    minutesBetweenAttempts: broadcast.retryConfig?.minutesBetweenAttempts ?? 60,
    retryResults: (broadcast.retryConfig?.retryResults ?? []).filter(
      (result): result is (typeof RETRY_RESULTS)[number] => (RETRY_RESULTS as readonly string[]).includes(result),
    ),
    retryPhoneTypes: broadcast.retryConfig?.retryPhoneTypes ?? [],
    ...timingValuesOf(broadcast),
  };
}

/** The CallBroadcast to send for the form's values; IVR broadcasts send the dialplan instead of sounds. */
export function broadcastOf(values: BroadcastFormValues): CallBroadcast {
  const recipients = parsePhoneList(values.recipients).numbers.map((phoneNumber) => ({ phoneNumber }));
  const sounds: Sounds =
    values.kind === 'sounds'
      ? {
          ...writeMessage(values.live, 'live'),
          ...writeMessage(values.machine, 'machine'),
          ...writeMessage(values.transfer, 'transfer'),
          ...writeMessage(values.dnc, 'dnc'),
          ...(values.transferDigit
            ? { transferDigit: values.transferDigit, transferNumber: values.transferNumber.trim() }
            : {}),
          ...(values.dncDigit ? { dncDigit: values.dncDigit } : {}),
        }
      : {};
  return {
    name: values.name.trim(),
    labels: values.labels,
    fromNumber: values.fromNumber || undefined,
    sounds,
    dialplanXml: values.kind === 'ivr' ? values.dialplanXml : '',
    answeringMachineConfig: values.answeringMachineConfig,
    maxActive: values.maxActive,
    retryConfig: {
      maxAttempts: values.maxAttempts,
      minutesBetweenAttempts: values.minutesBetweenAttempts,
      retryResults: values.retryResults,
      retryPhoneTypes: values.retryPhoneTypes,
    },
    ...timingOf(values),
    recipients: recipients.length ? recipients : undefined,
  };
}

/** Where CallFire's field errors show: the broadcast's request fields, mapped to the form's. */
export const BROADCAST_SERVER_FIELDS: ServerFieldMap<BroadcastFormValues> = {
  name: 'name',
  labels: 'labels',
  fromNumber: 'fromNumber',
  dialplanXml: 'dialplanXml',
  maxActive: 'maxActive',
  schedules: 'schedules',
  recipients: 'recipients',
  'sounds.liveSoundId': 'live',
  'sounds.liveSoundText': 'live',
  'sounds.machineSoundId': 'machine',
  'sounds.machineSoundText': 'machine',
  'sounds.transferSoundId': 'transfer',
  'sounds.transferSoundText': 'transfer',
  'sounds.dncSoundId': 'dnc',
  'sounds.dncSoundText': 'dnc',
  'sounds.transferDigit': 'transferDigit',
  'sounds.transferNumber': 'transferNumber',
  'sounds.dncDigit': 'dncDigit',
  'retryConfig.maxAttempts': 'maxAttempts',
  'retryConfig.minutesBetweenAttempts': 'minutesBetweenAttempts',
  'retryConfig.retryResults': 'retryResults',
  'retryConfig.retryPhoneTypes': 'retryPhoneTypes',
  answeringMachineConfig: 'answeringMachineConfig',
  resumeNextDay: 'resumeNextDay',
};
