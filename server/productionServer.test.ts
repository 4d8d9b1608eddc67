import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleSettings } from './consoleSettings';
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
