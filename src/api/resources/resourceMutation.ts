import { mutationOptions, type InvalidateQueryFilters, type QueryKey } from '@tanstack/react-query';

/**
 * What a mutation changes on the server, as cached queries to refresh: a query key (every query
 * under it is refetched), or filters when an effect needs more care (for example marking a deleted
 * entry stale without refetching it).
 */
export type MutationEffect = QueryKey | InvalidateQueryFilters;

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /** The queries this mutation changes, its own resource's and other resources' alike. */
      changes?: readonly MutationEffect[];
      /** Set false where a form shows the error itself (beside a field); else the snackbar shows it. */
      notifyOnError?: boolean;
    };
  }
}

/**
 * A resource's mutation: what it sends and what it changes. The query client refreshes every
 * declared effect once the mutation settles, failed or not, so a partly applied multi-request
 * mutation (a bulk delete stopped halfway) still shows the truth.
 */
export function resourceMutation<Result, Variables = void>(definition: {
  mutationFn: (variables: Variables) => Promise<Result>;
  changes: readonly MutationEffect[];
}) {
  return mutationOptions<Result, Error, Variables>({
    mutationFn: definition.mutationFn,
    meta: { changes: definition.changes },
  });
}

/** The invalidation filters of one declared effect. */
export const effectFilters = (effect: MutationEffect): InvalidateQueryFilters =>
  Array.isArray(effect) ? { queryKey: effect } : (effect as InvalidateQueryFilters);
