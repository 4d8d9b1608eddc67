import type { FetchQueryOptions, QueryClient } from '@tanstack/react-query';
import { createContext, type LoaderFunctionArgs, type RouterContextProvider } from 'react-router';

/** The console's query client, as the router hands it to route loaders (`getContext` in the app's router). */
export const queryClientContext = createContext<QueryClient>();

/**
 * A route loader that starts the page's first query as soon as the route matches, so the answer comes
 * while the page's code downloads instead of after it renders. It does not wait for the answer (the page
 * shows its own loading state) nor for the session: a 401 is cached like any failure, and the shell,
 * which asks `/auth/session` in parallel, sends a signed-out operator to sign-in before the page renders.
 * `queryOf` builds the same options the page passes to `useQuery` (the list pages read theirs from the
 * address); options the page holds back (`enabled: false`) are not asked here either.
 */
export function prefetchLoader(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any query's options: only its key and function matter here
  queryOf: (url: URL) => (FetchQueryOptions<any, any, any, any> & { enabled?: unknown }) | undefined,
) {
  return ({ request, context }: LoaderFunctionArgs<Readonly<RouterContextProvider>>) => {
    const options = queryOf(new URL(request.url));
    if (options && options.enabled !== false) void context.get(queryClientContext).prefetchQuery(options);
    return null;
  };
}
