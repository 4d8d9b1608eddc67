import { CALL_RESULTS, CALL_STATES } from '../../lib/callOutcomes';
import { normalizePhone } from '../../lib/phone';
import type { CallFilters } from '../../api/resources/calls';

export const FILTER_NAMES = [
  'states',
  'results',
  'inbound',
  'from',
  'to',
  'label',
  'broadcast',
  'batch',
  'begin',
  'end',
] as const;
export type FilterName = (typeof FILTER_NAMES)[number];

const list = (text: string, allowed: readonly string[]) => text.split(',').filter((value) => allowed.includes(value));
const id = (text: string) => (/^\d+$/.test(text) ? Number(text) : undefined);
const time = (text: string) => (text ? new Date(text).getTime() : undefined);
const number = (text: string) => {
  const parsed = normalizePhone(text);
  return parsed.ok ? parsed.number : undefined;
};

/** Problems with what was typed, by filter, so the page can say so beside the field instead of sending it. */
export function filterProblems(filters: Record<FilterName, string>): Partial<Record<FilterName, string>> {
  const problems: Partial<Record<FilterName, string>> = {};
  for (const name of ['from', 'to'] as const) {
    const parsed = filters[name] ? normalizePhone(filters[name]) : undefined;
    if (parsed && !parsed.ok) problems[name] = parsed.reason;
  }
  for (const name of ['broadcast', 'batch'] as const)
    if (filters[name] && id(filters[name]) === undefined) problems[name] = 'Enter a number';
  if (filters.begin && filters.end && filters.end < filters.begin) problems.end = 'The end is before the beginning';
  return problems;
}

/** The findCalls query for the filters in the address (CallFire wants states and results comma-separated). */
export function callFiltersOf(filters: Record<FilterName, string>): CallFilters {
  const states = list(filters.states, CALL_STATES);
  const results = list(filters.results, CALL_RESULTS);
  return {
    states: states.length ? states.join(',') : undefined,
    results: results.length ? results.join(',') : undefined,
    inbound: filters.inbound === '' ? undefined : filters.inbound === 'true',
    fromNumber: number(filters.from),
    toNumber: number(filters.to),
    label: filters.label || undefined,
    campaignId: id(filters.broadcast),
    batchId: id(filters.batch),
    intervalBegin: time(filters.begin),
    intervalEnd: time(filters.end),
  };
}
