import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { Schema } from '../types';
import { accountKeys } from './account';
import { broadcastKeys, LIVE_REFRESH_MS, type BroadcastFilters } from './broadcasts';
import { resourceMutation } from './resourceMutation';
import { textKeys } from './texts';

export type TextBroadcast = Schema<'TextBroadcast'>;
export type TextBroadcastStats = Schema<'TextBroadcastStats'>;

/**
 * Query keys of text broadcasts, under the broadcasts' own: voice and text broadcasts share one id
 * space, batches and the broadcasts list's invalidation.
 */
export const textBroadcastKeys = {
  all: [...broadcastKeys.all, 'text'] as const,
  lists: () => [...textBroadcastKeys.all, 'list'] as const,
  list: (filters: BroadcastFilters, offset: number, limit: number) =>
    [...textBroadcastKeys.lists(), filters, offset, limit] as const,
  detail: (id: number) => [...textBroadcastKeys.all, 'detail', id] as const,
  stats: (id: number) => [...textBroadcastKeys.detail(id), 'stats'] as const,
  batches: (id: number) => [...textBroadcastKeys.detail(id), 'batches'] as const,
  textPage: (id: number, batchId: number | undefined, offset: number, limit: number) =>
    [...textBroadcastKeys.detail(id), 'texts', batchId, offset, limit] as const,
};

export const textBroadcastsQuery = (filters: BroadcastFilters, offset: number, limit: number) =>
  queryOptions({
    queryKey: textBroadcastKeys.list(filters, offset, limit),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/texts/broadcasts', { params: { query: { ...filters, offset, limit } }, signal })),
    placeholderData: keepPreviousData,
  });

const isRunning = (status: TextBroadcast['status']) => status === 'RUNNING' || status === 'SCHEDULED';

export const textBroadcastQuery = (id: number) =>
  queryOptions({
    queryKey: textBroadcastKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/texts/broadcasts/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (isRunning(query.state.data?.status) ? LIVE_REFRESH_MS : false),
  });

export const textStatsQuery = (id: number, live: boolean) =>
  queryOptions({
    queryKey: textBroadcastKeys.stats(id),
    queryFn: ({ signal }) => unwrap(api.GET('/texts/broadcasts/{id}/stats', { params: { path: { id } }, signal })),
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

export const textBatchesQuery = (id: number, live: boolean) =>
  queryOptions({
    queryKey: textBroadcastKeys.batches(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/texts/broadcasts/{id}/batches', { params: { path: { id }, query: { limit: 1000 } }, signal })),
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

export const broadcastTextsQuery = (
  id: number,
  batchId: number | undefined,
  offset: number,
  limit: number,
  live: boolean,
) =>
  queryOptions({
    queryKey: textBroadcastKeys.textPage(id, batchId, offset, limit),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/texts/broadcasts/{id}/texts', {
          params: { path: { id }, query: { batchId, offset, limit } },
          signal,
        }),
      ),
    placeholderData: keepPreviousData,
    refetchInterval: live ? LIVE_REFRESH_MS : false,
  });

// Running a text broadcast sends texts (and replies arrive) and bills credits.
const RUN_EFFECTS = [textBroadcastKeys.all, textKeys.all, accountKeys.all];

type Command = 'start' | 'stop' | 'archive';

export const textBroadcastMutations = {
  /** Saves a new broadcast, optionally starting it at once. */
  create: () =>
    resourceMutation({
      mutationFn: ({ broadcast, start }: { broadcast: TextBroadcast; start: boolean }) =>
        unwrap(api.POST('/texts/broadcasts', { body: broadcast, params: { query: { start } } })),
      changes: RUN_EFFECTS,
    }),
  update: (id: number) =>
    resourceMutation({
      mutationFn: (broadcast: TextBroadcast) =>
        unwrap(api.PUT('/texts/broadcasts/{id}', { params: { path: { id } }, body: broadcast })),
      changes: [textBroadcastKeys.all],
    }),
  /** Start, stop or archive. */
  command: (id: number) =>
    resourceMutation({
      mutationFn: (command: Command) => {
        const options = { params: { path: { id } } };
        if (command === 'start') return unwrap(api.POST('/texts/broadcasts/{id}/start', options));
        if (command === 'stop') return unwrap(api.POST('/texts/broadcasts/{id}/stop', options));
        return unwrap(api.POST('/texts/broadcasts/{id}/archive', options));
      },
      changes: RUN_EFFECTS,
    }),
  addBatch: (id: number) =>
    resourceMutation({
      mutationFn: (batch: Schema<'BatchRequest'>) =>
        unwrap(api.POST('/texts/broadcasts/{id}/batches', { params: { path: { id } }, body: batch })),
      changes: [textBroadcastKeys.detail(id)],
    }),
  addRecipients: (id: number) =>
    resourceMutation({
      mutationFn: (recipients: Schema<'TextRecipient'>[]) =>
        unwrap(api.POST('/texts/broadcasts/{id}/recipients', { params: { path: { id } }, body: recipients })),
      changes: [textBroadcastKeys.detail(id)],
    }),
};
