import { describe, expect, it } from 'vitest';
import {
  areSchedulesOpen,
  haveSchedulesEnded,
  isScheduleOpen,
  scheduleProblem,
  wallClock,
  zonesInsideRestriction,
} from './timeWindows';

// Wednesday 15 January 2025, 18:30 UTC = 10:30 in Los Angeles, 13:30 in New York.
const now = Date.UTC(2025, 0, 15, 18, 30);

describe('time windows', () => {
  it('reads the wall clock of a zone', () => {
    expect(wallClock(now, 'America/Los_Angeles')).toEqual({
      date: 20250115,
      minutes: 10 * 60 + 30,
      weekday: 'WEDNESDAY',
    });
  });

  it('opens a schedule only on its dates, days and hours, in its own zone', () => {
    const weekdaysNineToFive = {
      startDate: { year: 2025, month: 1, day: 1 },
      stopDate: { year: 2025, month: 1, day: 31 },
      startTimeOfDay: { hour: 9, minute: 0 },
      stopTimeOfDay: { hour: 17, minute: 0 },
      daysOfWeek: ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const,
      timeZone: 'America/Los_Angeles',
    };
    expect(isScheduleOpen({ ...weekdaysNineToFive, daysOfWeek: [...weekdaysNineToFive.daysOfWeek] }, now)).toBe(true);
    expect(isScheduleOpen({ ...weekdaysNineToFive, daysOfWeek: ['SATURDAY'] }, now)).toBe(false);
    expect(
      isScheduleOpen({ ...weekdaysNineToFive, daysOfWeek: [], startTimeOfDay: { hour: 11, minute: 0 } }, now),
    ).toBe(false);
    expect(isScheduleOpen({ ...weekdaysNineToFive, daysOfWeek: [], timeZone: 'Asia/Tokyo' }, now)).toBe(false);
    expect(areSchedulesOpen([], now)).toBe(true);
  });

  it('knows when every schedule is over', () => {
    expect(haveSchedulesEnded([{ stopDate: { year: 2025, month: 1, day: 14 } }], now)).toBe(true);
    expect(haveSchedulesEnded([{ stopDate: { year: 2025, month: 1, day: 15 } }], now)).toBe(false);
    expect(haveSchedulesEnded(undefined, now)).toBe(false);
  });

  it('names what is wrong with a schedule', () => {
    expect(
      scheduleProblem(
        { startDate: { year: 2025, month: 2, day: 1 }, stopDate: { year: 2025, month: 1, day: 1 } },
        'schedules[0]',
      ),
    ).toBe('schedules[0].stopDate must not be before schedules[0].startDate');
    expect(
      scheduleProblem({ startTimeOfDay: { hour: 9, minute: 0 }, stopTimeOfDay: { hour: 8, minute: 0 } }, 's'),
    ).toMatch(/stopTimeOfDay must be after/);
    expect(scheduleProblem({ timeZone: 'Mars/Olympus' }, 's')).toMatch(/not a known time zone/);
  });

  it('keeps the zones whose local time is inside the restriction', () => {
    const nineToNoon = { enabled: true, beginHour: 9, beginMinute: 0, endHour: 12, endMinute: 0 };
    expect(zonesInsideRestriction(nineToNoon, ['America/Los_Angeles', 'America/New_York'], now)).toEqual([
      'America/Los_Angeles',
    ]);
    expect(zonesInsideRestriction({ ...nineToNoon, enabled: false }, ['America/New_York'], now)).toEqual([
      'America/New_York',
    ]);
  });
});
