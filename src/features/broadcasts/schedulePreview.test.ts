import { describe, expect, it } from 'vitest';
import type { Schema } from '../../api/types';
import {
  PREVIEW_ZONES,
  formatDuration,
  schedulePreview as previewOf,
  weeklyWindows,
  type SchedulePreviewInput,
} from './schedulePreview';

// A Monday in winter: New York is UTC-5, Los Angeles UTC-8.
const now = Date.UTC(2026, 0, 5, 12);
const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;
const officeHours = (timeZone: string, from: number, to: number) => ({
  startTimeOfDay: { hour: from, minute: 0, second: 0 },
  stopTimeOfDay: { hour: to, minute: 0, second: 0 },
  daysOfWeek: [...weekdays],
  timeZone,
});
type Timing = { schedules: Schema<'Schedule'>[]; restriction?: Schema<'LocalTimeRestriction'> };
/** The preview for the week from `now`. */
const schedulePreview = ({ schedules, restriction, ...input }: SchedulePreviewInput & Timing) =>
  previewOf(input, weeklyWindows(PREVIEW_ZONES, schedules, restriction, now));
const base: SchedulePreviewInput & Timing = {
  schedules: [],
  numbers: ['12125550100', '12125550101', '13125550100', '12135550100', '12005550100'],
  maxActive: 50,
  secondsPerAction: 60,
};
const zone = (preview: ReturnType<typeof schedulePreview>, label: string) =>
  preview.zones.find((item) => item.label === label)!;
const windowsOn = (preview: ReturnType<typeof schedulePreview>, label: string, day: string) =>
  zone(preview, label).days.find((item) => item.day === day)!.windows;

describe('schedulePreview', () => {
  it('counts recipients per zone by area code, and numbers of no known one apart', () => {
    const preview = schedulePreview(base);
    expect(zone(preview, 'Eastern').recipients).toBe(2);
    expect(zone(preview, 'Central').recipients).toBe(1);
    expect(zone(preview, 'Pacific').recipients).toBe(1);
    expect(zone(preview, 'Hawaii').recipients).toBe(0);
    expect(preview.unknownZone).toBe(1);
    expect(preview.warnings).toEqual(['1 number with no known US area code: their time zone cannot be told.']);
  });

  it('without schedules or restriction, every zone is open all day', () => {
    const preview = schedulePreview(base);
    expect(windowsOn(preview, 'Pacific', 'SUNDAY')).toEqual([{ from: 0, to: 1440 }]);
  });

  it("shows a schedule's hours in each zone's local time", () => {
    const preview = schedulePreview({ ...base, schedules: [officeHours('America/New_York', 9, 17)] });
    expect(windowsOn(preview, 'Eastern', 'MONDAY')).toEqual([{ from: 540, to: 1020 }]);
    expect(windowsOn(preview, 'Pacific', 'MONDAY')).toEqual([{ from: 360, to: 840 }]);
    expect(windowsOn(preview, 'Pacific', 'SATURDAY')).toEqual([]);
  });

  it('narrows the windows to the local time restriction', () => {
    const preview = schedulePreview({
      ...base,
      schedules: [officeHours('America/New_York', 9, 17)],
      restriction: { enabled: true, beginHour: 9, beginMinute: 0, endHour: 20, endMinute: 0 },
    });
    expect(windowsOn(preview, 'Pacific', 'FRIDAY')).toEqual([{ from: 540, to: 840 }]);
    expect(windowsOn(preview, 'Eastern', 'FRIDAY')).toEqual([{ from: 540, to: 1020 }]);
  });

  it('warns of recipients in no window and of windows shorter than the run', () => {
    const noWindow = schedulePreview({
      ...base,
      numbers: ['12135550100', '12135550101'],
      schedules: [officeHours('America/New_York', 9, 10)],
      restriction: { enabled: true, beginHour: 12, beginMinute: 0, endHour: 20, endMinute: 0 },
    });
    expect(noWindow.warnings).toContain('2 recipients in Pacific time fall in no window and will not be reached.');

    const tooShort = schedulePreview({
      ...base,
      numbers: Array.from({ length: 100 }, (_, index) => `1212555${String(index).padStart(4, '0')}`),
      maxActive: 1,
      schedules: [officeHours('America/New_York', 9, 10)],
    });
    expect(tooShort.estimatedMinutes).toBe(100);
    expect(tooShort.warnings).toEqual([
      'Eastern time: the longest window (1 h) is shorter than the estimated run (1 h 40 min); what is left waits for the next window.',
    ]);
  });

  it('starts the week at the first schedule start date when every schedule starts later', () => {
    const preview = schedulePreview({
      ...base,
      schedules: [{ ...officeHours('America/New_York', 9, 17), startDate: { year: 2026, month: 3, day: 2 } }],
    });
    expect(windowsOn(preview, 'Eastern', 'MONDAY')).toEqual([{ from: 540, to: 1020 }]);
  });
});

describe('formatDuration', () => {
  it('reads in hours and minutes', () => {
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(125.2)).toBe('2 h 6 min');
  });
});
