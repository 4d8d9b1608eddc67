import type { Schema } from '../../api/types';
import { placeOfNumber } from '../../../shared/usAreaCodes';

type Call = Schema<'Call'>;
type CallResult = Schema<'CallResult'>;

/**
 * Dialled calls per US state and result; numbers outside known US area codes count under "other".
 * Recipients never dialled (not reached yet, on the do-not-call list, stopped before their turn) are
 * left out: the map shows where calls went, not where they might go.
 */
export interface CallPlaces {
  byState: Map<string, Map<CallResult | 'NONE', number>>;
  other: number;
  total: number;
}

export const emptyPlaces = (): CallPlaces => ({ byState: new Map(), other: 0, total: 0 });

export function addCallsToPlaces(places: CallPlaces, calls: Pick<Call, 'toNumber' | 'finalCallResult' | 'records'>[]) {
  for (const call of calls) {
    if (!call.records?.length) continue;
    places.total += 1;
    const place = call.toNumber ? placeOfNumber(call.toNumber) : undefined;
    if (!place) {
      places.other += 1;
      continue;
    }
    const results = places.byState.get(place.state) ?? new Map();
    const result = call.finalCallResult ?? 'NONE';
    results.set(result, (results.get(result) ?? 0) + 1);
    places.byState.set(place.state, results);
  }
  return places;
}

/** The results a dialled call can end with, in the order the map's filter offers them. */
export const DIALLED_RESULTS: readonly CallResult[] = [
  'LA',
  'AM',
  'XFER',
  'BUSY',
  'NO_ANS',
  'INTERNAL_ERROR',
  'CARRIER_ERROR',
  'CARRIER_TEMP_ERROR',
];

/** Calls of a state that match the result filter (all results when it is empty). */
export function countFor(results: Map<CallResult | 'NONE', number> | undefined, filter: readonly CallResult[]): number {
  if (!results) return 0;
  let count = 0;
  for (const [result, value] of results)
    if (filter.length === 0 || filter.includes(result as CallResult)) count += value;
  return count;
}
