import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { operations } from '../../api/schema';
import type { Schema } from '../../api/types';
import { callKeys } from './callQueries';

type SendQuery = NonNullable<operations['sendCalls']['parameters']['query']>;

/** Calls up to 10 recipients at once; field errors are shown by the form. */
export function useSendCalls() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ recipients, query }: { recipients: Schema<'CallRecipient'>[]; query: SendQuery }) =>
      unwrap(api.POST('/calls', { body: recipients, params: { query } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: callKeys.lists() }),
    meta: { notifyOnError: false },
  });
}
