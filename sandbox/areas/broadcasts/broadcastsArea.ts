import type { SandboxArea } from '../../context';
import {
  broadcastMigrations,
  type CallBroadcast,
  findBatches,
  findCampaigns,
  readBatch,
  setBatchEnabled,
  splitBroadcast,
  toCallBroadcast,
} from '../../db/broadcasts';
import { callsByIds, findCalls } from '../../db/callMapper';
import { callStats } from '../../db/callStats';
import { notFound } from '../../http/errors';
import { pageRequest } from '../../http/paging';
import { addCallBatch } from './addRecipients';
import {
  addBatchFromRequest,
  archiveBroadcast,
  checkStatsRange,
  requireBroadcast,
  requireOpenBroadcast,
  startBroadcast,
  stopBroadcast,
  createBroadcast,
  updateBroadcast,
} from './broadcastLifecycle';
import { seedBroadcasts } from './seedBroadcasts';
import { textBroadcastHandlers } from './textBroadcastHandlers';
import { playableProblem, validateCallBroadcast } from './validateCallBroadcast';
import { withSpeechSounds } from './broadcastSounds';
import type { Db } from '../../db/database';
import { sandboxBaseUrl } from '../../http/baseUrl';

const playable = (row: Parameters<typeof toCallBroadcast>[0]) => playableProblem(toCallBroadcast(row));

/** A broadcast checked, with its text-to-speech messages made into library sounds. */
async function checkedWithSounds(
  db: Db,
  body: CallBroadcast,
  fallbackName: string,
  now: number,
): Promise<CallBroadcast> {
  const checked = validateCallBroadcast(db, body);
  if (!checked.sounds) return checked;
  return { ...checked, sounds: await withSpeechSounds(db, checked.name ?? fallbackName, checked.sounds, now) };
}

export const broadcastsArea: SandboxArea = {
  name: 'broadcasts',
  migrations: broadcastMigrations,
  handlers: {
    findCallBroadcasts: (request, _reply, { db }) => {
      const { limit, offset, fields: _fields, ...filters } = request.query;
      const found = findCampaigns(db, 'call', filters, pageRequest({ limit, offset }, 10));
      return { ...found, items: found.items.map(toCallBroadcast) };
    },

    createCallBroadcast: async (request, reply, context) => {
      const checked = await checkedWithSounds(context.db, request.body, 'Broadcast', context.now());
      const id = createBroadcast(context, 'call', splitBroadcast(checked), {
        strict: request.query.strictValidation ?? false,
        start: request.query.start ?? false,
        problemOf: playable,
      });
      reply.code(201);
      return { id };
    },

    getCallBroadcast: (request, _reply, context) =>
      toCallBroadcast(requireBroadcast(context, 'call', request.params.id)),

    updateCallBroadcast: async (request, _reply, context) => {
      const before = requireOpenBroadcast(context, 'call', request.params.id);
      const checked = await checkedWithSounds(
        context.db,
        request.body,
        before.name ?? `Broadcast ${before.id}`,
        context.now(),
      );
      // Read again: the broadcast may have changed while its speech was made on a worker thread.
      const row = requireOpenBroadcast(context, 'call', request.params.id);
      updateBroadcast(context, row, splitBroadcast(checked), request.query.strictValidation ?? false);
    },

    archiveVoiceBroadcast: (request, _reply, context) => archiveBroadcast(context, 'call', request.params.id),

    startVoiceBroadcast: (request, _reply, context) => startBroadcast(context, 'call', request.params.id, playable),

    stopVoiceBroadcast: (request, _reply, context) => stopBroadcast(context, 'call', request.params.id),

    getCallBroadcastStats: (request, _reply, context) => {
      const { begin, end } = request.query;
      checkStatsRange(begin, end);
      requireBroadcast(context, 'call', request.params.id);
      return callStats(context.db, request.params.id, begin, end);
    },

    getCallBroadcastBatches: (request, _reply, context) => {
      requireBroadcast(context, 'call', request.params.id);
      return findBatches(context.db, 'call', request.params.id, pageRequest(request.query));
    },

    addCallBroadcastBatch: (request, reply, context) => {
      const row = requireOpenBroadcast(context, 'call', request.params.id);
      const batchId = addBatchFromRequest(context, row, request.body, request.query.strictValidation);
      reply.code(201);
      return { id: batchId };
    },

    addCallBroadcastRecipients: (request, _reply, context) => {
      const row = requireOpenBroadcast(context, 'call', request.params.id);
      const { callIds } = addCallBatch(
        context.db,
        row,
        undefined,
        request.body,
        {
          field: 'body',
          strict: request.query.strictValidation ?? false,
          scrubDuplicates: false,
        },
        context.now(),
      );
      return { items: callsByIds(context.db, callIds, sandboxBaseUrl(context)) };
    },

    getCallBroadcastCalls: (request, _reply, context) => {
      requireBroadcast(context, 'call', request.params.id);
      return findCalls(
        context.db,
        { campaignId: request.params.id, batchId: request.query.batchId },
        pageRequest(request.query),
        sandboxBaseUrl(context),
        { oldestFirst: true },
      );
    },

    getCampaignBatch: (request, _reply, { db }) => {
      const batch = readBatch(db, request.params.id);
      if (!batch) throw notFound('Batch', request.params.id);
      const { kind: _kind, ...rest } = batch;
      return rest;
    },

    updateCampaignBatch: (request, _reply, { db, now }) => {
      const batch = readBatch(db, request.params.id);
      if (!batch) throw notFound('Batch', request.params.id);
      setBatchEnabled(db, batch.kind, batch.id!, request.body.enabled, now());
    },

    ...textBroadcastHandlers,
  },
  seed: seedBroadcasts,
};
