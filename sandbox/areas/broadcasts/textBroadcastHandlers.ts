import type { Handlers } from '../../context';
import { findBatches, findCampaigns, splitBroadcast, toTextBroadcast, type CampaignRow } from '../../db/broadcasts';
import { findTexts, textsByIds, textStats } from '../../db/texts';
import { pageRequest } from '../../http/paging';
import { addTextBatch } from './addRecipients';
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
import { requireMedia, requireMessageText, sendableProblem, validateTextBroadcast } from './validateTextBroadcast';

const sendable = (row: CampaignRow) => sendableProblem(toTextBroadcast(row));

/** The text broadcast operations; they share the campaigns and batches tables with voice broadcasts. */
export const textBroadcastHandlers: Handlers = {
  findTextBroadcasts: (request, _reply, { db }) => {
    const { limit, offset, fields: _fields, ...filters } = request.query;
    const found = findCampaigns(db, 'text', filters, pageRequest({ limit, offset }, 10));
    return { ...found, items: found.items.map(toTextBroadcast) };
  },

  createTextBroadcast: (request, reply, context) => {
    const id = createBroadcast(context, 'text', splitBroadcast(validateTextBroadcast(context.db, request.body)), {
      strict: request.query.strictValidation ?? false,
      start: request.query.start ?? false,
      problemOf: sendable,
    });
    reply.code(201);
    return { id };
  },

  getTextBroadcast: (request, _reply, context) => toTextBroadcast(requireBroadcast(context, 'text', request.params.id)),

  updateTextBroadcast: (request, _reply, context) => {
    const row = requireOpenBroadcast(context, 'text', request.params.id);
    const parts = splitBroadcast(validateTextBroadcast(context.db, request.body));
    updateBroadcast(context, row, parts, request.query.strictValidation ?? false);
  },

  archiveTextBroadcast: (request, _reply, context) => archiveBroadcast(context, 'text', request.params.id),

  startTextBroadcast: (request, _reply, context) => startBroadcast(context, 'text', request.params.id, sendable),

  stopTextBroadcast: (request, _reply, context) => stopBroadcast(context, 'text', request.params.id),

  getTextBroadcastStats: (request, _reply, context) => {
    const { begin, end } = request.query;
    checkStatsRange(begin, end);
    requireBroadcast(context, 'text', request.params.id);
    return textStats(context.db, request.params.id, begin, end);
  },

  getTextBroadcastBatches: (request, _reply, context) => {
    requireBroadcast(context, 'text', request.params.id);
    return findBatches(context.db, 'text', request.params.id, pageRequest(request.query));
  },

  addTextBroadcastBatch: (request, reply, context) => {
    const row = requireOpenBroadcast(context, 'text', request.params.id);
    const id = addBatchFromRequest(context, row, request.body, request.query.strictValidation);
    reply.code(201);
    return { id };
  },

  addTextBroadcastRecipients: (request, _reply, context) => {
    const row = requireOpenBroadcast(context, 'text', request.params.id);
    request.body.forEach((recipient, index) => {
      requireMessageText(recipient.message, `body[${index}].message`);
      requireMedia(context.db, recipient.media, `body[${index}].media`);
    });
    const { textIds } = addTextBatch(
      context.db,
      row,
      undefined,
      request.body,
      { field: 'body', strict: request.query.strictValidation ?? false, scrubDuplicates: false },
      context.now(),
    );
    return { items: textsByIds(context.db, textIds) };
  },

  getTextBroadcastTexts: (request, _reply, context) => {
    requireBroadcast(context, 'text', request.params.id);
    return findTexts(
      context.db,
      { campaignId: request.params.id, batchId: request.query.batchId, inbound: false },
      pageRequest(request.query),
      { oldestFirst: true },
    );
  },
};
