import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Schema } from '../../api/types';
import { broadcastKeys, type CallBroadcast } from './broadcastQueries';

/** Saving a new broadcast (optionally starting it at once). Errors go beside the form's fields. */
export function useCreateBroadcast() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ broadcast, start }: { broadcast: CallBroadcast; start: boolean }) =>
      unwrap(api.POST('/calls/broadcasts', { body: broadcast, params: { query: { start } } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: broadcastKeys.lists() }),
    meta: { notifyOnError: false },
  });
}

export function useUpdateBroadcast(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (broadcast: CallBroadcast) =>
      unwrap(api.PUT('/calls/broadcasts/{id}', { params: { path: { id } }, body: broadcast })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: broadcastKeys.all }),
    meta: { notifyOnError: false },
  });
}

type Command = 'start' | 'stop' | 'archive';

/** Start, stop or archive; the broadcast's detail and every list refresh afterwards. */
export function useBroadcastCommand(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (command: Command) => {
      const options = { params: { path: { id } } };
      if (command === 'start') return unwrap(api.POST('/calls/broadcasts/{id}/start', options));
      if (command === 'stop') return unwrap(api.POST('/calls/broadcasts/{id}/stop', options));
      return unwrap(api.POST('/calls/broadcasts/{id}/archive', options));
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: broadcastKeys.all }),
  });
}

export function useAddBatch(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (batch: Schema<'BatchRequest'>) =>
      unwrap(api.POST('/calls/broadcasts/{id}/batches', { params: { path: { id } }, body: batch })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: broadcastKeys.detail(id) }),
    meta: { notifyOnError: false },
  });
}

export function useAddRecipients(id: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (recipients: Schema<'Recipient'>[]) =>
      unwrap(api.POST('/calls/broadcasts/{id}/recipients', { params: { path: { id } }, body: recipients })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: broadcastKeys.detail(id) }),
    meta: { notifyOnError: false },
  });
}

export function useSetBatchEnabled(broadcastId: number) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ batchId, enabled }: { batchId: number; enabled: boolean }) =>
      unwrap(api.PUT('/campaigns/batches/{id}', { params: { path: { id: batchId } }, body: { enabled } })),
    onSuccess: (_data, { batchId }) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: broadcastKeys.detail(broadcastId) }),
        queryClient.invalidateQueries({ queryKey: broadcastKeys.batch(batchId) }),
      ]),
  });
}
