import type { Handlers } from '../../context';
import {
  contactExists,
  contactHistory,
  deleteContact,
  insertContact,
  readContact,
  findContacts,
  updateContact,
  type ContactField,
} from '../../db/contacts';
import { sandboxBaseUrl } from '../../http/baseUrl';
import { badRequest, notFound } from '../../http/errors';
import { pageRequest } from '../../http/paging';
import { requireNumber } from '../../http/phone';
import { hasPhone, NO_PHONE_REASON, readContactInput, requireNewContact } from './contactInput';

export const contactHandlers: Handlers = {
  findContacts: (request, _reply, { db }) => {
    const { id, number, contactListId, propertyName, propertyValue } = request.query;
    if (propertyValue !== undefined && propertyName === undefined) {
      throw badRequest('query.propertyValue needs query.propertyName: say which property should have this value');
    }
    const numbers = number?.map((value, index) => requireNumber(value, `query.number[${index}]`));
    const filters = { ids: id, numbers, contactListId, propertyName, propertyValue };
    return findContacts(db, filters, pageRequest(request.query));
  },

  createContacts: (request, _reply, { db, now }) => {
    const inputs = request.body.map((contact, index) => requireNewContact(contact, `body[${index}]`));
    const ids = db.transaction(() => inputs.map((input) => insertContact(db, input, now())))();
    return { items: ids.map((id) => ({ id })) };
  },

  getContact: (request, _reply, { db }) => {
    const contact = readContact(db, request.params.id);
    if (!contact) throw notFound('Contact', request.params.id);
    return contact;
  },

  updateContact: (request, _reply, { db, now }) => {
    const existing = readContact(db, request.params.id);
    if (!existing) throw notFound('Contact', request.params.id);
    const parsed = readContactInput(request.body, request.body.properties, 'body');
    if (!parsed.ok) throw badRequest(parsed.reason);
    const merged: Partial<Record<ContactField, string | null>> = { ...existing, ...parsed.input.fields };
    if (!hasPhone(merged)) throw badRequest(`body: ${NO_PHONE_REASON}`);
    db.transaction(() => updateContact(db, request.params.id, parsed.input, now()))();
  },

  deleteContact: (request, reply, { db, now }) => {
    if (!contactExists(db, request.params.id)) throw notFound('Contact', request.params.id);
    db.transaction(() => deleteContact(db, request.params.id, now()))();
    reply.code(204);
  },

  getContactHistory: (request, _reply, context) => {
    const { db } = context;
    if (!contactExists(db, request.params.id)) throw notFound('Contact', request.params.id);
    return contactHistory(db, request.params.id, pageRequest(request.query), sandboxBaseUrl(context));
  },
};
