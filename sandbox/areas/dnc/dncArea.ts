import type { SandboxArea } from '../../context';
import {
  deleteDoNotContacts,
  deleteDoNotContactsBySource,
  dncMigrations,
  findDoNotContacts,
  missingNumbers,
  readDoNotContact,
  updateDoNotContact,
  upsertDoNotContacts,
} from '../../db/dnc';
import { badRequest, notFound, SandboxError } from '../../http/errors';
import { pageRequest } from '../../http/paging';
import { requireNumber } from '../../http/phone';
import { requireNumbers } from './dncNumbers';
import { seedDoNotContacts } from './dncSeed';
import { universalDoNotContact } from './universalDnc';

export const dncArea: SandboxArea = {
  name: 'dnc',
  migrations: dncMigrations,
  handlers: {
    findDoNotContacts: (request, _reply, { db }) => {
      const { prefix, source, campaignId, call, text, inboundCall, inboundText, number } = request.query;
      const numbers = number && requireNumbers(number, 'query.number');
      return findDoNotContacts(
        db,
        { prefix, source, campaignId, call, text, inboundCall, inboundText, numbers },
        pageRequest(request.query),
      );
    },
    addDoNotContacts: (request, _reply, { db, now }) => {
      const { numbers, ...flags } = request.body;
      upsertDoNotContacts(db, { ...flags, numbers: requireNumbers(numbers, 'body.numbers') }, now());
    },
    getDoNotContact: (request, _reply, { db }) => {
      const number = requireNumber(request.params.number, 'number');
      const entry = readDoNotContact(db, number);
      if (!entry) throw notFound('Do-not-contact number', number);
      return entry;
    },
    updateDoNotContact: (request, _reply, { db }) => {
      const number = requireNumber(request.params.number, 'number');
      const { number: bodyNumber, call, text, inboundCall, inboundText, source } = request.body;
      if (bodyNumber !== undefined && requireNumber(bodyNumber, 'body.number') !== number) {
        throw badRequest(`body.number (${bodyNumber}) does not match the number in the path (${number})`);
      }
      if (!updateDoNotContact(db, number, { call, text, inboundCall, inboundText, source })) {
        throw notFound('Do-not-contact number', number);
      }
    },
    deleteDoNotContact: (request, reply, { db }) => {
      const given = request.params.number.split(',').filter((part) => part.trim() !== '');
      if (given.length === 0) throw badRequest('number: give at least one number');
      const numbers = [...new Set(requireNumbers(given, 'number'))];
      // All or nothing: a list with an unknown number deletes nothing, so the caller can correct it.
      const missing = missingNumbers(db, numbers);
      if (missing.length > 0) {
        throw new SandboxError(404, `Not on the do-not-contact list: ${missing.join(', ')}`);
      }
      deleteDoNotContacts(db, numbers);
      reply.code(204);
    },
    deleteDoNotContactsBySource: (request, reply, { db }) => {
      const { source } = request.params;
      if (deleteDoNotContactsBySource(db, source) === 0) {
        throw new SandboxError(404, `No do-not-contact entries have the source "${source}"`);
      }
      reply.code(204);
    },
    getUniversalDoNotContacts: (request, _reply, { db }) => {
      const toNumber = requireNumber(request.params.toNumber, 'toNumber');
      const { fromNumber } = request.query;
      const from = fromNumber === undefined ? undefined : requireNumber(fromNumber, 'fromNumber');
      return { items: [universalDoNotContact(db, toNumber, from)] };
    },
  },
  seed(context, kind) {
    if (kind === 'demo') seedDoNotContacts(context);
  },
};
