import { useQuery } from '@tanstack/react-query';
import { broadcastResource, type BroadcastFilters, type BroadcastKind } from '../../api/resources/broadcasts';
import { archivedBroadcastsQuery } from '../../api/resources/broadcastsArchived';

/** What one page of the list asks first, for its route's loader: the search, or the archived scan. */
export const broadcastPageQuery = (
  kind: BroadcastKind,
  { archived, ...filters }: BroadcastFilters & { archived: boolean },
  offset: number,
  limit: number,
) => (archived ? archivedBroadcastsQuery(kind) : broadcastResource(kind).list(filters, offset, limit));

/**
 * One page of the broadcast list: CallFire's search, or the archived broadcasts (which that search never
 * lists), found through their calls or texts and filtered and paged here by the same name and label.
 */
export function useBroadcastPage(
  kind: BroadcastKind,
  { archived, ...filters }: BroadcastFilters & { archived: boolean },
  offset: number,
  limit: number,
) {
  const live = useQuery({ ...broadcastResource(kind).list(filters, offset, limit), enabled: !archived });
  const found = useQuery({ ...archivedBroadcastsQuery(kind), enabled: archived });
  if (!archived) return { data: live.data, fetching: live.isFetching, complete: true };
  const name = filters.name?.toLowerCase();
  const matching = (found.data?.items ?? []).filter(
    (broadcast) =>
      (!name || (broadcast.name ?? '').toLowerCase().includes(name)) &&
      (!filters.label || (broadcast.labels ?? []).includes(filters.label)),
  );
  return {
    data: found.data && { items: matching.slice(offset, offset + limit), totalCount: matching.length },
    fetching: found.isFetching,
    complete: found.data?.complete ?? true,
  };
}
