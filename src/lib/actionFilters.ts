import { normalizePhone } from './phone';

/**
 * The filters of a calls or texts search as they live in the address bar, and their translation to
 * CallFire's findCalls/findTexts parameters (which want states and results comma-separated).
 */
export const ACTION_FILTER_NAMES = [
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
export type ActionFilterName = (typeof ACTION_FILTER_NAMES)[number];
export type ActionFilterValues = Record<ActionFilterName, string>;

const list = (text: string, allowed: readonly string[]) => text.split(',').filter((value) => allowed.includes(value));
const id = (text: string) => (/^\d+$/.test(text) ? Number(text) : undefined);
const time = (text: string) => (text ? new Date(text).getTime() : undefined);
// Texts come from and go to short codes (67076) as well as phone numbers.
const parseNumber = (text: string) => normalizePhone(text, { allowShortCode: true });
const number = (text: string) => {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.number : undefined;
};

/** Problems with what was typed, by filter, so the page can say so beside the field instead of sending it. */
export function actionFilterProblems(filters: ActionFilterValues): Partial<Record<ActionFilterName, string>> {
  const problems: Partial<Record<ActionFilterName, string>> = {};
  for (const name of ['from', 'to'] as const) {
    const parsed = filters[name] ? parseNumber(filters[name]) : undefined;
    if (parsed && !parsed.ok) problems[name] = parsed.reason;
  }
  for (const name of ['broadcast', 'batch'] as const)
    if (filters[name] && id(filters[name]) === undefined) problems[name] = 'Enter a number';
  if (filters.begin && filters.end && filters.end < filters.begin) problems.end = 'The end is before the beginning';
  return problems;
}

/** The find query for the filters in the address; unknown states and results are left out. */
export function actionQueryOf(
  filters: ActionFilterValues,
  allowed: { states: readonly string[]; results: readonly string[] },
) {
  const states = list(filters.states, allowed.states);
  const results = list(filters.results, allowed.results);
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
