import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { consoleApi, SESSION_COOKIE } from './consoleApi';
import { consoleSettings } from './consoleSettings';
import { MemorySessionStore } from './sessionStore';
import { Sessions } from './sessions';
import { SignInThrottle } from './signInThrottle';
import { startTestUpstream, type UpstreamAnswer } from './testUpstream';

const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
const fromConsole = { 'x-callfire-console': '1', host: 'console.test' };
const audio = Buffer.from([0xff, 0xfb, 0x90, 0x00, 0x00, 0x01, 0x02, 0x80]);

// CallFire as far as these tests need it: one valid pair of credentials, audio, and a 401 otherwise.
const upstream = await startTestUpstream((request): UpstreamAnswer => {
  if (request.headers.authorization !== basic('operator', 'secret-pw')) {
    return { status: 401, headers: { 'content-type': 'application/json', 'www-authenticate': 'Basic' }, body: '{}' };
  }
  if (request.url?.endsWith('.mp3')) {
    // An upstream that closes its side after each answer (keep-alive is per hop).
    return {
      status: 200,
      headers: { 'content-type': 'audio/mpeg', connection: 'close', 'keep-alive': 'timeout=5' },
      body: audio,
    };
  }
  return {
    status: 200,
    headers: { 'content-type': 'application/json', 'set-cookie': 'upstream=1' },
    body: JSON.stringify({ name: 'Acme', echo: request.body.toString('utf8') }),
  };
});
afterAll(() => upstream.close());
afterEach(() => {
  upstream.seen.length = 0;
});

const postSignIn = (
  app: FastifyInstance,
  payload: { login: string; password: string },
  headers: Record<string, string> = {},
) => app.inject({ method: 'POST', url: '/auth/session', headers: { ...fromConsole, ...headers }, payload });

async function consoleServer(env: Record<string, string>, idleMs = 60_000) {
  const settings = consoleSettings({ CALLFIRE_API_URL: upstream.url, ...env });
  const sessions = new Sessions(new MemorySessionStore(), 'test-secret', idleMs);
  const app = Fastify({ trustProxy: true });
  await app.register(consoleApi, { settings, sessions, throttle: new SignInThrottle(Date.now, 0) });
  await app.ready();
  return app;
}

describe('cross-site protection', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await consoleServer({ CALLFIRE_API_LOGIN: 'operator', CALLFIRE_API_PASSWORD: 'secret-pw' });
  });
  afterAll(() => app.close());

  it.each([
    ['an Origin of another site', { ...fromConsole, origin: 'https://evil.example' }],
    ['an Origin of another port on the same host', { ...fromConsole, origin: 'http://console.test:9999' }],
    ['Sec-Fetch-Site: cross-site', { ...fromConsole, 'sec-fetch-site': 'cross-site' }],
    ['Sec-Fetch-Site: same-site', { ...fromConsole, 'sec-fetch-site': 'same-site' }],
    ['no console header (a form post)', { host: 'console.test', 'content-type': 'text/plain' }],
  ])('refuses a write with %s: 403, CallFire error body, nothing forwarded', async (_case, headers) => {
    const response = await app.inject({ method: 'POST', url: '/api/calls/broadcasts/4/start', headers });
    expect(response.statusCode).toBe(403);
    expect(response.json()).toMatchObject({ httpStatusCode: 403, message: expect.stringMatching(/refused/) });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(upstream.seen).toHaveLength(0);
  });

  it('refuses a cross-site read without the header (an <img> or <script> from another page)', async () => {
    const response = await app.inject({ url: '/api/me/account', headers: { host: 'console.test' } });
    expect(response.statusCode).toBe(403);
    expect(upstream.seen).toHaveLength(0);
  });

  it("forwards the console's own requests, and same-origin reads an <audio> element makes", async () => {
    const write = await app.inject({
      method: 'POST',
      url: '/api/calls/broadcasts/4/start',
      headers: { ...fromConsole, origin: 'http://console.test', 'sec-fetch-site': 'same-origin' },
    });
    expect(write.statusCode).toBe(200);
    const media = await app.inject({
      url: '/api/campaigns/sounds/1.mp3',
      headers: { host: 'console.test', 'sec-fetch-site': 'same-origin' },
    });
    expect(media.statusCode).toBe(200);
    expect(upstream.seen.map((request) => request.url)).toEqual([
      '/v2/calls/broadcasts/4/start',
      '/v2/campaigns/sounds/1.mp3',
    ]);
  });

  it('answers a CORS preflight without any CORS header', async () => {
    const response = await app.inject({
      method: 'OPTIONS',
      url: '/api/me/account',
      headers: { host: 'console.test', origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(upstream.seen).toHaveLength(0);
  });
});

describe('the /api proxy in single-operator mode', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await consoleServer({ CALLFIRE_API_LOGIN: 'operator', CALLFIRE_API_PASSWORD: 'secret-pw' });
  });
  afterAll(() => app.close());

  it('adds credentials, drops cookies both ways, strips /api and passes the body through', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/contacts/lists?fields=id',
      headers: {
        ...fromConsole,
        cookie: 'other=1',
        authorization: 'Basic bm9wZTpub3Bl',
        'content-type': 'application/json',
      },
      payload: '{"name":"Leads"}',
    });
    const [forwarded] = upstream.seen;
    expect(forwarded.url).toBe('/v2/contacts/lists?fields=id');
    expect(forwarded.headers.authorization).toBe(basic('operator', 'secret-pw'));
    expect(forwarded.headers.cookie).toBeUndefined();
    expect(forwarded.headers['x-callfire-console']).toBe('1');
    expect(forwarded.body.toString()).toBe('{"name":"Leads"}');
    expect(response.headers['set-cookie']).toBeUndefined();
    expect(response.body).not.toContain('secret-pw');
  });

  it("keeps the browser's connection open whatever the upstream hop says about its own", async () => {
    // Over a real socket: injected requests never keep their connection.
    const listening = await consoleServer({ CALLFIRE_API_LOGIN: 'operator', CALLFIRE_API_PASSWORD: 'secret-pw' });
    try {
      const address = await listening.listen({ port: 0, host: '127.0.0.1' });
      const response = await fetch(`${address}/api/campaigns/sounds/1.mp3`, { headers: fromConsole });
      await response.arrayBuffer();
      expect(upstream.seen).toHaveLength(1);
      expect(response.headers.get('connection')).toBe('keep-alive');
      expect(response.headers.get('keep-alive')).not.toBe('timeout=5');
    } finally {
      await listening.close();
    }
  });

  it('passes binary answers through byte for byte', async () => {
    const response = await app.inject({ url: '/api/campaigns/sounds/1.mp3', headers: fromConsole });
    expect(response.headers['content-type']).toBe('audio/mpeg');
    expect(response.rawPayload).toEqual(audio);
  });

  it('says who is signed in without a session, and refuses sign-in', async () => {
    const who = await app.inject({ url: '/auth/session', headers: fromConsole });
    expect(who.json()).toEqual({ login: 'operator', signIn: false });
    const signIn = await postSignIn(app, { login: 'x', password: 'y' });
    expect(signIn.statusCode).toBe(409);
  });
});

describe('sign-in sessions', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await consoleServer({});
  });
  afterAll(() => app.close());

  const signIn = (password: string, headers: Record<string, string> = {}) =>
    postSignIn(app, { login: 'operator', password }, headers);
  const sessionCookie = (response: { cookies: { name: string; value: string; secure?: boolean }[] }) =>
    response.cookies.find((cookie) => cookie.name === SESSION_COOKIE);

  it('answers /api without a session with 401 and forwards nothing', async () => {
    const response = await app.inject({ url: '/api/me/account', headers: fromConsole });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ httpStatusCode: 401 });
    expect(upstream.seen).toHaveLength(0);
    expect((await app.inject({ url: '/auth/session', headers: fromConsole })).statusCode).toBe(401);
  });

  it('refuses wrong credentials with 401, sets no cookie and never echoes the password', async () => {
    const response = await signIn('wrong-guess');
    expect(response.statusCode).toBe(401);
    expect(response.json().message).toBe('Wrong API login or password');
    expect(response.body).not.toContain('wrong-guess');
    expect(sessionCookie(response)).toBeUndefined();
    expect(upstream.seen[0].url).toBe('/v2/me/account?fields=id,name');
  });

  it('refuses a sign-in without a password as a 400', async () => {
    const response = await postSignIn(app, { login: 'operator', password: '' });
    expect(response.statusCode).toBe(400);
    expect(upstream.seen).toHaveLength(0);
  });

  it('signs in with an HttpOnly, SameSite=Strict opaque cookie, then forwards with those credentials', async () => {
    const response = await signIn('secret-pw');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ login: 'operator', accountName: 'Acme', signIn: true });
    expect(response.body).not.toContain('secret-pw');
    const cookie = sessionCookie(response)!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeUndefined();
    expect(cookie.value).not.toContain('operator');
    expect(cookie.value.length).toBeGreaterThanOrEqual(43);

    const session = { cookie: `${SESSION_COOKIE}=${cookie.value}` };
    const who = await app.inject({ url: '/auth/session', headers: { ...fromConsole, ...session } });
    expect(who.json()).toEqual({ login: 'operator', accountName: 'Acme', signIn: true });
    upstream.seen.length = 0;
    const proxied = await app.inject({ url: '/api/me/account', headers: { ...fromConsole, ...session } });
    expect(proxied.statusCode).toBe(200);
    expect(upstream.seen[0].headers.authorization).toBe(basic('operator', 'secret-pw'));
    expect(upstream.seen[0].headers.cookie).toBeUndefined();

    const signOut = await app.inject({
      method: 'DELETE',
      url: '/auth/session',
      headers: { ...fromConsole, ...session },
    });
    expect(signOut.statusCode).toBe(204);
    upstream.seen.length = 0;
    const after = await app.inject({ url: '/api/me/account', headers: { ...fromConsole, ...session } });
    expect(after.statusCode).toBe(401);
    expect(upstream.seen).toHaveLength(0);
  });

  it('marks the cookie Secure behind HTTPS', async () => {
    const response = await signIn('secret-pw', { 'x-forwarded-proto': 'https' });
    expect(sessionCookie(response)?.secure).toBe(true);
  });

  it('ends the session when CallFire stops accepting its credentials', async () => {
    let accept = true;
    const flaky = await startTestUpstream(() =>
      accept
        ? { status: 200, headers: { 'content-type': 'application/json' }, body: '{}' }
        : { status: 401, body: '{}' },
    );
    const server = Fastify();
    await server.register(consoleApi, { settings: consoleSettings({ CALLFIRE_API_URL: flaky.url }) });
    const response = await postSignIn(server, { login: 'a', password: 'b' });
    const session = { cookie: `${SESSION_COOKIE}=${sessionCookie(response)!.value}` };
    accept = false;
    expect((await server.inject({ url: '/api/me/account', headers: { ...fromConsole, ...session } })).statusCode).toBe(
      401,
    );
    accept = true;
    const requestsBefore = flaky.seen.length;
    expect((await server.inject({ url: '/api/me/account', headers: { ...fromConsole, ...session } })).statusCode).toBe(
      401,
    );
    expect(flaky.seen).toHaveLength(requestsBefore);
    await server.close();
    await flaky.close();
  });
});

describe('idle expiry', () => {
  it('refuses a session left idle longer than the limit', async () => {
    const app = await consoleServer({}, 150);
    const response = await postSignIn(app, { login: 'operator', password: 'secret-pw' });
    const session = { cookie: `${SESSION_COOKIE}=${response.cookies[0].value}` };
    // Each request restarts the idle timer…
    for (let step = 0; step < 3; step++) {
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect((await app.inject({ url: '/auth/session', headers: { ...fromConsole, ...session } })).statusCode).toBe(
        200,
      );
    }
    // …and a pause longer than the limit ends it.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await app.inject({ url: '/auth/session', headers: { ...fromConsole, ...session } })).statusCode).toBe(401);
    await app.close();
  });
});
