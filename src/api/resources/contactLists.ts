import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { Schema } from '../types';
import { uploadWithProgress, type UploadProgress } from '../upload';
import { pageQuery } from './pageQuery';
import { resourceMutation } from './resourceMutation';

export type ContactList = Schema<'ContactList'>;
type MembersRequest = Schema<'AddContactListContactsRequest'>;

export interface Paging {
  limit: number;
  offset: number;
}

/** Query keys of contact lists: the lists pages and every dialog offering lists (batches) share them. */
export const contactListKeys = {
  all: ['contact-lists'] as const,
  search: (name: string, paging: Paging) => [...contactListKeys.all, 'search', name, paging] as const,
  list: (id: number) => [...contactListKeys.all, id] as const,
  items: (id: number, paging: Paging) => [...contactListKeys.list(id), 'items', paging] as const,
};

export const fetchContactListsPage = (name: string, paging: Paging, signal?: AbortSignal) =>
  unwrap(api.GET('/contacts/lists', { params: { query: { ...paging, name: name || undefined } }, signal }));

export const contactListsQuery = (name: string, paging: Paging) =>
  pageQuery(contactListKeys.search(name, paging), (signal) => fetchContactListsPage(name, paging, signal));

/** Statuses a list leaves by itself; while in one, the list is polled. */
export const IN_PROGRESS_STATUSES: readonly ContactList['status'][] = ['VALIDATING', 'IMPORTING'];

export const contactListQuery = (id: number) =>
  queryOptions({
    queryKey: contactListKeys.list(id),
    queryFn: ({ signal }) => unwrap(api.GET('/contacts/lists/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (IN_PROGRESS_STATUSES.includes(query.state.data?.status) ? 500 : false),
  });

export const fetchContactListItemsPage = (id: number, paging: Paging, signal?: AbortSignal) =>
  unwrap(api.GET('/contacts/lists/{id}/items', { params: { path: { id }, query: paging }, signal }));

export const contactListItemsQuery = (id: number, paging: Paging) =>
  pageQuery(contactListKeys.items(id, paging), (signal) => fetchContactListItemsPage(id, paging, signal));

export interface ContactListUpload {
  file: Blob;
  fileName: string;
  name: string;
  useCustomFields: boolean;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

// Lists change what the lists pages and batch dialogs offer, and which lists a contact belongs to
// (kept under the contacts' keys); an upload also makes contacts.
const LIST_EFFECTS = [contactListKeys.all, ['contacts']] as const;

export const contactListMutations = {
  create: () =>
    resourceMutation({
      mutationFn: async (request: MembersRequest & { name: string }) =>
        (await unwrap(api.POST('/contacts/lists', { body: request }))).id,
      changes: LIST_EFFECTS,
    }),
  rename: (id: number) =>
    resourceMutation({
      mutationFn: (name: string) =>
        unwrap(api.PUT('/contacts/lists/{id}', { params: { path: { id } }, body: { name } })),
      changes: LIST_EFFECTS,
    }),
  delete: () =>
    resourceMutation({
      mutationFn: (id: number) => unwrap(api.DELETE('/contacts/lists/{id}', { params: { path: { id } } })),
      changes: LIST_EFFECTS,
    }),
  addItems: () =>
    resourceMutation({
      mutationFn: ({ listId, request }: { listId: number; request: MembersRequest }) =>
        unwrap(api.POST('/contacts/lists/{id}/items', { params: { path: { id: listId } }, body: request })),
      changes: LIST_EFFECTS,
    }),
  /** One contact goes out with the single-item operation, several with the bulk one. */
  removeItems: () =>
    resourceMutation({
      mutationFn: ({ listId, contactIds }: { listId: number; contactIds: number[] }) =>
        contactIds.length === 1
          ? unwrap(
              api.DELETE('/contacts/lists/{id}/items/{contactId}', {
                params: { path: { id: listId, contactId: contactIds[0] } },
              }),
            )
          : unwrap(
              api.DELETE('/contacts/lists/{id}/items', {
                params: { path: { id: listId }, query: { contactId: contactIds } },
              }),
            ),
      changes: LIST_EFFECTS,
    }),
  upload: () =>
    resourceMutation({
      mutationFn: async ({ file, fileName, name, useCustomFields, onProgress, signal }: ContactListUpload) => {
        const form = new FormData();
        form.set('name', name);
        form.set('useCustomFields', String(useCustomFields));
        form.set('file', file, fileName);
        const created = await uploadWithProgress<Schema<'ResourceId'>>('/contacts/lists/upload', form, {
          onProgress,
          signal,
        });
        return created.id;
      },
      changes: LIST_EFFECTS,
    }),
};
