import { ApiError } from './ApiError';
import { consoleRequestHeaders } from './consoleHeaders';

/**
 * A request to the console's own server (`/auth`, `/audit`) with the console's header; a network failure
 * becomes an ApiError an operator can read, while a cancelled request stays an AbortError.
 */
export async function consoleFetch(url: string, init: RequestInit = {}): Promise<Response> {
  try {
    return await fetch(url, { ...init, headers: { ...consoleRequestHeaders, ...init.headers } });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, undefined, 'The console could not reach its server. Check your connection and try again.');
  }
}
