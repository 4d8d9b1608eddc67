import { apiErrorFromResponse } from './ApiError';
import { consoleFetch } from './consoleFetch';

/** Who the console's server acts for; `signIn` is false in single-operator mode (no sign-in, no sign-out). */
export interface SessionInfo {
  login: string;
  accountName?: string;
  signIn: boolean;
}

function sessionRequest(method: 'GET' | 'POST' | 'DELETE', body?: object, signal?: AbortSignal) {
  return consoleFetch('/auth/session', {
    method,
    signal,
    headers: body ? { 'content-type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined,
  });
}

/** The signed-in operator, or null when nobody is. */
export async function fetchSession(signal?: AbortSignal): Promise<SessionInfo | null> {
  const response = await sessionRequest('GET', undefined, signal);
  if (response.status === 401) return null;
  if (!response.ok) throw await apiErrorFromResponse(response);
  return (await response.json()) as SessionInfo;
}

/** Signs in; the server keeps the credentials and answers with an HttpOnly cookie the page cannot read. */
export async function signIn(login: string, password: string): Promise<SessionInfo> {
  const response = await sessionRequest('POST', { login, password });
  if (!response.ok) throw await apiErrorFromResponse(response);
  return (await response.json()) as SessionInfo;
}

export async function signOut(): Promise<void> {
  const response = await sessionRequest('DELETE');
  if (!response.ok) throw await apiErrorFromResponse(response);
}
