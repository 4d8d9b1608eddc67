import { callsQuery } from '../../api/resources/calls';
import { actionFilterProblems, actionQueryOf, type ActionFilterValues } from '../../lib/actionFilters';
import { CALL_RESULTS, CALL_STATES } from '../../lib/callOutcomes';

/**
 * The calls page's query for the filters and page in its address (the page and its route's loader ask the
 * same); disabled while a filter makes no sense: the page shows the problem instead of asking CallFire.
 */
export function callSearchQuery({
  filters,
  offset,
  limit,
}: {
  filters: ActionFilterValues;
  offset: number;
  limit: number;
}) {
  return {
    ...callsQuery(actionQueryOf(filters, { states: CALL_STATES, results: CALL_RESULTS }), offset, limit),
    enabled: Object.keys(actionFilterProblems(filters)).length === 0,
  };
}
