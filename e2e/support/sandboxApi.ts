import type { APIRequestContext } from '@playwright/test';
import { sandboxUrl } from '../../playwright.config';

/**
 * Requests straight to the e2e sandbox, not through the console: test setup and checks that must not
 * count as operations the UI exercised.
 */
const authorization = `Basic ${Buffer.from('sandbox:sandbox-password').toString('base64')}`;

async function answer<T>(response: Awaited<ReturnType<APIRequestContext['get']>>, what: string): Promise<T> {
  if (!response.ok()) throw new Error(`${what}: ${response.status()} ${await response.text()}`);
  // Some operations (addDoNotContacts) answer with no body.
  const body = await response.text();
  return (body ? JSON.parse(body) : undefined) as T;
}

/** GET a CallFire path (`/contacts/lists`) of the sandbox's `/v2` API. */
export async function sandboxGet<T>(request: APIRequestContext, path: string): Promise<T> {
  return answer<T>(await request.get(`${sandboxUrl}/v2${path}`, { headers: { authorization } }), `GET ${path}`);
}

/** POST to a CallFire path of the sandbox's `/v2` API. */
export async function sandboxPost<T>(request: APIRequestContext, path: string, data: unknown): Promise<T> {
  return answer<T>(await request.post(`${sandboxUrl}/v2${path}`, { headers: { authorization }, data }), `POST ${path}`);
}
