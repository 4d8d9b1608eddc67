import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schema } from '../../api/types';
import { addInBatches, type BulkAddProgress } from './bulkAdd';
import { dncKeys } from './dncQueries';

type DoNotContact = Schema<'DoNotContact'>;
type DncPage = Schema<'DoNotContactPage'>;
export type DncChanges = Pick<DoNotContact, 'call' | 'text' | 'inboundCall' | 'inboundText' | 'source'>;

/** Numbers per addDoNotContacts request: small enough for quick progress, well under the contract's 10,000. */
export const ADD_BATCH_SIZE = 1000;

const updateEntry = (number: string, changes: DncChanges) =>
  unwrap(api.PUT('/contacts/dncs/{number}', { params: { path: { number } }, body: changes }));

/**
 * After a delete, lists, counts and lookups are fetched again. Entries are only marked stale: an
 * open entry page must not refetch the number it just deleted (that would be a 404).
 */
function refreshAfterDelete(queryClient: QueryClient) {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: dncKeys.entries(), refetchType: 'none' }),
    queryClient.invalidateQueries({ queryKey: dncKeys.all, predicate: (query) => query.queryKey[1] !== 'entry' }),
  ]);
}

export interface BulkAddVariables {
  numbers: string[];
  call: boolean;
  text: boolean;
  source?: string;
  onProgress: (progress: BulkAddProgress) => void;
  signal: AbortSignal;
}

/** addDoNotContacts in batches; the page reports failed batches itself. */
export function useBulkAddDoNotContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ numbers, call, text, source, onProgress, signal }: BulkAddVariables) =>
      addInBatches({
        numbers,
        batchSize: ADD_BATCH_SIZE,
        onProgress,
        signal,
        send: (batch) => unwrap(api.POST('/contacts/dncs', { body: { numbers: batch, call, text, source } })),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: dncKeys.all }),
    meta: { notifyOnError: false },
  });
}

/** updateDoNotContact from the edit form, which shows errors beside its fields. */
export function useUpdateDoNotContact(number: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: DncChanges) => updateEntry(number, changes),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dncKeys.all }),
    meta: { notifyOnError: false },
  });
}

/**
 * Flips a flag from the list at once; if CallFire refuses, the row goes back to what it was and the
 * error is announced.
 */
export function useToggleDncFlag() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, changes }: { number: string; changes: DncChanges }) => updateEntry(number, changes),
    onMutate: async ({ number, changes }) => {
      await queryClient.cancelQueries({ queryKey: dncKeys.lists() });
      const before = queryClient.getQueriesData<DncPage>({ queryKey: dncKeys.lists() });
      queryClient.setQueriesData<DncPage>(
        { queryKey: dncKeys.lists() },
        (page) =>
          page && {
            ...page,
            items: page.items.map((entry) => (entry.number === number ? { ...entry, ...changes } : entry)),
          },
      );
      return { before };
    },
    onError: (_error, _variables, context) => {
      context?.before.forEach(([key, data]) => queryClient.setQueryData(key, data));
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: dncKeys.all }),
  });
}

/** deleteDoNotContact; several numbers go in one request as CallFire's comma-separated list. */
export function useDeleteDoNotContacts() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (numbers: string[]) =>
      unwrap(api.DELETE('/contacts/dncs/{number}', { params: { path: { number: numbers.join(',') } } })),
    onSuccess: () => refreshAfterDelete(queryClient),
  });
}

export function useDeleteDoNotContactsBySource() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (source: string) =>
      unwrap(api.DELETE('/contacts/dncs/sources/{source}', { params: { path: { source } } })),
    onSuccess: () => refreshAfterDelete(queryClient),
  });
}
