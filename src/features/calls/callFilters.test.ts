import { describe, expect, it } from 'vitest';
import { callFiltersOf, filterProblems, FILTER_NAMES, type FilterName } from './callFilters';

const filters = (values: Partial<Record<FilterName, string>>) =>
  ({ ...Object.fromEntries(FILTER_NAMES.map((name) => [name, ''])), ...values }) as Record<FilterName, string>;

describe('call filters', () => {
  it('turns the address filters into findCalls parameters', () => {
    expect(
      callFiltersOf(
        filters({
          states: 'FINISHED,READY,BOGUS',
          results: 'LA',
          inbound: 'false',
          to: '(213) 555-0100',
          broadcast: '0',
        }),
      ),
    ).toEqual({
      states: 'FINISHED,READY',
      results: 'LA',
      inbound: false,
      toNumber: '12135550100',
      campaignId: 0,
      fromNumber: undefined,
      label: undefined,
      batchId: undefined,
      intervalBegin: undefined,
      intervalEnd: undefined,
    });
  });

  it('reports what cannot be sent', () => {
    expect(
      filterProblems(filters({ from: '555', batch: 'x', begin: '2025-02-01T00:00', end: '2025-01-01T00:00' })),
    ).toEqual({
      from: expect.stringContaining('10 digits'),
      batch: 'Enter a number',
      end: 'The end is before the beginning',
    });
  });
});
