/**
 * A CallFire stand-in for DOM tests: the console's client sends its requests here instead of the
 * network. A test answers the requests it expects with `on(method, path, answer)` and reads what was
 * asked from `requests`; anything it did not expect is a 404 ErrorResponse, which fails loudly.
 */
type Answer = (request: Request, url: URL) => Response | Promise<Response>;

interface Route {
  method: string;
  path: string;
  answer: Answer;
}

let routes: Route[] = [];
export const requests: { method: string; url: URL; body?: unknown }[] = [];

/** A JSON answer, as the proxy returns CallFire's. */
export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** A CallFire ErrorResponse. */
export const errorAnswer = (status: number, message: string) =>
  json({ httpStatusCode: status, internalCode: 0, message }, status);

/** Answers `method path` (the path under `/api`); a later answer for the same request wins. */
export function on(method: string, path: string, answer: Answer | object) {
  routes.unshift({ method, path, answer: typeof answer === 'function' ? (answer as Answer) : () => json(answer) });
}

export function resetFakeCallfire() {
  routes = [];
  requests.length = 0;
}

/** Requests made with `method` to `path`, in order. */
export const requestsTo = (method: string, path: string) =>
  requests.filter((request) => request.method === method && request.url.pathname === `/api${path}`);

export async function fakeFetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const request = input instanceof Request ? input : new Request(input, init);
  const url = new URL(request.url, window.location.href);
  const text = request.method === 'GET' ? '' : await request.clone().text();
  requests.push({ method: request.method, url, body: text ? JSON.parse(text) : undefined });
  const route = routes.find((entry) => entry.method === request.method && `/api${entry.path}` === url.pathname);
  return route ? route.answer(request, url) : errorAnswer(404, `No answer for ${request.method} ${url.pathname}`);
}
