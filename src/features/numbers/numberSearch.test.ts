import { describe, expect, it } from 'vitest';
import { NUMBER_FILTER_PROBLEMS, NUMBER_FILTERS, searchFromFilters, type NumberFilter } from './numberSearch';

const filters = (values: Partial<Record<NumberFilter, string>>) =>
  Object.fromEntries(NUMBER_FILTERS.map((name) => [name, values[name] ?? ''])) as Record<NumberFilter, string>;

describe('the owned-numbers search', () => {
  it('sends every valid filter, with the state in capitals and the kind as tollFree', () => {
    expect(
      searchFromFilters(
        filters({ prefix: '1310', city: 'Santa Monica', state: 'ca', zipcode: '90401', label: 'ads', kind: 'local' }),
      ),
    ).toEqual({
      prefix: '1310',
      city: 'Santa Monica',
      state: 'CA',
      zipcode: '90401',
      labelName: 'ads',
      tollFree: false,
    });
    expect(searchFromFilters(filters({ kind: 'tollFree', lata: '730', rateCenter: 'SNMN' }))).toEqual({
      tollFree: true,
      lata: '730',
      rateCenter: 'SNMN',
    });
  });

  it('leaves out what CallFire would refuse, and says why', () => {
    expect(searchFromFilters(filters({ prefix: '131', zipcode: '9040', state: 'Cal', lata: '73' }))).toEqual({});
    expect(NUMBER_FILTER_PROBLEMS.prefix!('131')).toMatch(/4-7 digits/);
    expect(NUMBER_FILTER_PROBLEMS.prefix!('13102301')).toMatch(/4-7 digits/);
    expect(NUMBER_FILTER_PROBLEMS.prefix!('1310230')).toBeUndefined();
  });
});
