import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../api/ApiError';
import { effectFilters } from '../api/resources/resourceMutation';
import { notify } from '../lib/notifications';
import { isEndedSession } from './sessionQuery';
import { returnToSignIn } from './signInRedirect';

const isClientError = (error: unknown) => error instanceof ApiError && error.isClientError;

export function createQueryClient() {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A first load that fails goes to the route's error boundary; a failed background refresh
      // keeps the data on screen and says so here. An ended session goes back to sign-in.
      onError: (error, query) => {
        if (isEndedSession(error, queryClient)) returnToSignIn();
        else if (query.state.data !== undefined) notify(`Could not refresh: ${errorMessage(error)}`, 'warning');
      },
    }),
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (isEndedSession(error, queryClient)) returnToSignIn();
        else if (mutation.meta?.notifyOnError !== false) notify(errorMessage(error), 'error');
      },
      // Every mutation refreshes what it declared it changes (see `resourceMutation`), on failure too.
      onSettled: (_data, _error, _variables, _context, mutation) =>
        Promise.all(
          (mutation.meta?.changes ?? []).map((effect) => queryClient.invalidateQueries(effectFilters(effect))),
        ),
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retrying a 4xx asks the same wrong question again; network and 5xx failures may pass.
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
        // An ended session is already on its way to sign-in: no error page flashes before it.
        throwOnError: (error, query) => query.state.data === undefined && !isEndedSession(error, queryClient),
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
