import createClient, { type Middleware } from 'openapi-fetch';
import { ApiError, apiErrorFromResponse } from './ApiError';
import { consoleRequestHeaders } from './consoleHeaders';
import type { paths } from '../../shared/schema';

/**
 * Makes every failure a thrown ApiError, so query and mutation functions only ever see success.
 * Empty 2xx answers (204, or CallFire's updates that answer 200 with no body) need nothing here:
 * openapi-fetch already reads them as success with no data, which the client tests pin down.
 */
export const callfireMiddleware: Middleware = {
  async onResponse({ response }) {
    if (!response.ok) throw await apiErrorFromResponse(response);
    return undefined;
  },
  onError({ error }) {
    if (error instanceof ApiError) return error;
    if (error instanceof DOMException && error.name === 'AbortError') return error;
    return new ApiError(0, undefined, 'The console could not reach its server. Check your connection and try again.');
  },
};

/**
 * The only CallFire client in the app. It calls the console's own `/api` proxy, which adds credentials,
 * with the console's header, without which the proxy refuses the request as cross-site.
 */
export function createCallfireClient(baseUrl = '/api', fetchImpl?: typeof fetch) {
  const client = createClient<paths>({
    baseUrl,
    headers: consoleRequestHeaders,
    ...(fetchImpl ? { fetch: fetchImpl } : {}),
  });
  client.use(callfireMiddleware);
  return client;
}

export const api = createCallfireClient();

/** How a resource's read is made: cancellable, and against another client in tests. */
export interface ReadOptions {
  signal?: AbortSignal;
  client?: typeof api;
}

/**
 * Returns the data of a successful call. The middleware already threw for failures, so the
 * `error` branch only exists for the type checker.
 */
export async function unwrap<T>(request: Promise<{ data?: T; error?: unknown }>): Promise<T> {
  const { data, error } = await request;
  if (error !== undefined)
    throw error instanceof Error ? error : new ApiError(500, undefined, 'Unexpected error answer');
  return data as T;
}
