import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ReadOptions } from '../client';
import type { operations } from '../../../shared/schema';
import type { Schema } from '../types';
import { listKeys } from './listKeys';
import { resourceMutation } from './resourceMutation';

type FindQuery = NonNullable<operations['findCalls']['parameters']['query']>;
export type Call = Schema<'Call'>;
export type CallFilters = Omit<FindQuery, 'limit' | 'offset' | 'fields'>;

/** findCalls: the one place the console lists calls. */
export const findCalls = (query: FindQuery, { signal, client = api }: ReadOptions = {}) =>
  unwrap(client.GET('/calls', { params: { query }, signal }));

/** Query keys of calls and their recordings. */
export const callKeys = {
  ...listKeys<CallFilters, 'calls'>('calls'),
  recordings: (id: number) => [...callKeys.detail(id), 'recordings'] as const,
  recordingByName: (id: number, name: string) => [...callKeys.recordings(id), name] as const,
  recording: (recordingId: number) => [...callKeys.all, 'recording', recordingId] as const,
};

const unfinished = (state: string | undefined) => state === 'READY' || state === 'SELECTED';

export const callsQuery = (filters: CallFilters, offset: number, limit: number) =>
  queryOptions({
    queryKey: callKeys.list(filters, offset, limit),
    queryFn: ({ signal }) => findCalls({ ...filters, offset, limit }, { signal }),
    placeholderData: keepPreviousData,
  });

/** Every call of a search, page after page as a view walks through them (the recording review queue). */
export const callPagesQuery = (filters: CallFilters, pageSize: number) =>
  infiniteQueryOptions({
    queryKey: [...callKeys.lists(), 'pages', filters, pageSize] as const,
    queryFn: ({ pageParam, signal }) => findCalls({ ...filters, offset: pageParam, limit: pageSize }, { signal }),
    initialPageParam: 0,
    getNextPageParam: (last, _pages, offset) => {
      const next = offset + pageSize;
      const known = last.totalCount !== undefined && last.totalCount >= 0;
      return (last.items?.length ?? 0) < pageSize || (known && next >= last.totalCount!) ? undefined : next;
    },
  });

/** How many calls match, without fetching them (the home page's counts of today). */
export const callCountQuery = (filters: CallFilters) =>
  queryOptions({
    queryKey: [...callKeys.lists(), 'count', filters] as const,
    queryFn: async ({ signal }) =>
      (await findCalls({ ...filters, limit: 1, fields: 'totalCount' }, { signal })).totalCount ?? 0,
  });

/** The newest calls with their attempts and recordings: a broadcast's recent pace, the latest recordings. */
export const latestCallsQuery = (filters: CallFilters, limit: number) =>
  queryOptions({
    queryKey: [...callKeys.lists(), 'latest', filters, limit] as const,
    queryFn: ({ signal }) =>
      findCalls(
        { ...filters, limit, fields: 'items(id,toNumber,campaignId,records(originateTime,finishTime,recordings))' },
        { signal },
      ),
  });

/** A call still being dialled is polled until it settles. */
export const callQuery = (id: number) =>
  queryOptions({
    queryKey: callKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/calls/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (unfinished(query.state.data?.state) ? 1500 : false),
  });

export const recordingsQuery = (id: number) =>
  queryOptions({
    queryKey: callKeys.recordings(id),
    queryFn: async ({ signal }) =>
      (await unwrap(api.GET('/calls/{id}/recordings', { params: { path: { id } }, signal }))).items,
  });

export const recordingByNameQuery = (id: number, name: string) =>
  queryOptions({
    queryKey: callKeys.recordingByName(id, name),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/calls/{id}/recordings/{name}', { params: { path: { id, name } }, signal })),
  });

export const recordingQuery = (recordingId: number) =>
  queryOptions({
    queryKey: callKeys.recording(recordingId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/calls/recordings/{id}', { params: { path: { id: recordingId } }, signal })),
  });

/** Audio addresses go through the console's proxy, which adds the credentials. */
export const recordingAudioUrl = (recordingId: number) => `/api/calls/recordings/${recordingId}.mp3`;
export const namedRecordingAudioUrl = (callId: number, name: string) =>
  `/api/calls/${callId}/recordings/${encodeURIComponent(name)}.mp3`;

type SendQuery = NonNullable<operations['sendCalls']['parameters']['query']>;

export const callMutations = {
  /** Calls up to 10 recipients at once. */
  send: () =>
    resourceMutation({
      mutationFn: ({ recipients, query }: { recipients: Schema<'CallRecipient'>[]; query: SendQuery }) =>
        unwrap(api.POST('/calls', { body: recipients, params: { query } })),
      changes: [callKeys.lists()],
    }),
};
