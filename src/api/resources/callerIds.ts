import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';

/** The account's verified caller ids: broadcasts and sent calls both pick from them. */
export const callerIdKeys = { all: ['caller-ids'] as const };

export const callerIdsQuery = () =>
  queryOptions({
    queryKey: callerIdKeys.all,
    queryFn: async ({ signal }) => (await unwrap(api.GET('/me/callerids', { signal }))).items,
    staleTime: 5 * 60_000,
  });
