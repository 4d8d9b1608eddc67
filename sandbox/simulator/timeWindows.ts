import type { components } from '../../shared/schema';
import {
  dateNumber,
  isInsideRestriction,
  restrictionRange,
  timeMinutes,
  wallClock,
} from '../../shared/scheduleWindows';

export { areSchedulesOpen, isScheduleOpen, wallClock, type WallClock } from '../../shared/scheduleWindows';

export type Schedule = components['schemas']['Schedule'];
export type LocalTimeRestriction = components['schemas']['LocalTimeRestriction'];

export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
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
  const { begin, end } = restrictionRange(restriction);
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
  return zones.filter((zone) => isInsideRestriction(restriction, wallClock(now, zone).minutes));
}
