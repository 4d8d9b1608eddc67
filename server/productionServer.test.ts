import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { consoleSettings } from './consoleSettings';
import { precompressFolder } from './precompress';
import { buildProductionServer } from './productionServer';
import { startTestUpstream } from './testUpstream';

describe('the production server', () => {
  const dist = mkdtempSync(join(tmpdir(), 'console-dist-'));
  const script = `console.log(${JSON.stringify('x'.repeat(5000))});`;
  let upstream: Awaited<ReturnType<typeof startTestUpstream>>;
  let app: FastifyInstance;

  beforeAll(async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>CallFire Console</title>');
    writeFileSync(join(dist, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(dist, 'favicon.svg'), '<svg/>');
    writeFileSync(join(dist, '.env'), 'SECRET=1');
    await precompressFolder(dist);
    upstream = await startTestUpstream(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }));
    app = await buildProductionServer({ settings: consoleSettings({ CALLFIRE_API_URL: upstream.url }), distDir: dist });
  });
  afterAll(async () => {
    await app.close();
    await upstream.close();
  });

  it('serves hashed assets compressed and cached for good', async () => {
    const response = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.headers['content-encoding']).toMatch(/br|gzip/);
    expect(response.rawPayload.length).toBeLessThan(script.length / 10);
  });

  it.each([
    ['br', brotliDecompressSync],
    ['gzip', gunzipSync],
  ] as const)('sends the %s copy the build wrote, byte for byte', async (encoding, decompress) => {
    const response = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': encoding } });
    expect(response.headers['content-encoding']).toBe(encoding);
    const suffix = encoding === 'br' ? 'br' : 'gz';
    expect(response.rawPayload.equals(readFileSync(join(dist, 'assets', `index-AbC123.js.${suffix}`)))).toBe(true);
    expect(decompress(response.rawPayload).toString()).toBe(script);
  });

  it.each(['/', '/account/credentials', '/contacts/lists?page=2'])(
    'answers the client route %s with index.html, never cached',
    async (url) => {
      const response = await app.inject({ url });
      expect(response.statusCode).toBe(200);
      expect(response.body).toContain('<title>CallFire Console</title>');
      expect(response.headers['cache-control']).toBe('no-cache');
    },
  );

  it.each(['/assets/missing.js', '/.env', '/api-docs.json'])('answers %s with 404', async (url) => {
    expect((await app.inject({ url })).statusCode).toBe(404);
  });

  it('runs the sessions and the /api proxy: nothing forwarded without a session', async () => {
    const response = await app.inject({ url: '/api/me/account', headers: { 'x-callfire-console': '1' } });
    expect(response.statusCode).toBe(401);
    expect((await app.inject({ url: '/auth/session', headers: { 'x-callfire-console': '1' } })).statusCode).toBe(401);
    expect(upstream.seen).toHaveLength(0);
  });
});
