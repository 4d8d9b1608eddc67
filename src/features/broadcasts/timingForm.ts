import { z } from 'zod';
import type { Schema } from '../../api/types';
import { localTimeOf, timeText } from '../../lib/localTime';

/**
 * When a broadcast of either kind sends: its schedules, the local time restriction and whether it
 * resumes the next day. The voice and text forms both hold these fields under the same names.
 */
export const DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Use HH:MM');
const optionalTime = z.union([time, z.literal('')]);
const optionalDate = z.union([z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date'), z.literal('')]);

const schedule = z
  .object({
    startDate: optionalDate,
    stopDate: optionalDate,
    startTime: optionalTime,
    stopTime: optionalTime,
    daysOfWeek: z.array(z.enum(DAYS)),
    timeZone: z.string().min(1, 'Choose a time zone'),
  })
  .superRefine((value, context) => {
    if (value.startDate && value.stopDate && value.stopDate < value.startDate)
      context.addIssue({ code: 'custom', path: ['stopDate'], message: 'The schedule ends before it starts' });
    if (value.startTime && value.stopTime && value.stopTime <= value.startTime)
      context.addIssue({ code: 'custom', path: ['stopTime'], message: 'The end time must be after the start time' });
  });

/** The timing fields, to spread into a form's zod object. */
export const timingShape = {
  restrictionEnabled: z.boolean(),
  restrictionBegin: time,
  restrictionEnd: time,
  schedules: z.array(schedule),
  resumeNextDay: z.boolean(),
};

export type TimingValues = z.infer<z.ZodObject<typeof timingShape>>;

/** Problems across timing fields, reported through the form's superRefine. */
export function timingIssues(value: TimingValues, issue: (path: string, message: string) => void) {
  if (value.restrictionEnabled && value.restrictionEnd <= value.restrictionBegin)
    issue('restrictionEnd', 'The end must be after the beginning');
}

export const defaultTiming = (): TimingValues => ({
  restrictionEnabled: false,
  restrictionBegin: '09:00',
  restrictionEnd: '20:00',
  schedules: [],
  resumeNextDay: false,
});

const pad = (value: number) => String(value).padStart(2, '0');
const toDate = (date: Schema<'LocalDate'> | undefined) =>
  date ? `${date.year}-${pad(date.month)}-${pad(date.day)}` : '';
const fromDate = (text: string): Schema<'LocalDate'> | undefined => {
  if (!text) return undefined;
  const [year, month, day] = text.split('-').map(Number);
  return { year, month, day };
};

type Timed = Pick<Schema<'CallBroadcast'>, 'localTimeRestriction' | 'schedules' | 'resumeNextDay'>;

/** The form's timing values for an existing broadcast. */
export function timingValuesOf(broadcast: Timed): TimingValues {
  const defaults = defaultTiming();
  const restriction = broadcast.localTimeRestriction;
  return {
    restrictionEnabled: restriction?.enabled ?? false,
    restrictionBegin: restriction?.enabled
      ? timeText({ hour: restriction.beginHour ?? 0, minute: restriction.beginMinute ?? 0 })
      : defaults.restrictionBegin,
    restrictionEnd: restriction?.enabled
      ? timeText({ hour: restriction.endHour ?? 0, minute: restriction.endMinute ?? 0 })
      : defaults.restrictionEnd,
    schedules: (broadcast.schedules ?? []).map((item) => ({
      startDate: toDate(item.startDate),
      stopDate: toDate(item.stopDate),
      startTime: timeText(item.startTimeOfDay),
      stopTime: timeText(item.stopTimeOfDay),
      daysOfWeek: (item.daysOfWeek ?? []) as TimingValues['schedules'][number]['daysOfWeek'],
      timeZone: item.timeZone ?? 'UTC',
    })),
    resumeNextDay: broadcast.resumeNextDay ?? false,
  };
}

/** The broadcast's timing properties for the form's values. */
export function timingOf(values: TimingValues): Required<Timed> {
  const [beginHour, beginMinute] = values.restrictionBegin.split(':').map(Number);
  const [endHour, endMinute] = values.restrictionEnd.split(':').map(Number);
  return {
    localTimeRestriction: { enabled: values.restrictionEnabled, beginHour, beginMinute, endHour, endMinute },
    schedules: values.schedules.map((item) => ({
      startDate: fromDate(item.startDate),
      stopDate: fromDate(item.stopDate),
      startTimeOfDay: localTimeOf(item.startTime),
      stopTimeOfDay: localTimeOf(item.stopTime),
      daysOfWeek: item.daysOfWeek,
      timeZone: item.timeZone,
    })),
    resumeNextDay: values.resumeNextDay,
  };
}
