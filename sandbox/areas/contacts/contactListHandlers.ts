import type { components } from '../../../shared/schema';
import type { Handlers, SandboxContext } from '../../context';
import { contactExists, findContactByField, findContacts, insertContact } from '../../db/contacts';
import {
  addContactListItems,
  contactListExists,
  contactListSearchSql,
  deleteContactList,
  insertContactList,
  readContactList,
  removeContactListItems,
  renameContactList,
  startContactListImport,
} from '../../db/contactLists';
import { formBoolean } from '../../http/coercion';
import { badRequest, notFound, SandboxError } from '../../http/errors';
import { pageRequest, sqlPage } from '../../http/paging';
import { requireNumber } from '../../http/phone';
import { readUpload } from '../../http/upload';
import { planCsvImport } from './csvImport';
import { offThread } from '../../workers/pool';
import { requireNewContact } from './contactInput';
import { importQueueFor } from './importQueue';

type MembersRequest = components['schemas']['AddContactListContactsRequest'];

/**
 * The contacts a create or add request names, in request order: existing ids, numbers (matched to the
 * contact that has the number in `contactNumbersField`, or a new contact) and new contacts. Run inside
 * a transaction: a bad entry throws a 400 and whatever was created before it is rolled back.
 */
function requestedMembers({ db, now }: SandboxContext, body: MembersRequest): number[] {
  const members: number[] = [];
  body.contactIds?.forEach((id, index) => {
    const contact = contactExists(db, id);
    if (!contact) throw badRequest(`body.contactIds[${index}]: contact ${id} does not exist`);
    if (contact.deleted) throw badRequest(`body.contactIds[${index}]: contact ${id} was deleted`);
    members.push(id);
  });
  const field = body.contactNumbersField ?? 'homePhone';
  body.contactNumbers?.forEach((value, index) => {
    const number = requireNumber(value, `body.contactNumbers[${index}]`);
    members.push(findContactByField(db, field, number) ?? insertContact(db, { fields: { [field]: number } }, now()));
  });
  body.contacts?.forEach((contact, index) => {
    members.push(insertContact(db, requireNewContact(contact, `body.contacts[${index}]`), now()));
  });
  return members;
}

function requireList(context: SandboxContext, id: number) {
  if (!contactListExists(context.db, id)) throw notFound('Contact list', id);
}

const PARSE_OFF_THREAD_BYTES = 256 * 1024;

export const contactListHandlers: Handlers = {
  findContactLists: (request, _reply, { db }) => {
    const { sql, params, toItem } = contactListSearchSql(request.query);
    return sqlPage(db, sql, params, pageRequest(request.query), toItem);
  },

  createContactList: (request, _reply, context) => {
    const { db, now } = context;
    const id = db.transaction(() => {
      const listId = insertContactList(db, request.body.name.trim(), 'ACTIVE', now());
      addContactListItems(db, listId, requestedMembers(context, request.body));
      return listId;
    })();
    return { id };
  },

  createContactListFromFile: async (request, _reply, context) => {
    if (!request.isMultipart()) throw badRequest('Send the CSV as multipart/form-data, in a part named "file"');
    const { bytes, fileName, fields } = await readUpload(request);
    const useCustomFields = formBoolean(fields.useCustomFields, 'useCustomFields');
    const name = (fields.name ?? '').trim() || fileName.replace(/\.[^.]*$/, '').trim() || 'Imported contacts';
    if (name.length > 255) throw badRequest('name must NOT have more than 255 characters');
    // A large file is parsed on a worker thread; a small one faster here than the trip to a thread.
    const plan =
      bytes.length > PARSE_OFF_THREAD_BYTES
        ? await offThread('csvImportPlan', { file: bytes, useCustomFields }, [bytes])
        : planCsvImport(bytes, useCustomFields);
    const { db, now } = context;
    const id = db.transaction(() => {
      const listId = insertContactList(db, name, 'VALIDATING', now());
      startContactListImport(db, listId, plan.importableRows);
      return listId;
    })();
    importQueueFor(context).enqueue(id, plan);
    return { id };
  },

  getContactList: (request, _reply, { db }) => {
    const list = readContactList(db, request.params.id);
    if (!list) throw notFound('Contact list', request.params.id);
    return list;
  },

  updateContactList: (request, _reply, context) => {
    requireList(context, request.params.id);
    renameContactList(context.db, request.params.id, request.body.name.trim());
  },

  deleteContactList: (request, reply, context) => {
    requireList(context, request.params.id);
    deleteContactList(context.db, request.params.id);
    reply.code(204);
  },

  getContactListItems: (request, _reply, context) => {
    requireList(context, request.params.id);
    return findContacts(context.db, { contactListId: request.params.id }, pageRequest(request.query));
  },

  addContactListItems: (request, _reply, context) => {
    requireList(context, request.params.id);
    context.db.transaction(() =>
      addContactListItems(context.db, request.params.id, requestedMembers(context, request.body)),
    )();
  },

  removeContactListItems: (request, _reply, context) => {
    requireList(context, request.params.id);
    removeContactListItems(context.db, request.params.id, request.query.contactId);
  },

  removeContactListItem: (request, _reply, context) => {
    const { id, contactId } = request.params;
    requireList(context, id);
    if (removeContactListItems(context.db, id, [contactId]) === 0) {
      throw new SandboxError(404, `Contact ${contactId} is not in contact list ${id}`);
    }
  },
};
