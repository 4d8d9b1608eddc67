import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { ApiError } from '../api/ApiError';
import { fetchSession, type SessionInfo } from '../api/session';

const sessionKey = ['session'] as const;

/** Who is signed in; asked once per page load (sign-in and sign-out load the page again). */
export const sessionQuery = () =>
  queryOptions({ queryKey: sessionKey, queryFn: ({ signal }) => fetchSession(signal), staleTime: Infinity });

/** A 401 from `/api` while signed in means the session is over: the server ended it or CallFire refused it. */
export function isEndedSession(error: unknown, client: QueryClient): boolean {
  const session = client.getQueryData<SessionInfo | null>(sessionKey);
  return error instanceof ApiError && error.status === 401 && session?.signIn === true;
}
