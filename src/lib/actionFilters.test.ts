import { describe, expect, it } from 'vitest';
import { ACTION_FILTER_NAMES, actionFilterProblems, actionQueryOf, type ActionFilterName } from './actionFilters';
import { CALL_RESULTS, CALL_STATES } from './callOutcomes';

const callFiltersOf = (values: Record<ActionFilterName, string>) =>
  actionQueryOf(values, { states: CALL_STATES, results: CALL_RESULTS });

const filters = (values: Partial<Record<ActionFilterName, string>>) =>
  ({ ...Object.fromEntries(ACTION_FILTER_NAMES.map((name) => [name, ''])), ...values }) as Record<
    ActionFilterName,
    string
  >;

describe('call and text filters', () => {
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

  it('reads short codes as numbers (texts come from 67076)', () => {
    expect(callFiltersOf(filters({ from: '67076' })).fromNumber).toBe('67076');
  });

  it('reports what cannot be sent', () => {
    expect(
      actionFilterProblems(filters({ from: '555', batch: 'x', begin: '2025-02-01T00:00', end: '2025-01-01T00:00' })),
    ).toEqual({
      from: expect.stringContaining('10 digits'),
      batch: 'Enter a number',
      end: 'The end is before the beginning',
    });
  });
});
