import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { Schema } from '../types';
import { batchLoader } from '../../lib/batchLoader';
import { contactListKeys, fetchContactListsPage, type Paging } from './contactLists';
import { pageQuery } from './pageQuery';
import { resourceMutation } from './resourceMutation';

export type Contact = Schema<'Contact'>;

export interface ContactSearch {
  number?: string;
  propertyName?: string;
  propertyValue?: string;
  contactListId?: number;
}

/** Query keys of contacts, from the most general to the most specific. */
export const contactKeys = {
  all: ['contacts'] as const,
  search: (search: ContactSearch, paging: Paging) => [...contactKeys.all, 'search', search, paging] as const,
  contact: (id: number) => [...contactKeys.all, id] as const,
  history: (id: number) => [...contactKeys.contact(id), 'history'] as const,
  memberships: (id: number) => [...contactKeys.contact(id), 'lists'] as const,
};

/** Fetches one page of a contact search; the export walks all pages with it. */
export const fetchContactsPage = (search: ContactSearch, paging: Paging, signal?: AbortSignal) =>
  unwrap(
    api.GET('/contacts', {
      params: {
        query: {
          ...paging,
          number: search.number ? [search.number] : undefined,
          propertyName: search.propertyName || undefined,
          propertyValue: search.propertyName && search.propertyValue ? search.propertyValue : undefined,
          contactListId: search.contactListId,
        },
      },
      signal,
    }),
  );

export const contactsQuery = (search: ContactSearch, paging: Paging) =>
  pageQuery(contactKeys.search(search, paging), (signal) => fetchContactsPage(search, paging, signal));

export const contactQuery = (id: number) =>
  queryOptions({
    queryKey: contactKeys.contact(id),
    queryFn: ({ signal }) => unwrap(api.GET('/contacts/{id}', { params: { path: { id } }, signal })),
  });

// A grid naming a contact per row (the calls and texts pages) asks for a page's contacts in one findContacts.
const contactsById = batchLoader(
  async (ids: number[]) =>
    (await unwrap(api.GET('/contacts', { params: { query: { id: ids, limit: ids.length } } }))).items ?? [],
);

/** One contact, as `contactQuery` has it (same key), read in a batch with the others a page names. */
export const contactInBatchQuery = (id: number) =>
  queryOptions({ queryKey: contactKeys.contact(id), queryFn: () => contactsById.load(id) });

export const HISTORY_LIMIT = 100;

export const contactHistoryQuery = (id: number) =>
  queryOptions({
    queryKey: contactKeys.history(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/contacts/{id}/history', { params: { path: { id }, query: { limit: HISTORY_LIMIT } }, signal })),
  });

/** How many lists the detail page checks for a contact's memberships (CallFire has no reverse lookup). */
export const MEMBERSHIP_LISTS_CHECKED = 100;

/**
 * The lists a contact belongs to. CallFire cannot be asked this directly, so each of the newest lists
 * is searched for the contact (one small request per list, asking only for the count).
 */
export const contactMembershipsQuery = (id: number) =>
  queryOptions({
    queryKey: contactKeys.memberships(id),
    queryFn: async ({ signal }) => {
      const lists = await fetchContactListsPage('', { limit: MEMBERSHIP_LISTS_CHECKED, offset: 0 }, signal);
      const checks = await Promise.all(
        lists.items.map((list) =>
          unwrap(
            api.GET('/contacts', {
              params: { query: { id: [id], contactListId: list.id, limit: 1, fields: 'totalCount' } },
              signal,
            }),
          ),
        ),
      );
      return {
        lists: lists.items.filter((_, index) => checks[index].totalCount > 0),
        checkedAll: lists.totalCount <= lists.items.length,
      };
    },
  });

// A contact's changes show in searches and in the lists holding it (their sizes, their members).
const CONTACT_EFFECTS = [contactKeys.all, contactListKeys.all];

export const contactMutations = {
  create: () =>
    resourceMutation({
      mutationFn: async (contact: Contact) => (await unwrap(api.POST('/contacts', { body: [contact] }))).items?.[0]?.id,
      changes: CONTACT_EFFECTS,
    }),
  update: (id: number) =>
    resourceMutation({
      mutationFn: (contact: Contact) => unwrap(api.PUT('/contacts/{id}', { params: { path: { id } }, body: contact })),
      changes: CONTACT_EFFECTS,
    }),
  /** Deletes contacts one request each (CallFire has no bulk delete), reporting how far it got. */
  delete: () =>
    resourceMutation({
      mutationFn: async ({ ids, onProgress }: { ids: number[]; onProgress?: (done: number) => void }) => {
        for (const [index, id] of ids.entries()) {
          await unwrap(api.DELETE('/contacts/{id}', { params: { path: { id } } }));
          onProgress?.(index + 1);
        }
      },
      changes: CONTACT_EFFECTS,
    }),
};
