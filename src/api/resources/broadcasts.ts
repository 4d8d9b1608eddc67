import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { operations } from '../../../shared/schema';
import type { Schema } from '../types';
import { accountKeys } from './account';
import { callKeys } from './calls';
import { countPendingDoNotCall } from './pendingDoNotCall';
import { resourceMutation } from './resourceMutation';
import { soundKeys } from './sounds';

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
  running: () => [...broadcastKeys.all, 'running'] as const,
  pendingDoNotCall: (id: number) => [...broadcastKeys.detail(id), 'pending-dnc'] as const,
};

/** While a broadcast runs its numbers change every moment; the pages poll at this pace. */
export const LIVE_REFRESH_MS = 1500;
export const isLive = (status: string | undefined) => status === 'RUNNING' || status === 'SCHEDULED';

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

type BroadcastCallsQuery = NonNullable<operations['getCallBroadcastCalls']['parameters']['query']>;

/** One page of a broadcast's calls; the call map reads them all with it. */
export const fetchBroadcastCallsPage = (id: number, query: BroadcastCallsQuery, signal?: AbortSignal) =>
  unwrap(api.GET('/calls/broadcasts/{id}/calls', { params: { path: { id }, query }, signal }));

export const broadcastCallsQuery = (
  id: number,
  batchId: number | undefined,
  offset: number,
  limit: number,
  live: boolean,
) =>
  queryOptions({
    queryKey: broadcastKeys.callPage(id, batchId, offset, limit),
    queryFn: ({ signal }) => fetchBroadcastCallsPage(id, { batchId, offset, limit }, signal),
    placeholderData: keepPreviousData,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

/** How many broadcasts are running now; pages whose numbers a run changes (billing) poll while any is. */
export const runningBroadcastCountQuery = () =>
  queryOptions({
    queryKey: broadcastKeys.running(),
    queryFn: async ({ signal }) =>
      (
        await unwrap(
          api.GET('/calls/broadcasts', {
            params: { query: { running: true, limit: 1, fields: 'totalCount' } },
            signal,
          }),
        )
      ).totalCount ?? 0,
    refetchInterval: (query) => (query.state.data ? LIVE_REFRESH_MS : 10_000),
  });

// A broadcast's TTS messages become library sounds when it is saved; running it places calls and
// bills credits; batches and recipients change what it will call.
const SAVE_EFFECTS = [broadcastKeys.all, soundKeys.all];
const RUN_EFFECTS = [broadcastKeys.all, callKeys.all, accountKeys.all];

type Command = 'start' | 'stop' | 'archive';

export const broadcastMutations = {
  /** Saves a new broadcast, optionally starting it at once. */
  create: () =>
    resourceMutation({
      mutationFn: ({ broadcast, start }: { broadcast: CallBroadcast; start: boolean }) =>
        unwrap(api.POST('/calls/broadcasts', { body: broadcast, params: { query: { start } } })),
      changes: [...SAVE_EFFECTS, ...RUN_EFFECTS],
    }),
  update: (id: number) =>
    resourceMutation({
      mutationFn: (broadcast: CallBroadcast) =>
        unwrap(api.PUT('/calls/broadcasts/{id}', { params: { path: { id } }, body: broadcast })),
      changes: SAVE_EFFECTS,
    }),
  /** Start, stop or archive. */
  command: (id: number) =>
    resourceMutation({
      mutationFn: (command: Command) => {
        const options = { params: { path: { id } } };
        if (command === 'start') return unwrap(api.POST('/calls/broadcasts/{id}/start', options));
        if (command === 'stop') return unwrap(api.POST('/calls/broadcasts/{id}/stop', options));
        return unwrap(api.POST('/calls/broadcasts/{id}/archive', options));
      },
      changes: RUN_EFFECTS,
    }),
  addBatch: (id: number) =>
    resourceMutation({
      mutationFn: (batch: Schema<'BatchRequest'>) =>
        unwrap(api.POST('/calls/broadcasts/{id}/batches', { params: { path: { id } }, body: batch })),
      changes: [broadcastKeys.detail(id)],
    }),
  addRecipients: (id: number) =>
    resourceMutation({
      mutationFn: (recipients: Schema<'Recipient'>[]) =>
        unwrap(api.POST('/calls/broadcasts/{id}/recipients', { params: { path: { id } }, body: recipients })),
      changes: [broadcastKeys.detail(id)],
    }),
  /** updateCampaignBatch serves both kinds; the batch's broadcast (voice or text) is refreshed. */
  setBatchEnabled: () =>
    resourceMutation({
      mutationFn: ({ batchId, enabled }: { batchId: number; enabled: boolean }) =>
        unwrap(api.PUT('/campaigns/batches/{id}', { params: { path: { id: batchId } }, body: { enabled } })),
      changes: [broadcastKeys.all],
    }),
};
