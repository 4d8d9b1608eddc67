import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, preview, type PreviewServer, type ViteDevServer } from 'vite';
import { isPrivatePath } from './servedPaths';
import { startTestUpstream } from './testUpstream';

describe('isPrivatePath', () => {
  it.each([
    '/.sandbox/callfire.db',
    '/.git/config',
    '/.env',
    '/src/.hidden.ts',
    '/sandbox/config.ts',
    '/server/consoleApi.ts',
    '/%2esandbox/callfire.db',
    '/@fs/work/project/sandbox/config.ts',
    '/@fs/work/project/.sandbox/callfire.db',
    '/node_modules/.vite/deps/../../.sandbox/x',
  ])('refuses %s', (path) => expect(isPrivatePath(path)).toBe(true));

  it.each([
    '/',
    '/src/main.tsx',
    '/node_modules/.vite/deps/react.js?v=1',
    '/node_modules/.vite-sign-in/deps/react.js',
    '/@vite/client',
    '/contacts/lists',
    '/shared/consoleHeader.ts',
  ])('serves %s', (path) => expect(isPrivatePath(path)).toBe(false));
});

// The real Vite servers, as `npm run dev` and `npm run preview` configure them, in front of a fake CallFire.
describe.each(['dev', 'preview'] as const)('the Vite %s server', (kind) => {
  let upstream: Awaited<ReturnType<typeof startTestUpstream>>;
  let server: ViteDevServer | PreviewServer;
  let base = '';

  beforeAll(async () => {
    upstream = await startTestUpstream(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }));
    process.env.CALLFIRE_API_URL = upstream.url;
    process.env.CALLFIRE_API_LOGIN = 'operator';
    process.env.CALLFIRE_API_PASSWORD = 'secret-pw';
    const inline = {
      configFile: 'vite.config.ts',
      logLevel: 'silent' as const,
      server: { port: 0 },
      preview: { port: 0 },
    };
    server = kind === 'dev' ? await createServer(inline) : await preview(inline);
    if (kind === 'dev') await (server as ViteDevServer).listen();
    base = `http://127.0.0.1:${(server.httpServer!.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await server.close();
    await upstream.close();
    delete process.env.CALLFIRE_API_URL;
    delete process.env.CALLFIRE_API_LOGIN;
    delete process.env.CALLFIRE_API_PASSWORD;
  });

  it.each([
    '/.sandbox/callfire.db',
    '/sandbox/config.ts',
    '/server/consoleApi.ts',
    '/.git/HEAD',
    '/package.json/../.env',
  ])('refuses %s', async (path) => {
    const response = await fetch(`${base}${path}`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/SQLite|export/);
  });

  it('refuses a cross-site POST with 403, no CORS headers, and forwards nothing', async () => {
    const response = await fetch(`${base}/api/calls/broadcasts/4/start`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'x-callfire-console': '1' },
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    expect(upstream.seen).toHaveLength(0);
  });

  it('gives another localhost port no CORS headers', async () => {
    const response = await fetch(`${base}/api/me/account`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'GET' },
    });
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("forwards the console's own requests", async () => {
    const response = await fetch(`${base}/api/me/account`, { headers: { 'x-callfire-console': '1' } });
    expect(response.status).toBe(200);
    expect(upstream.seen.at(-1)?.url).toBe('/v2/me/account');
  });
});
