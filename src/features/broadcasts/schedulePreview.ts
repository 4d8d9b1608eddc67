import type { Schema } from '../../api/types';
import { DAYS_OF_WEEK } from '../../lib/localTime';
import {
  areSchedulesOpen,
  isInsideRestriction,
  wallClock,
  type ClockReader,
  type WallClock,
} from '../../../shared/scheduleWindows';
import { US_TIME_ZONES, placeOfNumber } from '../../../shared/usAreaCodes';

type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

/** The zones every preview shows, in the order of the map, west last; other zones appear when recipients are in them. */
const ZONE_LABELS: Record<string, string> = {
  'America/New_York': 'Eastern',
  'America/Detroit': 'Eastern (Michigan)',
  'America/Indiana/Indianapolis': 'Eastern (Indiana)',
  'America/Chicago': 'Central',
  'America/Denver': 'Mountain',
  'America/Boise': 'Mountain (Idaho)',
  'America/Phoenix': 'Arizona',
  'America/Los_Angeles': 'Pacific',
  'America/Anchorage': 'Alaska',
  'Pacific/Honolulu': 'Hawaii',
};
/** The zones of most US numbers: always shown in the preview, and offered first for a schedule. */
export const MAIN_US_ZONES = [
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Anchorage',
  'Pacific/Honolulu',
];

/** Every zone a US area code can be in, the usual ones first. */
export const PREVIEW_ZONES = [...MAIN_US_ZONES, ...US_TIME_ZONES.filter((zone) => !MAIN_US_ZONES.includes(zone))];

/** The preview's resolution: windows start and end on these steps of the wall clock. */
const STEP_MINUTES = 5;
const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

export interface Window {
  /** Minutes since local midnight. */
  from: number;
  to: number;
}

export interface ZonePreview {
  timeZone: string;
  label: string;
  recipients: number;
  /** The local windows of each day, Monday first. */
  days: { day: DayOfWeek; windows: Window[] }[];
  /** The longest single window of the week, in minutes. */
  longestWindow: number;
}

export interface SchedulePreviewInput {
  numbers: readonly string[];
  /** Calls (or texts) under way at once. */
  maxActive: number;
  /** How long one call (or text) takes on average, in seconds. */
  secondsPerAction: number;
}

export interface SchedulePreview {
  zones: ZonePreview[];
  /** Numbers whose area code is not a known US one. */
  unknownZone: number;
  /** recipients ÷ max concurrent × average length, in minutes. */
  estimatedMinutes: number;
  warnings: string[];
}

/** Where the previewed week starts: now, or the first schedule's start date when every schedule starts later. */
function previewStart(schedules: Schema<'Schedule'>[], now: number): number {
  const starts = schedules.map((schedule) =>
    schedule.startDate
      ? Date.UTC(schedule.startDate.year, schedule.startDate.month - 1, schedule.startDate.day) - DAY_MINUTES * MINUTE
      : now,
  );
  const start = starts.length ? Math.max(now, Math.min(...starts)) : now;
  return Math.floor(start / (STEP_MINUTES * MINUTE)) * STEP_MINUTES * MINUTE;
}

const HOUR = 60 * MINUTE;

/**
 * A wall-clock reader that asks Intl once per zone and hour: US zones (and UTC) are whole hours off UTC
 * and change offset on the hour, so the minutes within an hour follow from its start.
 */
function hourlyClock(): ClockReader {
  const hours = new Map<string, WallClock>();
  return (time, timeZone) => {
    const hourStart = Math.floor(time / HOUR) * HOUR;
    const key = `${timeZone} ${hourStart}`;
    let clock = hours.get(key);
    if (!clock) hours.set(key, (clock = wallClock(hourStart, timeZone)));
    return { ...clock, minutes: clock.minutes + (time - hourStart) / MINUTE };
  };
}

/** Open steps joined into windows. */
function windowsOf(open: boolean[]): Window[] {
  const windows: Window[] = [];
  open.forEach((isOpen, step) => {
    if (!isOpen) return;
    const from = step * STEP_MINUTES;
    const last = windows.at(-1);
    if (last && last.to === from) last.to = from + STEP_MINUTES;
    else windows.push({ from, to: from + STEP_MINUTES });
  });
  return windows;
}

/**
 * The local windows of each weekday in each zone: a week (and a day, so every weekday is seen whole)
 * walked in steps from the start, a step open when a schedule is open (in the schedule's own zone) and
 * the zone's wall clock is inside the local time restriction, as the campaign engine decides.
 */
export function weeklyWindows(
  zones: readonly string[],
  schedules: Schema<'Schedule'>[],
  restriction: Schema<'LocalTimeRestriction'> | undefined,
  now: number,
): Map<string, Window[][]> {
  const steps = DAY_MINUTES / STEP_MINUTES;
  const open = new Map(zones.map((zone) => [zone, DAYS_OF_WEEK.map(() => new Array<boolean>(steps).fill(false))]));
  const start = previewStart(schedules, now);
  const clockOf = hourlyClock();
  for (let time = start; time < start + 8 * DAY_MINUTES * MINUTE; time += STEP_MINUTES * MINUTE) {
    if (!areSchedulesOpen(schedules, time, clockOf)) continue;
    for (const zone of zones) {
      const clock = clockOf(time, zone);
      if (isInsideRestriction(restriction, clock.minutes))
        open.get(zone)![DAYS_OF_WEEK.indexOf(clock.weekday)][Math.floor(clock.minutes / STEP_MINUTES)] = true;
    }
  }
  return new Map([...open].map(([zone, days]) => [zone, days.map(windowsOf)]));
}

/** "2 h 5 min", "45 min". */
export function formatDuration(minutes: number): string {
  const rounded = Math.ceil(minutes);
  const hours = Math.floor(rounded / 60);
  const rest = rounded % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}

const plural = (count: number, word: string) => `${count.toLocaleString()} ${word}${count === 1 ? '' : 's'}`;

/**
 * A week of when each US time zone is called or texted, the recipients in each zone (by area code), and
 * warnings: recipients who fall in no window, and zones whose longest window is shorter than the run.
 */
export function schedulePreview(
  input: SchedulePreviewInput,
  /** `weeklyWindows` of `PREVIEW_ZONES`: computed apart, since it changes with the schedules only. */
  windows: Map<string, Window[][]>,
): SchedulePreview {
  const counts = new Map<string, number>();
  let unknownZone = 0;
  for (const number of input.numbers) {
    const zone = placeOfNumber(number)?.timeZone;
    if (zone) counts.set(zone, (counts.get(zone) ?? 0) + 1);
    else unknownZone += 1;
  }
  const zones = [...MAIN_US_ZONES, ...[...counts.keys()].filter((zone) => !MAIN_US_ZONES.includes(zone))];
  const estimatedMinutes =
    (Math.ceil(input.numbers.length / Math.max(1, input.maxActive)) * input.secondsPerAction) / 60;

  const warnings: string[] = [];
  const previews = zones.map((timeZone): ZonePreview => {
    const days = windows.get(timeZone)!;
    const longestWindow = Math.max(0, ...days.flat().map((window) => window.to - window.from));
    const recipients = counts.get(timeZone) ?? 0;
    const label = ZONE_LABELS[timeZone] ?? timeZone;
    if (recipients && !longestWindow)
      warnings.push(`${plural(recipients, 'recipient')} in ${label} time fall in no window and will not be reached.`);
    else if (recipients && longestWindow < estimatedMinutes)
      warnings.push(
        `${label} time: the longest window (${formatDuration(longestWindow)}) is shorter than the estimated run ` +
          `(${formatDuration(estimatedMinutes)}); what is left waits for the next window.`,
      );
    return {
      timeZone,
      label,
      recipients,
      days: DAYS_OF_WEEK.map((day, index) => ({ day, windows: days[index] })),
      longestWindow,
    };
  });
  if (unknownZone)
    warnings.push(`${plural(unknownZone, 'number')} with no known US area code: their time zone cannot be told.`);
  return { zones: previews, unknownZone, estimatedMinutes, warnings };
}
