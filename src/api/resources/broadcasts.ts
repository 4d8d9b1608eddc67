import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { Schema } from '../types';
import { accountKeys } from './account';
import { callKeys } from './calls';
import { countPendingDoNotCall } from './pendingDoNotCall';
import { resourceMutation } from './resourceMutation';
import { soundKeys } from './sounds';
import { textKeys } from './texts';

export type CallBroadcast = Schema<'CallBroadcast'>;
export type CallBroadcastStats = Schema<'CallBroadcastStats'>;
export type TextBroadcast = Schema<'TextBroadcast'>;
export type TextBroadcastStats = Schema<'TextBroadcastStats'>;
export type Batch = Schema<'Batch'>;

/** Voice broadcasts place calls, text broadcasts send texts; CallFire gives each kind the same operations. */
export type BroadcastKind = 'voice' | 'text';

/** What each kind's operations take and answer. */
export interface BroadcastSchemas {
  voice: {
    broadcast: CallBroadcast;
    stats: CallBroadcastStats;
    action: Schema<'Call'>;
    recipient: Schema<'Recipient'>;
  };
  text: {
    broadcast: TextBroadcast;
    stats: TextBroadcastStats;
    action: Schema<'Text'>;
    recipient: Schema<'TextRecipient'>;
  };
}

export interface BroadcastFilters {
  name?: string;
  label?: string;
  running?: boolean;
}

/** A page of a list as CallFire answers it. */
export interface PageOf<Row> {
  items: Row[];
  limit: number;
  offset: number;
  totalCount: number;
}

/** Query keys of the broadcasts area; each kind's keys sit under `kind(…)`, so one id space never collides. */
export const broadcastKeys = {
  all: ['broadcasts'] as const,
  kind: (kind: BroadcastKind) => [...broadcastKeys.all, kind] as const,
  lists: (kind: BroadcastKind) => [...broadcastKeys.kind(kind), 'list'] as const,
  list: (kind: BroadcastKind, filters: BroadcastFilters, offset: number, limit: number) =>
    [...broadcastKeys.lists(kind), filters, offset, limit] as const,
  detail: (kind: BroadcastKind, id: number) => [...broadcastKeys.kind(kind), 'detail', id] as const,
  stats: (kind: BroadcastKind, id: number) => [...broadcastKeys.detail(kind, id), 'stats'] as const,
  batches: (kind: BroadcastKind, id: number) => [...broadcastKeys.detail(kind, id), 'batches'] as const,
  /** A broadcast's calls or texts. */
  actions: (kind: BroadcastKind, id: number) => [...broadcastKeys.detail(kind, id), 'actions'] as const,
  actionPage: (kind: BroadcastKind, id: number, batchId: number | undefined, offset: number, limit: number) =>
    [...broadcastKeys.actions(kind, id), batchId, offset, limit] as const,
  places: (id: number) => [...broadcastKeys.actions('voice', id), 'places'] as const,
  pendingDoNotCall: (id: number) => [...broadcastKeys.detail('voice', id), 'pending-dnc'] as const,
  batch: (batchId: number) => [...broadcastKeys.all, 'batch', batchId] as const,
  running: () => [...broadcastKeys.all, 'running'] as const,
  archived: (kind: BroadcastKind) => [...broadcastKeys.kind(kind), 'archived'] as const,
};

/** While a broadcast runs its numbers change every moment; the pages poll at this pace. */
export const LIVE_REFRESH_MS = 1500;
export const isLive = (status: string | undefined) => status === 'RUNNING' || status === 'SCHEDULED';

const BASE_PATH = { voice: '/calls/broadcasts', text: '/texts/broadcasts' } as const;

/** The paths of one kind's operations, in the contract's own words, so each request stays type-checked. */
function pathsOf(kind: BroadcastKind) {
  const base = BASE_PATH[kind];
  return {
    list: base,
    detail: `${base}/{id}`,
    stats: `${base}/{id}/stats`,
    batches: `${base}/{id}/batches`,
    recipients: `${base}/{id}/recipients`,
    actions: kind === 'voice' ? '/calls/broadcasts/{id}/calls' : '/texts/broadcasts/{id}/texts',
    start: `${base}/{id}/start`,
    stop: `${base}/{id}/stop`,
    archive: `${base}/{id}/archive`,
  } as const;
}

// Saving a voice broadcast turns its TTS messages into library sounds; running either kind places
// calls or sends texts and bills credits. The whole area is refreshed: lists, running counts and the
// home page's figures all follow a broadcast's status.
const SAVE_EFFECTS = { voice: [broadcastKeys.all, soundKeys.all], text: [broadcastKeys.all] };
const RUN_EFFECTS = {
  voice: [broadcastKeys.all, callKeys.all, accountKeys.all],
  text: [broadcastKeys.all, textKeys.all, accountKeys.all],
};

export type BroadcastCommand = 'start' | 'stop' | 'archive';

/** Query options and mutations of one kind of broadcast. */
export function broadcastResource<K extends BroadcastKind>(kind: K) {
  type Of = BroadcastSchemas[K];
  const paths = pathsOf(kind);
  const path = (id: number) => ({ params: { path: { id } } });

  /** One page of the broadcast's calls or texts; exports and the call map read them all with it. */
  const fetchActionPage = async (
    id: number,
    query: { batchId?: number; offset: number; limit: number; fields?: string },
    signal?: AbortSignal,
  ) => (await unwrap(api.GET(paths.actions, { params: { path: { id }, query }, signal }))) as PageOf<Of['action']>;

  /** Requests other resources compose (calling again adds a batch, then starts it). */
  const requests = {
    get: async (id: number, signal?: AbortSignal) =>
      (await unwrap(api.GET(paths.detail, { ...path(id), signal }))) as Of['broadcast'],
    create: async (broadcast: Of['broadcast'], start: boolean) =>
      (await unwrap(api.POST(paths.list, { body: broadcast, params: { query: { start } } }))) as Schema<'ResourceId'>,
    addBatch: (id: number, batch: Schema<'BatchRequest'>) =>
      unwrap(api.POST(paths.batches, { ...path(id), body: batch })),
    command: (id: number, command: BroadcastCommand) => unwrap(api.POST(paths[command], path(id))),
  };

  return {
    kind,
    list: (filters: BroadcastFilters, offset: number, limit: number) =>
      queryOptions({
        queryKey: broadcastKeys.list(kind, filters, offset, limit),
        queryFn: async ({ signal }) =>
          (await unwrap(api.GET(paths.list, { params: { query: { ...filters, offset, limit } }, signal }))) as PageOf<
            Of['broadcast']
          >,
        placeholderData: keepPreviousData,
      }),
    detail: (id: number) =>
      queryOptions({
        queryKey: broadcastKeys.detail(kind, id),
        queryFn: ({ signal }) => requests.get(id, signal),
        refetchInterval: (query) => (isLive(query.state.data?.status) ? LIVE_REFRESH_MS : false),
      }),
    stats: (id: number, live: boolean) =>
      queryOptions({
        queryKey: broadcastKeys.stats(kind, id),
        queryFn: async ({ signal }) => (await unwrap(api.GET(paths.stats, { ...path(id), signal }))) as Of['stats'],
        refetchInterval: live ? LIVE_REFRESH_MS : false,
      }),
    batches: (id: number, live: boolean) =>
      queryOptions({
        queryKey: broadcastKeys.batches(kind, id),
        queryFn: ({ signal }) =>
          unwrap(api.GET(paths.batches, { params: { path: { id }, query: { limit: 1000 } }, signal })),
        refetchInterval: live ? LIVE_REFRESH_MS : false,
      }),
    fetchActionPage,
    actionPage: (id: number, batchId: number | undefined, offset: number, limit: number, live: boolean) =>
      queryOptions({
        queryKey: broadcastKeys.actionPage(kind, id, batchId, offset, limit),
        queryFn: ({ signal }) => fetchActionPage(id, { batchId, offset, limit }, signal),
        placeholderData: keepPreviousData,
        refetchInterval: live ? LIVE_REFRESH_MS : false,
      }),
    requests,
    mutations: {
      /** Saves a new broadcast, optionally starting it at once. */
      create: () =>
        resourceMutation({
          mutationFn: ({ broadcast, start }: { broadcast: Of['broadcast']; start: boolean }) =>
            requests.create(broadcast, start),
          changes: [...SAVE_EFFECTS[kind], ...RUN_EFFECTS[kind]],
        }),
      update: (id: number) =>
        resourceMutation({
          mutationFn: (broadcast: Of['broadcast']) => unwrap(api.PUT(paths.detail, { ...path(id), body: broadcast })),
          changes: SAVE_EFFECTS[kind],
        }),
      command: (id: number) =>
        resourceMutation({
          mutationFn: (command: BroadcastCommand) => requests.command(id, command),
          changes: RUN_EFFECTS[kind],
        }),
      addBatch: (id: number) =>
        resourceMutation({
          mutationFn: (batch: Schema<'BatchRequest'>) => requests.addBatch(id, batch),
          changes: [broadcastKeys.detail(kind, id)],
        }),
      addRecipients: (id: number) =>
        resourceMutation({
          mutationFn: (recipients: Of['recipient'][]) =>
            unwrap(api.POST(paths.recipients, { ...path(id), body: recipients })),
          changes: [broadcastKeys.detail(kind, id)],
        }),
    },
  };
}

export type BroadcastResource<K extends BroadcastKind> = ReturnType<typeof broadcastResource<K>>;

export const voiceBroadcasts = broadcastResource('voice');
export const textBroadcasts = broadcastResource('text');

/** The voice reads other areas use by their own names. */
export const broadcastsQuery = voiceBroadcasts.list;
export const broadcastQuery = voiceBroadcasts.detail;
export const statsQuery = voiceBroadcasts.stats;

/** Read fresh at each pre-flight: the do-not-call list may have changed since the recipients were added. */
export const pendingDoNotCallQuery = (id: number) =>
  queryOptions({
    queryKey: broadcastKeys.pendingDoNotCall(id),
    queryFn: ({ signal }) => countPendingDoNotCall(id, { signal }),
    staleTime: 0,
  });

/** getCampaignBatch serves both kinds. */
export const batchQuery = (batchId: number) =>
  queryOptions({
    queryKey: broadcastKeys.batch(batchId),
    queryFn: ({ signal }) => unwrap(api.GET('/campaigns/batches/{id}', { params: { path: { id: batchId } }, signal })),
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

/** updateCampaignBatch serves both kinds; the batch's broadcast (voice or text) is refreshed. */
export const setBatchEnabledMutation = () =>
  resourceMutation({
    mutationFn: ({ batchId, enabled }: { batchId: number; enabled: boolean }) =>
      unwrap(api.PUT('/campaigns/batches/{id}', { params: { path: { id: batchId } }, body: { enabled } })),
    changes: [broadcastKeys.all],
  });
