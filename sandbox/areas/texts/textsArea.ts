import type { components } from '../../../shared/schema';
import type { SandboxArea } from '../../context';
import { campaignRow, insertSentBatch } from '../../db/broadcasts';
import {
  autoReplyMigrations,
  deleteAutoReply,
  findAutoReplies,
  insertAutoReply,
  readAutoReply,
  sameAutoReply,
} from '../../db/textAutoReplies';
import { findTexts, insertTexts, readText, SHARED_SHORT_CODE, textMigrations } from '../../db/texts';
import { ACTION_STATES } from '../../db/actions';
import { badRequest, notFound } from '../../http/errors';
import { pageRequest } from '../../http/paging';
import { requireNumber } from '../../http/phone';
import { resolveRecipients } from '../../simulator/recipients';
import { requireMedia, requireMessageText, requireTextSender } from '../broadcasts/validateTextBroadcast';
import { parseEnumList } from '../calls/parseEnumList';
import { createTextChannel } from '../../simulator/textChannel';
import { seedTexts } from './seedTexts';

type Schemas = components['schemas'];
const TEXT_RESULTS: readonly Schemas['TextResult'][] = [
  'SENT',
  'RECEIVED',
  'DNT',
  'TOO_BIG',
  'INTERNAL_ERROR',
  'CARRIER_ERROR',
  'CARRIER_TEMP_ERROR',
  'UNDIALED',
  'INVALID_NUMBER',
];
const KEYWORD = /^[A-Za-z0-9]{2,64}$/;

export const textsArea: SandboxArea = {
  name: 'texts',
  migrations: [...textMigrations, ...autoReplyMigrations],
  handlers: {
    findTexts: (request, _reply, { db }) => {
      const { limit, offset, fields: _fields, states, results, ...filters } = request.query;
      if (
        filters.intervalBegin !== undefined &&
        filters.intervalEnd !== undefined &&
        filters.intervalBegin > filters.intervalEnd
      )
        throw badRequest('intervalBegin must not be after intervalEnd');
      return findTexts(
        db,
        {
          ...filters,
          states: parseEnumList(states, ACTION_STATES, 'states'),
          results: parseEnumList(results, TEXT_RESULTS, 'results'),
        },
        pageRequest({ limit, offset }),
      );
    },

    sendTexts: (request, _reply, context) => {
      const { db, now } = context;
      const { campaignId, defaultMessage, strictValidation } = request.query;
      if (campaignId && !campaignRow(db, campaignId, 'text'))
        throw badRequest(`campaignId: there is no text broadcast ${campaignId}`);
      requireMessageText(defaultMessage, 'defaultMessage');
      const senders = request.body.map((recipient, index) => {
        requireMessageText(recipient.message, `body[${index}].message`);
        requireMedia(db, recipient.media, `body[${index}].media`);
        if (!recipient.message && !defaultMessage && !recipient.media?.length)
          throw badRequest(`body[${index}]: nothing to send; give a message, or defaultMessage for every recipient`);
        return recipient.fromNumber === undefined
          ? SHARED_SHORT_CODE
          : requireTextSender(db, recipient.fromNumber, `body[${index}].fromNumber`);
      });
      // The sender was checked above; resolving only needs the number to text.
      const resolved = resolveRecipients(
        db,
        request.body.map(({ fromNumber: _from, ...recipient }) => recipient),
        { field: 'body', strict: strictValidation ?? false, scrubDuplicates: false, kind: 'text', now: now() },
      );
      const hadErrors = resolved.some((recipient) => recipient.state === 'INVALID');
      const owner = { kind: 'text' as const, campaignId: campaignId ?? 0, hadErrors };
      const items = insertSentBatch(db, owner, now(), (batchId) =>
        insertTexts(
          db,
          resolved.map((recipient) => {
            const own = request.body[recipient.index];
            return {
              campaignId: owner.campaignId,
              batchId,
              contactId: recipient.contactId,
              fromNumber: senders[recipient.index],
              toNumber: recipient.toNumber,
              state: recipient.state,
              finalTextResult: recipient.state === 'DNC' ? 'DNT' : undefined,
              timeZone: recipient.timeZone,
              attributes: recipient.attributes,
              template: own.message ?? defaultMessage ?? '',
              mediaIds: own.media?.map((media) => media.id!),
              script: { source: 'sendTexts' },
            };
          }),
          now(),
        ),
      );
      return { items };
    },

    getText: (request, _reply, { db }) => {
      const text = readText(db, request.params.id);
      if (!text) throw notFound('Text', request.params.id);
      return text;
    },

    findTextAutoReplys: (request, _reply, { db }) => {
      const { number, limit, offset } = request.query;
      return findAutoReplies(
        db,
        number === undefined ? undefined : requireNumber(number, 'number'),
        pageRequest({ limit, offset }),
      );
    },

    createTextAutoReply: (request, reply, { db, now }) => {
      const { keyword, match, message } = request.body;
      // A keyword lives on the short code, so naming the short code with it (as CallFire's SDK does) says no more.
      const number =
        keyword !== undefined && request.body.number === SHARED_SHORT_CODE ? undefined : request.body.number;
      if ((number === undefined) === (keyword === undefined))
        throw badRequest(
          `Give either a number or a keyword for an auto-reply, not both and not neither (a keyword goes with ${SHARED_SHORT_CODE} or no number)`,
        );
      if (keyword !== undefined && !KEYWORD.test(keyword))
        throw badRequest(`keyword: "${keyword}" must be 2 to 64 letters or digits`);
      requireMessageText(message, 'message');
      const autoReply = {
        number: number === undefined ? undefined : requireTextSender(db, number, 'number'),
        keyword: keyword?.toUpperCase(),
        match: match?.trim() ? match.trim() : undefined,
        message,
      };
      const existing = sameAutoReply(db, autoReply);
      if (existing)
        throw badRequest(
          `${autoReply.number ? 'number' : 'keyword'}: auto-reply ${existing.id} already answers ` +
            `${autoReply.number ?? autoReply.keyword} ${autoReply.match ? `for "${autoReply.match}"` : 'for every message'}`,
        );
      reply.code(201);
      return { id: insertAutoReply(db, autoReply, now()) };
    },

    getTextAutoReply: (request, _reply, { db }) => {
      const autoReply = readAutoReply(db, request.params.id);
      if (!autoReply) throw notFound('Auto-reply', request.params.id);
      return autoReply;
    },

    deleteTextAutoReply: (request, reply, { db }) => {
      if (!deleteAutoReply(db, request.params.id)) throw notFound('Auto-reply', request.params.id);
      reply.code(204);
    },
  },
  channels: () => [createTextChannel()],
  seed: seedTexts,
};
