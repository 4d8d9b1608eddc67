/** Interval presets of the billing page; `custom` takes the dates from the address. */
export const intervalPresets = {
  'this-month': 'This month',
  'last-month': 'Last month',
  '3-months': 'Last 3 months',
  '12-months': 'Last 12 months',
  custom: 'Custom dates',
} as const;

export type IntervalPreset = keyof typeof intervalPresets;

export const isIntervalPreset = (value: string | null): value is IntervalPreset =>
  value !== null && value in intervalPresets;

export interface Interval {
  begin: number;
  end: number;
}

const monthStart = (year: number, month: number) => new Date(year, month, 1).getTime();

/** The interval a preset stands for, in local time, ending no later than now. */
export function presetInterval(preset: Exclude<IntervalPreset, 'custom'>, now: number): Interval {
  const today = new Date(now);
  const [year, month] = [today.getFullYear(), today.getMonth()];
  switch (preset) {
    case 'this-month':
      return { begin: monthStart(year, month), end: now };
    case 'last-month':
      return { begin: monthStart(year, month - 1), end: monthStart(year, month) - 1 };
    case '3-months':
      return { begin: monthStart(year, month - 2), end: now };
    case '12-months':
      return { begin: monthStart(year, month - 11), end: now };
  }
}

/** `yyyy-mm-dd` dates from a form, as an interval from the first day's start to the last day's end. */
export function customInterval(from: string, to: string): Interval | undefined {
  const begin = new Date(`${from}T00:00:00`).getTime();
  const end = new Date(`${to}T23:59:59.999`).getTime();
  return Number.isFinite(begin) && Number.isFinite(end) && begin <= end ? { begin, end } : undefined;
}

export const MAX_CHART_MONTHS = 24;

/** The interval cut at month boundaries (local time), for a chart by month; the last 24 months at most. */
export function monthsOf({ begin, end }: Interval): { label: string; begin: number; end: number }[] {
  const months = [];
  const cursor = new Date(begin);
  let start = begin;
  while (start <= end) {
    const next = monthStart(cursor.getFullYear(), cursor.getMonth() + 1);
    months.push({
      label: cursor.toLocaleDateString(undefined, { month: 'short', year: 'numeric' }),
      begin: start,
      end: Math.min(next - 1, end),
    });
    start = next;
    cursor.setTime(next);
  }
  return months.slice(-MAX_CHART_MONTHS);
}
