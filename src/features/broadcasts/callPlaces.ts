import type { Schema } from '../../api/types';
import { placeOfNumber } from '../../../shared/usAreaCodes';

type Call = Schema<'Call'>;
type CallResult = Schema<'CallResult'>;

/** Calls per US state and result; numbers outside known US area codes count under "other". */
export interface CallPlaces {
  byState: Map<string, Map<CallResult | 'NONE', number>>;
  other: number;
  total: number;
}

export const emptyPlaces = (): CallPlaces => ({ byState: new Map(), other: 0, total: 0 });

export function addCallsToPlaces(places: CallPlaces, calls: Pick<Call, 'toNumber' | 'finalCallResult'>[]) {
  for (const call of calls) {
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

/** Calls of a state that match the result filter (all results when it is empty). */
export function countFor(results: Map<CallResult | 'NONE', number> | undefined, filter: readonly CallResult[]): number {
  if (!results) return 0;
  let count = 0;
  for (const [result, value] of results)
    if (filter.length === 0 || filter.includes(result as CallResult)) count += value;
  return count;
}
