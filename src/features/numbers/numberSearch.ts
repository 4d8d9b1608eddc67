import type { NumberLeaseSearch } from '../../api/resources/numbers';

/** The owned-numbers list's filters, as named in the address bar. */
export const NUMBER_FILTERS = ['prefix', 'city', 'state', 'zipcode', 'lata', 'rateCenter', 'label', 'kind'] as const;
export type NumberFilter = (typeof NUMBER_FILTERS)[number];

/** Why a filter's text cannot be searched for, in words for its helper text; undefined when it can. */
export const NUMBER_FILTER_PROBLEMS: Partial<Record<NumberFilter, (value: string) => string | undefined>> = {
  prefix: (value) =>
    value === '' || /^\d{4,7}$/.test(value) ? undefined : '4-7 digits: area code and exchange, with or without the 1',
  state: (value) => (value === '' || /^[A-Za-z]{2}$/.test(value) ? undefined : 'Two letters, such as CA'),
  zipcode: (value) => (value === '' || /^\d{5}$/.test(value) ? undefined : 'Five digits'),
  lata: (value) => (value === '' || /^\d{3}$/.test(value) ? undefined : 'Three digits'),
};

const problemOf = (name: NumberFilter, value: string) => NUMBER_FILTER_PROBLEMS[name]?.(value);

/** The findNumberLeases query for the filters in the address; a filter that is not valid is left out. */
export function searchFromFilters(filters: Record<NumberFilter, string>): NumberLeaseSearch {
  const search: NumberLeaseSearch = {};
  const text = (name: NumberFilter) => {
    const value = filters[name].trim();
    return value && !problemOf(name, value) ? value : undefined;
  };
  search.prefix = text('prefix');
  search.city = text('city');
  search.state = text('state')?.toUpperCase();
  search.zipcode = text('zipcode');
  search.lata = text('lata');
  search.rateCenter = text('rateCenter');
  search.labelName = text('label');
  if (filters.kind === 'local') search.tollFree = false;
  if (filters.kind === 'tollFree') search.tollFree = true;
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as NumberLeaseSearch;
}
