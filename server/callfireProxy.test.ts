import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer as createViteServer, type ViteDevServer } from 'vite';
import { callfireProxy, callfireTarget } from './callfireProxy';

describe('callfireTarget', () => {
  it('defaults to the embedded sandbox and its demo credentials', () => {
    expect(callfireTarget({})).toEqual({
      url: 'http://127.0.0.1:8787/v2',
      login: 'sandbox',
      password: 'sandbox-password',
    });
  });

  it('uses CallFire settings when given', () => {
    expect(
      callfireTarget({
        CALLFIRE_API_URL: 'https://api.callfire.com/v2',
        CALLFIRE_API_LOGIN: 'a',
        CALLFIRE_API_PASSWORD: 'b',
      }),
    ).toEqual({ url: 'https://api.callfire.com/v2', login: 'a', password: 'b' });
  });
});

describe('the /api proxy', () => {
  let upstreamUrl = '';
  let seen: { url?: string; headers?: IncomingHttpHeaders } = {};
  const audio = Buffer.from([0xff, 0xfb, 0x90, 0x00, 0x00, 0x01, 0x02, 0x80]);
  const upstream = createServer((request, response) => {
    seen = { url: request.url, headers: request.headers };
    if (request.url?.endsWith('.mp3')) {
      response.writeHead(200, { 'content-type': 'audio/mpeg' }).end(audio);
      return;
    }
    response.writeHead(401, { 'content-type': 'application/json', 'www-authenticate': 'Basic realm="x"' });
    response.end('{"httpStatusCode":401}');
  });
  let vite: ViteDevServer;

  beforeAll(async () => {
    await new Promise<void>((done) => upstream.listen(0, '127.0.0.1', done));
    upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}/v2`;
    vite = await createViteServer({
      configFile: false,
      logLevel: 'silent',
      server: {
        port: 0,
        host: '127.0.0.1',
        proxy: { '/api': callfireProxy({ url: upstreamUrl, login: 'user', password: 'secret' }) },
      },
    });
    await vite.listen();
  });
  afterAll(async () => {
    await vite.close();
    upstream.close();
  });

  const consoleUrl = () => `http://127.0.0.1:${(vite.httpServer!.address() as AddressInfo).port}`;

  it('adds credentials, drops cookies, strips /api and hides the Basic challenge', async () => {
    const response = await fetch(`${consoleUrl()}/api/me/account?fields=id`, { headers: { cookie: 'session=1' } });
    expect(seen.url).toBe('/v2/me/account?fields=id');
    expect(seen.headers?.authorization).toBe(`Basic ${Buffer.from('user:secret').toString('base64')}`);
    expect(seen.headers?.cookie).toBeUndefined();
    expect(seen.headers?.['x-callfire-console']).toBe('1');
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBeNull();
  });

  it('passes binary bodies through byte for byte', async () => {
    const response = await fetch(`${consoleUrl()}/api/campaigns/sounds/1.mp3`);
    expect(response.headers.get('content-type')).toBe('audio/mpeg');
    expect(Buffer.from(await response.arrayBuffer())).toEqual(audio);
  });
});
