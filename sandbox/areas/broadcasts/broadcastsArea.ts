import type { SandboxArea, SandboxContext } from '../../context';
import {
  broadcastMigrations,
  type CallBroadcast,
  campaignRow,
  findBatches,
  findCampaigns,
  insertCampaign,
  readBatch,
  setBatchEnabled,
  setCampaignStatus,
  splitBroadcast,
  toCallBroadcast,
  updateCampaign,
} from '../../db/broadcasts';
import { callsByIds, findCalls } from '../../db/callMapper';
import { callStats } from '../../db/callStats';
import { contactListRecipients } from '../../db/contacts';
import { badRequest, notFound } from '../../http/errors';
import { pageRequest } from '../../http/paging';
import { addCallBatch } from './addCallRecipients';
import { seedBroadcasts } from './seedBroadcasts';
import { playableProblem, validateCallBroadcast } from './validateCallBroadcast';
import { withSpeechSounds } from './broadcastSounds';
import type { Db } from '../../db/database';
import { sandboxBaseUrl } from '../../http/baseUrl';

function requireBroadcast({ db }: SandboxContext, id: number) {
  const row = campaignRow(db, id, 'call');
  if (!row) throw notFound('Broadcast', id);
  return row;
}

function requireOpenBroadcast(context: SandboxContext, id: number) {
  const row = requireBroadcast(context, id);
  if (row.status === 'ARCHIVED') throw badRequest(`Broadcast ${id} is archived and cannot be changed`);
  return row;
}

function startBroadcast(context: SandboxContext, id: number) {
  const row = requireBroadcast(context, id);
  if (row.status === 'ARCHIVED') throw badRequest(`Broadcast ${id} is archived and cannot be started`);
  const problem = playableProblem(toCallBroadcast(row));
  if (problem) throw badRequest(problem);
  // The simulator moves a running broadcast to SCHEDULED when its schedules are closed.
  if (row.status !== 'RUNNING' && row.status !== 'SCHEDULED')
    setCampaignStatus(context.db, id, 'RUNNING', context.now());
}

/** A broadcast checked, with its text-to-speech messages made into library sounds. */
function checkedWithSounds(db: Db, body: CallBroadcast, fallbackName: string, now: number): CallBroadcast {
  const checked = validateCallBroadcast(db, body);
  if (!checked.sounds) return checked;
  return { ...checked, sounds: withSpeechSounds(db, checked.name ?? fallbackName, checked.sounds, now) };
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

    createCallBroadcast: (request, reply, context) => {
      const { db, now } = context;
      const { name, fromNumber, labels, recipients, settings } = splitBroadcast(
        checkedWithSounds(db, request.body, 'Broadcast', now()),
      );
      const id = db.transaction(() => {
        const created = insertCampaign(db, 'call', { name, fromNumber, labels, settings }, now());
        if (recipients?.length) {
          addCallBatch(
            db,
            campaignRow(db, created)!,
            name,
            recipients,
            {
              field: 'recipients',
              strict: request.query.strictValidation ?? false,
              scrubDuplicates: true,
            },
            now(),
          );
        }
        if (request.query.start) startBroadcast(context, created);
        return created;
      })();
      reply.code(201);
      return { id };
    },

    getCallBroadcast: (request, _reply, context) => toCallBroadcast(requireBroadcast(context, request.params.id)),

    updateCallBroadcast: (request, _reply, context) => {
      const { db, now } = context;
      const row = requireOpenBroadcast(context, request.params.id);
      const { name, fromNumber, labels, recipients, settings } = splitBroadcast(
        checkedWithSounds(db, request.body, row.name ?? `Broadcast ${row.id}`, now()),
      );
      db.transaction(() => {
        updateCampaign(db, row, { name, fromNumber, labels, settings }, now());
        if (recipients?.length) {
          addCallBatch(
            db,
            campaignRow(db, row.id)!,
            undefined,
            recipients,
            {
              field: 'recipients',
              strict: request.query.strictValidation ?? false,
              scrubDuplicates: true,
            },
            now(),
          );
        }
      })();
    },

    archiveVoiceBroadcast: (request, _reply, context) => {
      requireBroadcast(context, request.params.id);
      setCampaignStatus(context.db, request.params.id, 'ARCHIVED', context.now());
    },

    startVoiceBroadcast: (request, _reply, context) => startBroadcast(context, request.params.id),

    stopVoiceBroadcast: (request, _reply, context) => {
      const row = requireOpenBroadcast(context, request.params.id);
      if (row.status === 'RUNNING' || row.status === 'SCHEDULED')
        setCampaignStatus(context.db, row.id, 'STOPPED', context.now());
    },

    getCallBroadcastStats: (request, _reply, context) => {
      const { begin, end } = request.query;
      if (begin !== undefined && end !== undefined && begin > end) throw badRequest('begin must not be after end');
      requireBroadcast(context, request.params.id);
      return callStats(context.db, request.params.id, begin, end);
    },

    getCallBroadcastBatches: (request, _reply, context) => {
      requireBroadcast(context, request.params.id);
      return findBatches(context.db, 'call', request.params.id, pageRequest(request.query));
    },

    addCallBroadcastBatch: (request, reply, context) => {
      const row = requireOpenBroadcast(context, request.params.id);
      const { name, contactListId, recipients, scrubDuplicates } = request.body;
      if ((contactListId === undefined) === (recipients === undefined))
        throw badRequest('Give either contactListId or recipients for a batch, not both and not neither');
      const members = contactListId === undefined ? recipients! : contactListRecipients(context.db, contactListId);
      if (!members) throw badRequest(`contactListId: contact list ${contactListId} not found`);
      if (!members.length)
        throw badRequest(
          contactListId === undefined
            ? 'recipients: a batch needs at least one recipient'
            : `contactListId: contact list ${contactListId} has no contacts with a number`,
        );
      const { batchId } = addCallBatch(
        context.db,
        row,
        name,
        members,
        {
          field: 'recipients',
          strict: request.query.strictValidation ?? false,
          scrubDuplicates: scrubDuplicates ?? false,
        },
        context.now(),
      );
      reply.code(201);
      return { id: batchId };
    },

    addCallBroadcastRecipients: (request, _reply, context) => {
      const row = requireOpenBroadcast(context, request.params.id);
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
      requireBroadcast(context, request.params.id);
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
  },
  seed: seedBroadcasts,
};
