import type { components } from '../../shared/schema';

export type Schedule = components['schemas']['Schedule'];
export type LocalTimeRestriction = components['schemas']['LocalTimeRestriction'];
type LocalDate = components['schemas']['LocalDate'];
type LocalTime = components['schemas']['LocalTime'];

export interface WallClock {
  /** yyyymmdd as a number, so dates compare with < and >. */
  date: number;
  /** Minutes since midnight. */
  minutes: number;
  weekday: components['schemas']['DayOfWeek'];
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** The date, time and weekday `now` shows on a wall clock in `timeZone`. */
export function wallClock(now: number, timeZone: string): WallClock {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      weekday: 'long',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return {
    date: Number(parts.year) * 10000 + Number(parts.month) * 100 + Number(parts.day),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    weekday: parts.weekday.toUpperCase() as WallClock['weekday'],
  };
}

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const dateNumber = (date: LocalDate) => date.year * 10000 + date.month * 100 + date.day;
const timeMinutes = (time: LocalTime) => time.hour * 60 + time.minute;

/** True while `now` lies inside the schedule: its dates, its days of the week and its hours of the day. */
export function isScheduleOpen(schedule: Schedule, now: number): boolean {
  const clock = wallClock(now, schedule.timeZone ?? 'UTC');
  if (schedule.startDate && clock.date < dateNumber(schedule.startDate)) return false;
  if (schedule.stopDate && clock.date > dateNumber(schedule.stopDate)) return false;
  if (schedule.daysOfWeek?.length && !schedule.daysOfWeek.includes(clock.weekday)) return false;
  if (schedule.startTimeOfDay && clock.minutes < timeMinutes(schedule.startTimeOfDay)) return false;
  if (schedule.stopTimeOfDay && clock.minutes >= timeMinutes(schedule.stopTimeOfDay)) return false;
  return true;
}

/** A broadcast without schedules may always dial; with schedules, while any of them is open. */
export function areSchedulesOpen(schedules: Schedule[] | undefined, now: number): boolean {
  return !schedules?.length || schedules.some((schedule) => isScheduleOpen(schedule, now));
}

/** True when no later schedule can open again: every one has a stop date that has passed. */
export function haveSchedulesEnded(schedules: Schedule[] | undefined, now: number): boolean {
  return Boolean(
    schedules?.length &&
    schedules.every(
      (schedule) =>
        schedule.stopDate && wallClock(now, schedule.timeZone ?? 'UTC').date > dateNumber(schedule.stopDate),
    ),
  );
}

/** Why a schedule cannot work, in CallFire's manner of naming the field; undefined when it can. */
export function scheduleProblem(schedule: Schedule, field: string, isKnownZone = isTimeZone): string | undefined {
  if (schedule.timeZone !== undefined && !isKnownZone(schedule.timeZone))
    return `${field}.timeZone: "${schedule.timeZone}" is not a known time zone`;
  if (schedule.startDate && schedule.stopDate && dateNumber(schedule.stopDate) < dateNumber(schedule.startDate))
    return `${field}.stopDate must not be before ${field}.startDate`;
  if (
    schedule.startTimeOfDay &&
    schedule.stopTimeOfDay &&
    timeMinutes(schedule.stopTimeOfDay) <= timeMinutes(schedule.startTimeOfDay)
  )
    return `${field}.stopTimeOfDay must be after ${field}.startTimeOfDay`;
  return undefined;
}

export function restrictionProblem(restriction: LocalTimeRestriction, field: string): string | undefined {
  if (!restriction.enabled) return undefined;
  const begin = (restriction.beginHour ?? 0) * 60 + (restriction.beginMinute ?? 0);
  const end = (restriction.endHour ?? 23) * 60 + (restriction.endMinute ?? 59);
  return end <= begin ? `${field}: the end (endHour, endMinute) must be after the beginning` : undefined;
}

/**
 * The time zones, of those given, whose wall clock is inside the restriction's hours now. Without an
 * enabled restriction every zone is open.
 */
export function zonesInsideRestriction(
  restriction: LocalTimeRestriction | undefined,
  zones: readonly string[],
  now: number,
): string[] {
  if (!restriction?.enabled) return [...zones];
  const begin = (restriction.beginHour ?? 0) * 60 + (restriction.beginMinute ?? 0);
  const end = (restriction.endHour ?? 23) * 60 + (restriction.endMinute ?? 59);
  return zones.filter((zone) => {
    const { minutes } = wallClock(now, zone);
    return minutes >= begin && minutes < end;
  });
}
