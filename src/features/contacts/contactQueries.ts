import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schema } from '../../api/types';

export type Contact = Schema<'Contact'>;
export type ContactList = Schema<'ContactList'>;

export interface ContactSearch {
  number?: string;
  propertyName?: string;
  propertyValue?: string;
  contactListId?: number;
}

export interface Paging {
  limit: number;
  offset: number;
}

/** Query keys of the contacts area, from the most general to the most specific. */
export const contactKeys = {
  all: ['contacts'] as const,
  contacts: () => [...contactKeys.all, 'contact'] as const,
  search: (search: ContactSearch, paging: Paging) => [...contactKeys.contacts(), 'search', search, paging] as const,
  contact: (id: number) => [...contactKeys.contacts(), id] as const,
  history: (id: number) => [...contactKeys.contact(id), 'history'] as const,
  memberships: (id: number) => [...contactKeys.contact(id), 'lists'] as const,
  lists: () => [...contactKeys.all, 'list'] as const,
  listSearch: (name: string, paging: Paging) => [...contactKeys.lists(), 'search', name, paging] as const,
  list: (id: number) => [...contactKeys.lists(), id] as const,
  listItems: (id: number, paging: Paging) => [...contactKeys.list(id), 'items', paging] as const,
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
  queryOptions({
    queryKey: contactKeys.search(search, paging),
    queryFn: ({ signal }) => fetchContactsPage(search, paging, signal),
    placeholderData: keepPreviousData,
  });

export const contactQuery = (id: number) =>
  queryOptions({
    queryKey: contactKeys.contact(id),
    queryFn: ({ signal }) => unwrap(api.GET('/contacts/{id}', { params: { path: { id } }, signal })),
  });

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

export const fetchContactListsPage = (name: string, paging: Paging, signal?: AbortSignal) =>
  unwrap(api.GET('/contacts/lists', { params: { query: { ...paging, name: name || undefined } }, signal }));

export const contactListsQuery = (name: string, paging: Paging) =>
  queryOptions({
    queryKey: contactKeys.listSearch(name, paging),
    queryFn: ({ signal }) => fetchContactListsPage(name, paging, signal),
    placeholderData: keepPreviousData,
  });

/** Statuses a list leaves by itself; while in one, the list is polled. */
export const IN_PROGRESS_STATUSES: readonly ContactList['status'][] = ['VALIDATING', 'IMPORTING'];

export const contactListQuery = (id: number) =>
  queryOptions({
    queryKey: contactKeys.list(id),
    queryFn: ({ signal }) => unwrap(api.GET('/contacts/lists/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (IN_PROGRESS_STATUSES.includes(query.state.data?.status) ? 500 : false),
  });

export const fetchContactListItemsPage = (id: number, paging: Paging, signal?: AbortSignal) =>
  unwrap(api.GET('/contacts/lists/{id}/items', { params: { path: { id }, query: paging }, signal }));

export const contactListItemsQuery = (id: number, paging: Paging) =>
  queryOptions({
    queryKey: contactKeys.listItems(id, paging),
    queryFn: ({ signal }) => fetchContactListItemsPage(id, paging, signal),
    placeholderData: keepPreviousData,
  });
