import {
  queryOptions,
  type InvalidateQueryFilters,
  type MutationFunctionContext,
  type QueryKey,
} from '@tanstack/react-query';
import { addInBatches, type BulkAddProgress } from '../../lib/bulkAdd';
import { pageQuery } from './pageQuery';
import { api, unwrap, type ReadOptions } from '../client';
import { fieldsParam } from '../fields';
import type { operations } from '../../../shared/schema';
import type { Schema } from '../types';
import { resourceMutation } from './resourceMutation';

type FindQuery = NonNullable<operations['findDoNotContacts']['parameters']['query']>;
/** What findDoNotContacts is asked, paging aside. */
export type DncSearch = Omit<FindQuery, 'limit' | 'offset' | 'fields'>;
type DoNotContact = Schema<'DoNotContact'>;
type DncPage = Schema<'DoNotContactPage'>;
export type DncChanges = Pick<DoNotContact, 'call' | 'text' | 'inboundCall' | 'inboundText' | 'source'>;

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

/** findDoNotContacts: the one place the console searches the list. */
export const findDoNotContacts = (query: FindQuery, { signal, client = api }: ReadOptions = {}) =>
  unwrap(client.GET('/contacts/dncs', { params: { query }, signal }));

/** Numbers looked up on the list per findDoNotContacts request. */
const LOOKUP_SIZE = 100;

/** Which of `numbers` are on the do-not-contact list for `channel` now, looked up a hundred at a time. */
export async function numbersOnDoNotContactList(
  numbers: readonly string[],
  channel: 'call' | 'text',
  options: ReadOptions = {},
): Promise<Set<string>> {
  const listed = new Set<string>();
  for (let start = 0; start < numbers.length; start += LOOKUP_SIZE) {
    const found = await findDoNotContacts(
      {
        number: numbers.slice(start, start + LOOKUP_SIZE),
        [channel]: true,
        limit: LOOKUP_SIZE,
        fields: fieldsParam([{ items: ['number'] }]),
      },
      options,
    );
    for (const { number } of found.items) if (number) listed.add(number);
  }
  return listed;
}

export function fetchDncPage(search: DncSearch, offset: number, limit: number, signal?: AbortSignal) {
  return findDoNotContacts({ ...search, offset, limit }, { signal });
}

export const dncListQuery = (search: DncSearch, paging: { offset: number; limit: number }) =>
  pageQuery(dncKeys.list(search, paging), (signal) => fetchDncPage(search, paging.offset, paging.limit, signal));

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
      const page = await findDoNotContacts({ source, limit: 1, fields: fieldsParam(['totalCount']) }, { signal });
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

/** Numbers per addDoNotContacts request: small enough for quick progress, well under the contract's 10,000. */
export const ADD_BATCH_SIZE = 1000;

const updateEntry = (number: string, changes: DncChanges) =>
  unwrap(api.PUT('/contacts/dncs/{number}', { params: { path: { number } }, body: changes }));

/**
 * After a delete, lists, counts and lookups are fetched again. Entries are only marked stale: an
 * open entry page must not refetch the number it just deleted (that would be a 404).
 */
const DELETE_EFFECTS = [
  { queryKey: dncKeys.entries(), refetchType: 'none' },
  { queryKey: dncKeys.all, predicate: (query) => query.queryKey[1] !== 'entry' },
] satisfies InvalidateQueryFilters[];

export interface BulkAddVariables {
  numbers: string[];
  call: boolean;
  text: boolean;
  source?: string;
  onProgress: (progress: BulkAddProgress) => void;
  signal: AbortSignal;
}

export const dncMutations = {
  /** addDoNotContacts in batches; the result lists the batches CallFire refused. */
  bulkAdd: () =>
    resourceMutation({
      mutationFn: ({ numbers, call, text, source, onProgress, signal }: BulkAddVariables) =>
        addInBatches({
          numbers,
          batchSize: ADD_BATCH_SIZE,
          onProgress,
          signal,
          send: (batch) => unwrap(api.POST('/contacts/dncs', { body: { numbers: batch, call, text, source } })),
        }),
      changes: [dncKeys.all],
    }),
  update: (number: string) =>
    resourceMutation({
      mutationFn: (changes: DncChanges) => updateEntry(number, changes),
      changes: [dncKeys.all],
    }),
  /**
   * Flips a flag from the list at once; if CallFire refuses, the row goes back to what it was (and
   * the snackbar says why).
   */
  toggleFlag: () => ({
    ...resourceMutation({
      mutationFn: ({ number, changes }: { number: string; changes: DncChanges }) => updateEntry(number, changes),
      changes: [dncKeys.all],
    }),
    onMutate: async (
      { number, changes }: { number: string; changes: DncChanges },
      { client }: MutationFunctionContext,
    ) => {
      await client.cancelQueries({ queryKey: dncKeys.lists() });
      const before = client.getQueriesData<DncPage>({ queryKey: dncKeys.lists() });
      client.setQueriesData<DncPage>(
        { queryKey: dncKeys.lists() },
        (page) =>
          page && {
            ...page,
            items: page.items.map((entry) => (entry.number === number ? { ...entry, ...changes } : entry)),
          },
      );
      return before;
    },
    onError: (
      _error: Error,
      _variables: unknown,
      before: [QueryKey, DncPage | undefined][] | undefined,
      { client }: MutationFunctionContext,
    ) => before?.forEach(([key, data]) => client.setQueryData(key, data)),
  }),
  /** deleteDoNotContact; several numbers go in one request as CallFire's comma-separated list. */
  delete: () =>
    resourceMutation({
      mutationFn: (numbers: string[]) =>
        unwrap(api.DELETE('/contacts/dncs/{number}', { params: { path: { number: numbers.join(',') } } })),
      changes: DELETE_EFFECTS,
    }),
  deleteBySource: () =>
    resourceMutation({
      mutationFn: (source: string) =>
        unwrap(api.DELETE('/contacts/dncs/sources/{source}', { params: { path: { source } } })),
      changes: DELETE_EFFECTS,
    }),
};
