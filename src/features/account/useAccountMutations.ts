import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { callerIdKeys } from '../../api/resources/callerIds';
import { credentialKeys } from '../../api/resources/account';

/** A mutation that refreshes what it changed; `fieldErrors` when the form shows the error itself. */
function useRefreshingMutation<Variables, Result>(
  refreshes: QueryKey,
  mutationFn: (variables: Variables) => Promise<Result>,
  { fieldErrors = false } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: refreshes }),
    meta: fieldErrors ? { notifyOnError: false } : undefined,
  });
}

const byId = (id: number) => ({ params: { path: { id } } });

/** Answers the new credential with its password, which CallFire sends only this once. */
export const useCreateApiCredential = () =>
  useRefreshingMutation(
    credentialKeys.all,
    (name: string) => unwrap(api.POST('/me/api/credentials', { body: { name } })),
    {
      fieldErrors: true,
    },
  );

export const useSetApiCredentialEnabled = () =>
  useRefreshingMutation(credentialKeys.all, ({ id, enabled }: { id: number; enabled: boolean }) =>
    unwrap(
      enabled
        ? api.POST('/me/api/credentials/{id}/enable', byId(id))
        : api.POST('/me/api/credentials/{id}/disable', byId(id)),
    ),
  );

export const useDeleteApiCredential = () =>
  useRefreshingMutation(credentialKeys.all, (id: number) => unwrap(api.DELETE('/me/api/credentials/{id}', byId(id))));

const byCallerId = (callerid: string) => ({ params: { path: { callerid } } });

export const useSendVerificationCode = () =>
  useRefreshingMutation(
    callerIdKeys.all,
    (number: string) => unwrap(api.POST('/me/callerids/{callerid}', byCallerId(number))),
    { fieldErrors: true },
  );

/** Resolves to whether the code was right; a right code makes the number a verified caller id. */
export const useVerifyCallerId = () =>
  useRefreshingMutation(
    callerIdKeys.all,
    ({ number, code }: { number: string; code: string }) =>
      unwrap(
        api.POST('/me/callerids/{callerid}/verification-code', {
          ...byCallerId(number),
          body: { verificationCode: code },
        }),
      ),
    { fieldErrors: true },
  );
