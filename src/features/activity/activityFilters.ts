import type { ActivityFilters } from '../../api/resources/activity';

export const ACTIVITY_FILTER_NAMES = ['operator', 'operation', 'from', 'to'] as const;
export type ActivityFilterValues = Record<(typeof ACTIVITY_FILTER_NAMES)[number], string>;

const DAY_MS = 24 * 60 * 60 * 1000;
/** `2026-12-02` as the local midnight that starts it; undefined for anything else. */
const localDay = (text: string) => {
  const [year, month, day] = text.split('-').map(Number);
  const time = /^\d{4}-\d{2}-\d{2}$/.test(text) ? new Date(year!, month! - 1, day!).getTime() : NaN;
  return Number.isNaN(time) ? undefined : time;
};

/** The address's filters as a search: the days are whole local days, the last one included. */
export function activitySearchOf(filters: ActivityFilterValues): ActivityFilters {
  const to = localDay(filters.to);
  return {
    operator: filters.operator.trim() || undefined,
    operation: filters.operation || undefined,
    from: localDay(filters.from),
    to: to === undefined ? undefined : to + DAY_MS - 1,
  };
}

export const activityFilterProblem = (filters: ActivityFilterValues) =>
  filters.from && filters.to && filters.to < filters.from ? 'The last day is before the first' : undefined;
