import { ApiError, apiErrorFromResponse } from './ApiError';
import { consoleRequestHeaders } from './consoleHeaders';

/** Who the console's server acts for; `signIn` is false in single-operator mode (no sign-in, no sign-out). */
export interface SessionInfo {
  login: string;
  accountName?: string;
  signIn: boolean;
}

async function sessionRequest(method: 'GET' | 'POST' | 'DELETE', body?: object, signal?: AbortSignal) {
  try {
    return await fetch('/auth/session', {
      method,
      signal,
      headers: { ...consoleRequestHeaders, ...(body ? { 'content-type': 'application/json' } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined, 'The console could not reach its server. Check your connection and try again.');
  }
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
