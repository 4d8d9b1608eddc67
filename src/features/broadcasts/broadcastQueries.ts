import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schema } from '../../api/types';
import { countPendingDoNotCall } from './pendingDoNotCall';

export type CallBroadcast = Schema<'CallBroadcast'>;
export type CallBroadcastStats = Schema<'CallBroadcastStats'>;
export type Batch = Schema<'Batch'>;

export interface BroadcastFilters {
  name?: string;
  label?: string;
  running?: boolean;
}

/** Query keys of the broadcasts area, from the most general to the most specific. */
export const broadcastKeys = {
  all: ['broadcasts'] as const,
  lists: () => [...broadcastKeys.all, 'list'] as const,
  list: (filters: BroadcastFilters, offset: number, limit: number) =>
    [...broadcastKeys.lists(), filters, offset, limit] as const,
  detail: (id: number) => [...broadcastKeys.all, 'detail', id] as const,
  stats: (id: number) => [...broadcastKeys.detail(id), 'stats'] as const,
  batches: (id: number) => [...broadcastKeys.detail(id), 'batches'] as const,
  batch: (batchId: number) => [...broadcastKeys.all, 'batch', batchId] as const,
  calls: (id: number) => [...broadcastKeys.detail(id), 'calls'] as const,
  callPage: (id: number, batchId: number | undefined, offset: number, limit: number) =>
    [...broadcastKeys.calls(id), batchId, offset, limit] as const,
  places: (id: number) => [...broadcastKeys.calls(id), 'places'] as const,
  pendingDoNotCall: (id: number) => [...broadcastKeys.detail(id), 'pending-dnc'] as const,
  planUsage: () => [...broadcastKeys.all, 'plan-usage'] as const,
};

/** While a broadcast runs its numbers change every moment; the pages poll at this pace. */
export const LIVE_REFRESH_MS = 1500;
export const isLive = (status: CallBroadcast['status']) => status === 'RUNNING' || status === 'SCHEDULED';

export const broadcastsQuery = (filters: BroadcastFilters, offset: number, limit: number) =>
  queryOptions({
    queryKey: broadcastKeys.list(filters, offset, limit),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/calls/broadcasts', { params: { query: { ...filters, offset, limit } }, signal })),
    placeholderData: keepPreviousData,
  });

export const broadcastQuery = (id: number) =>
  queryOptions({
    queryKey: broadcastKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/calls/broadcasts/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (isLive(query.state.data?.status) ? LIVE_REFRESH_MS : false),
  });

export const statsQuery = (id: number, live: boolean) =>
  queryOptions({
    queryKey: broadcastKeys.stats(id),
    queryFn: ({ signal }) => unwrap(api.GET('/calls/broadcasts/{id}/stats', { params: { path: { id } }, signal })),
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

/** Read fresh at each pre-flight: the do-not-call list may have changed since the recipients were added. */
export const pendingDoNotCallQuery = (id: number) =>
  queryOptions({
    queryKey: broadcastKeys.pendingDoNotCall(id),
    queryFn: ({ signal }) => countPendingDoNotCall(id, { signal }),
    staleTime: 0,
  });

export const batchesQuery = (id: number, live: boolean) =>
  queryOptions({
    queryKey: broadcastKeys.batches(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/calls/broadcasts/{id}/batches', { params: { path: { id }, query: { limit: 1000 } }, signal })),
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

export const batchQuery = (batchId: number) =>
  queryOptions({
    queryKey: broadcastKeys.batch(batchId),
    queryFn: ({ signal }) => unwrap(api.GET('/campaigns/batches/{id}', { params: { path: { id: batchId } }, signal })),
  });

export const broadcastCallsQuery = (
  id: number,
  batchId: number | undefined,
  offset: number,
  limit: number,
  live: boolean,
) =>
  queryOptions({
    queryKey: broadcastKeys.callPage(id, batchId, offset, limit),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/calls/broadcasts/{id}/calls', {
          params: { path: { id }, query: { batchId, offset, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

export const planUsageQuery = () =>
  queryOptions({
    queryKey: broadcastKeys.planUsage(),
    queryFn: ({ signal }) => unwrap(api.GET('/me/billing/plan-usage', { signal })),
    staleTime: 0,
  });

/** Contact lists a batch can come from (the first 200 by name). */
export const contactListsQuery = () =>
  queryOptions({
    queryKey: [...broadcastKeys.all, 'contact-lists'] as const,
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/contacts/lists', { params: { query: { limit: 200 } }, signal }))).items ?? [],
  });
