import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import { resourceMutation } from './resourceMutation';

/** The account's verified caller ids: broadcasts and sent calls both pick from them. */
export const callerIdKeys = { all: ['caller-ids'] as const };

export const callerIdsQuery = () =>
  queryOptions({
    queryKey: callerIdKeys.all,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/me/callerids', { signal }))).items,
    staleTime: 5 * 60_000,
  });

const byCallerId = (callerid: string) => ({ params: { path: { callerid } } });

export const callerIdMutations = {
  /** CallFire calls the number and reads out a verification code. */
  sendVerificationCode: () =>
    resourceMutation({
      mutationFn: (number: string) => unwrap(api.POST('/me/callerids/{callerid}', byCallerId(number))),
      changes: [callerIdKeys.all],
    }),
  /** Resolves to whether the code was right; a right code makes the number a verified caller id. */
  verify: () =>
    resourceMutation({
      mutationFn: ({ number, code }: { number: string; code: string }) =>
        unwrap(
          api.POST('/me/callerids/{callerid}/verification-code', {
            ...byCallerId(number),
            body: { verificationCode: code },
          }),
        ),
      changes: [callerIdKeys.all],
    }),
};
