import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { fieldsParam } from '../../api/fields';
import type { DncSearch } from './dncSearch';

/** Query keys of the do-not-contact area, from the most general to the most specific. */
export const dncKeys = {
  all: ['dnc'] as const,
  lists: () => [...dncKeys.all, 'list'] as const,
  list: (search: DncSearch, paging: { offset: number; limit: number }) => [...dncKeys.lists(), search, paging] as const,
  entries: () => [...dncKeys.all, 'entry'] as const,
  entry: (number: string) => [...dncKeys.entries(), number] as const,
  sourceCount: (source: string) => [...dncKeys.all, 'source-count', source] as const,
  universal: (toNumber: string, fromNumber?: string) =>
    [...dncKeys.all, 'universal', toNumber, fromNumber ?? ''] as const,
};

export function fetchDncPage(search: DncSearch, offset: number, limit: number, signal?: AbortSignal) {
  return unwrap(api.GET('/contacts/dncs', { params: { query: { ...search, offset, limit } }, signal }));
}

export const dncListQuery = (search: DncSearch, paging: { offset: number; limit: number }) =>
  queryOptions({
    queryKey: dncKeys.list(search, paging),
    queryFn: ({ signal }) => fetchDncPage(search, paging.offset, paging.limit, signal),
    placeholderData: keepPreviousData,
  });

export const dncEntryQuery = (number: string) =>
  queryOptions({
    queryKey: dncKeys.entry(number),
    queryFn: ({ signal }) => unwrap(api.GET('/contacts/dncs/{number}', { params: { path: { number } }, signal })),
  });

/** How many entries hold this source: one item-less page, only its total. */
export const dncSourceCountQuery = (source: string) =>
  queryOptions({
    queryKey: dncKeys.sourceCount(source),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/contacts/dncs', {
          params: { query: { source, limit: 1, fields: fieldsParam(['totalCount']) } },
          signal,
        }),
      );
      return page.totalCount;
    },
    staleTime: 0,
  });

export const universalDncQuery = (toNumber: string, fromNumber?: string) =>
  queryOptions({
    queryKey: dncKeys.universal(toNumber, fromNumber),
    queryFn: async ({ signal }) => {
      const list = await unwrap(
        api.GET('/contacts/dncs/universals/{toNumber}', {
          params: { path: { toNumber }, query: fromNumber ? { fromNumber } : {} },
          signal,
        }),
      );
      return list.items[0];
    },
    // The lookup page shows its own error next to the form instead of replacing the page.
    throwOnError: false,
    staleTime: 0,
  });
