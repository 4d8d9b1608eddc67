import type { MultipartFile } from '@fastify/multipart';
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
import { badRequest, notFound, SandboxError } from '../../http/errors';
import { pageRequest, sqlPage } from '../../http/paging';
import { requireNumber } from '../../http/phone';
import { requireNewContact } from './contactInput';
import { planCsvImport } from './csvImport';
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

const MAX_UPLOAD_MB = 20;

async function readUpload(
  parts: AsyncIterableIterator<MultipartFile | { type: 'field'; fieldname: string; value: unknown }>,
) {
  let file: { buffer: Buffer; filename: string } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of parts) {
    if (part.type !== 'file') {
      fields[part.fieldname] = String(part.value);
      continue;
    }
    if (part.fieldname !== 'file') throw badRequest(`${part.fieldname}: only the "file" part may carry a file`);
    try {
      file = { buffer: await part.toBuffer(), filename: part.filename };
    } catch (error) {
      if ((error as { code?: string }).code === 'FST_REQ_FILE_TOO_LARGE') {
        throw badRequest(`file: the file is larger than ${MAX_UPLOAD_MB} MB; split it into smaller files`);
      }
      throw error;
    }
  }
  if (!file) throw badRequest('file is required: attach the CSV file as the "file" part');
  return { file, fields };
}

function readBoolean(value: string | undefined, field: string): boolean {
  if (value === undefined || value === '' || value === 'false') return false;
  if (value === 'true') return true;
  throw badRequest(`${field} must be true or false, not "${value}"`);
}

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
    const { file, fields } = await readUpload(request.parts());
    const useCustomFields = readBoolean(fields.useCustomFields, 'useCustomFields');
    const name = (fields.name ?? '').trim() || file.filename.replace(/\.[^.]*$/, '').trim() || 'Imported contacts';
    if (name.length > 255) throw badRequest('name must NOT have more than 255 characters');
    const plan = planCsvImport(file.buffer, useCustomFields);
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
