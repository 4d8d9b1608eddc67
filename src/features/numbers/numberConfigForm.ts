import { z } from 'zod';
import type { NumberConfig } from '../../api/resources/numbers';
import type { Schema } from '../../api/types';
import { DAYS_OF_WEEK, localTimeOf, timeText } from '../../lib/localTime';
import { parsePhoneList } from '../../lib/phone';
import { phoneListProblem } from '../../lib/phoneListProblem';

export const TRACKING_SOUNDS = {
  introSoundId: 'Greeting, played when the call is answered',
  whisperSoundId: 'Whisper, played to whoever takes a screened call',
  voicemailSoundId: 'Voicemail greeting, played before the beep',
  failedTransferSoundId: 'Played when no transfer number answers',
} as const;
export type TrackingSound = keyof typeof TRACKING_SOUNDS;

const soundId = z.number().int().positive().optional();
const time = z.union([z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM'), z.literal('')]);

export const numberConfigSchema = z
  .object({
    configType: z.enum(['IVR', 'TRACKING']),
    dialplanXml: z.string(),
    transferNumbers: z.string(),
    recorded: z.boolean(),
    screen: z.boolean(),
    voicemail: z.boolean(),
    introSoundId: soundId,
    whisperSoundId: soundId,
    voicemailSoundId: soundId,
    failedTransferSoundId: soundId,
    scheduleEnabled: z.boolean(),
    daysOfWeek: z.array(z.enum(DAYS_OF_WEEK)),
    startTime: time,
    stopTime: time,
    timeZone: z.string(),
    analyticsDomain: z.string().trim().max(255),
    analyticsAccountId: z.union([
      z
        .string()
        .trim()
        .regex(/^UA-\d+-\d+$/, 'Like UA-12345-2'),
      z.literal(''),
    ]),
    analyticsCategory: z.string().trim().max(255),
  })
  .superRefine((value, context) => {
    const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
    if (value.configType === 'IVR') {
      if (!value.dialplanXml.trim()) issue('dialplanXml', 'Write the dialplan the number answers with');
      return;
    }
    const problem = phoneListProblem(parsePhoneList(value.transferNumbers), { required: !value.voicemail });
    if (problem) issue('transferNumbers', value.voicemail ? problem : `${problem}, or turn voicemail on`);
    if (value.scheduleEnabled) {
      if (value.daysOfWeek.length === 0) issue('daysOfWeek', 'Choose at least one day');
      if (!value.startTime) issue('startTime', 'When calls start being transferred');
      if (!value.stopTime) issue('stopTime', 'When calls stop being transferred');
      if (value.startTime && value.stopTime && value.stopTime <= value.startTime)
        issue('stopTime', 'The end time must be after the start time');
      if (!value.timeZone) issue('timeZone', 'Choose a time zone');
    }
  });

export type NumberConfigValues = z.infer<typeof numberConfigSchema>;

/** The form's values for a configuration; a number never configured starts as call tracking. */
export function configFormValues(config: NumberConfig | undefined): NumberConfigValues {
  const tracking = config?.callTrackingConfig ?? {};
  const schedule = tracking.weeklySchedule;
  const analytics = tracking.googleAnalytics ?? {};
  return {
    configType: config?.configType ?? 'TRACKING',
    dialplanXml:
      config?.ivrInboundConfig?.dialplanXml ??
      '<dialplan name="Inbound">\n  <play type="tts" voice="female1">Thanks for calling.</play>\n</dialplan>\n',
    transferNumbers: (tracking.transferNumbers ?? []).join('\n'),
    recorded: tracking.recorded ?? false,
    screen: tracking.screen ?? false,
    voicemail: tracking.voicemail ?? false,
    introSoundId: tracking.introSoundId,
    whisperSoundId: tracking.whisperSoundId,
    voicemailSoundId: tracking.voicemailSoundId,
    failedTransferSoundId: tracking.failedTransferSoundId,
    scheduleEnabled: schedule !== undefined,
    daysOfWeek: (schedule?.daysOfWeek ?? ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY']).filter(
      (day): day is (typeof DAYS_OF_WEEK)[number] => (DAYS_OF_WEEK as readonly string[]).includes(day),
    ),
    startTime: timeText(schedule?.startTimeOfDay) || '09:00',
    stopTime: timeText(schedule?.stopTimeOfDay) || '17:00',
    timeZone: schedule?.timeZone ?? 'America/New_York',
    analyticsDomain: analytics.domain ?? '',
    analyticsAccountId: analytics.googleAccountId ?? '',
    analyticsCategory: analytics.category ?? '',
  };
}

/**
 * The configuration to send: only the part its type names (CallFire keeps one), and the number's
 * text settings as they were.
 */
export function configOf(values: NumberConfigValues, current: NumberConfig | undefined): NumberConfig {
  const base: NumberConfig = { textInboundConfig: current?.textInboundConfig };
  if (values.configType === 'IVR')
    return { ...base, configType: 'IVR', ivrInboundConfig: { dialplanXml: values.dialplanXml } };
  const analytics = {
    domain: values.analyticsDomain || undefined,
    googleAccountId: values.analyticsAccountId || undefined,
    category: values.analyticsCategory || undefined,
  };
  const weeklySchedule: Schema<'WeeklySchedule'> | undefined = values.scheduleEnabled
    ? {
        daysOfWeek: values.daysOfWeek,
        startTimeOfDay: localTimeOf(values.startTime),
        stopTimeOfDay: localTimeOf(values.stopTime),
        timeZone: values.timeZone,
      }
    : undefined;
  return {
    ...base,
    configType: 'TRACKING',
    callTrackingConfig: {
      transferNumbers: parsePhoneList(values.transferNumbers).numbers,
      recorded: values.recorded,
      screen: values.screen,
      voicemail: values.voicemail,
      introSoundId: values.introSoundId,
      whisperSoundId: values.whisperSoundId,
      voicemailSoundId: values.voicemailSoundId,
      failedTransferSoundId: values.failedTransferSoundId,
      weeklySchedule,
      googleAnalytics: Object.values(analytics).some(Boolean) ? analytics : undefined,
    },
  };
}
