import type { components } from './schema';

/**
 * When a broadcast's schedules are open, read on the wall clock of a time zone. The sandbox's campaign
 * engine decides by it when to dial; the console's schedule preview draws the same windows.
 */
type Schedule = components['schemas']['Schedule'];
type LocalDate = components['schemas']['LocalDate'];
type LocalTime = components['schemas']['LocalTime'];
type LocalTimeRestriction = components['schemas']['LocalTimeRestriction'];

export interface WallClock {
  /** yyyymmdd as a number, so dates compare with < and >. */
  date: number;
  /** Minutes since midnight. */
  minutes: number;
  weekday: components['schemas']['DayOfWeek'];
}

/** Reads a wall clock: `wallClock`, or a faster reader built on it (the console's preview reads thousands). */
export type ClockReader = (now: number, timeZone: string) => WallClock;

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

export const dateNumber = (date: LocalDate) => date.year * 10000 + date.month * 100 + date.day;
export const timeMinutes = (time: LocalTime) => time.hour * 60 + time.minute;

/** True while `now` lies inside the schedule: its dates, its days of the week and its hours of the day. */
export function isScheduleOpen(schedule: Schedule, now: number, clockOf: ClockReader = wallClock): boolean {
  const clock = clockOf(now, schedule.timeZone ?? 'UTC');
  if (schedule.startDate && clock.date < dateNumber(schedule.startDate)) return false;
  if (schedule.stopDate && clock.date > dateNumber(schedule.stopDate)) return false;
  if (schedule.daysOfWeek?.length && !schedule.daysOfWeek.includes(clock.weekday)) return false;
  if (schedule.startTimeOfDay && clock.minutes < timeMinutes(schedule.startTimeOfDay)) return false;
  if (schedule.stopTimeOfDay && clock.minutes >= timeMinutes(schedule.stopTimeOfDay)) return false;
  return true;
}

/** A broadcast without schedules may always dial; with schedules, while any of them is open. */
export function areSchedulesOpen(
  schedules: Schedule[] | undefined,
  now: number,
  clockOf: ClockReader = wallClock,
): boolean {
  return !schedules?.length || schedules.some((schedule) => isScheduleOpen(schedule, now, clockOf));
}

/** The restriction's hours as minutes since midnight, CallFire's defaults filled in. */
export function restrictionRange(restriction: LocalTimeRestriction): { begin: number; end: number } {
  return {
    begin: (restriction.beginHour ?? 0) * 60 + (restriction.beginMinute ?? 0),
    end: (restriction.endHour ?? 23) * 60 + (restriction.endMinute ?? 59),
  };
}

/** True when a wall-clock time (minutes since midnight) lies inside the local time restriction, or there is none. */
export function isInsideRestriction(restriction: LocalTimeRestriction | undefined, minutes: number): boolean {
  if (!restriction?.enabled) return true;
  const { begin, end } = restrictionRange(restriction);
  return minutes >= begin && minutes < end;
}
