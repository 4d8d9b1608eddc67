import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from './app';
import { readConfig } from './config';
import type { Handlers, SandboxArea } from './context';
import { notFound } from './http/errors';
import { page, pageRequest } from './http/paging';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

describe('sandbox on the project contract', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config });
  });
  afterAll(() => app.close());

  it('answers /health without credentials', async () => {
    const response = await app.inject({ url: '/health' });
    expect(response.statusCode).toBe(200);
  });

  it.each([
    ['no credentials', {}],
    ['a wrong password', { authorization: `Basic ${Buffer.from(`${config.login}:nope`).toString('base64')}` }],
    ['another scheme', { authorization: 'Bearer abc' }],
  ])('rejects %s with a 401 ErrorResponse', async (_name, headers) => {
    const response = await app.inject({ url: '/v2/me/account', headers });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ httpStatusCode: 401, internalCode: 0, message: expect.any(String) });
  });

  it('serves the seeded account, leaving unset fields out', async () => {
    const response = await app.inject({ url: '/v2/me/account', headers: auth });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: 1001,
      email: 'operator@example.com',
      permissions: ['API', 'ACCOUNT_HOLDER'],
    });
  });

  it('applies fields to a single entity', async () => {
    const response = await app.inject({ url: '/v2/me/account?fields=id,email', headers: auth });
    expect(response.json()).toEqual({ id: 1001, email: 'operator@example.com' });
  });

  it('reports the plan usage of the current month', async () => {
    const usage = (await app.inject({ url: '/v2/me/billing/plan-usage', headers: auth })).json();
    expect(usage.totalRemainingCredits).toBe(usage.remainingPlanCredits + usage.remainingPayAsYouGoCredits);
    expect(usage.intervalStart).toBeLessThanOrEqual(Date.now());
    expect(usage.intervalEnd).toBeGreaterThanOrEqual(Date.now());
  });

  it('rejects a credit-usage window that ends before it begins', async () => {
    const response = await app.inject({
      url: '/v2/me/billing/credit-usage?intervalBegin=2000&intervalEnd=1000',
      headers: auth,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/intervalBegin/);
  });

  it('answers unknown routes with a 404 ErrorResponse', async () => {
    const response = await app.inject({ url: '/v2/no/such/thing', headers: auth });
    expect(response.statusCode).toBe(404);
    expect(response.json().httpStatusCode).toBe(404);
  });
});

// A small contract of its own lets these tests reach conventions no account operation shows:
// paging, JSON bodies, path ids, enums.
const widgetContract = `
openapi: 3.1.0
info: { title: test, version: '1' }
paths:
  /widgets:
    get:
      operationId: findWidgets
      parameters:
        - { name: limit, in: query, schema: { type: integer, minimum: 1, maximum: 1000 } }
        - { name: offset, in: query, schema: { type: integer, minimum: 0 } }
        - { name: fields, in: query, schema: { type: string } }
        - { name: id, in: query, schema: { type: array, items: { type: integer } } }
      responses: { '200': { description: ok } }
    post:
      operationId: createWidget
      requestBody:
        required: true
        content:
          application/json:
            schema: { $ref: '#/components/schemas/Widget' }
      responses: { '201': { description: created } }
  /widgets/{id}:
    get:
      operationId: getWidget
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      responses: { '200': { description: ok } }
components:
  schemas:
    Widget:
      type: object
      required: [name]
      properties:
        name: { type: string, minLength: 1 }
        size: { type: integer }
        color: { type: string, enum: [RED, BLUE] }
`;

const widgets = Array.from({ length: 25 }, (_, index) => ({ id: index + 1, name: `w${index + 1}`, note: null }));
const widgetArea: SandboxArea = {
  name: 'widgets',
  migrations: [],
  handlers: {
    findWidgets: (request: { query: { limit?: number; offset?: number; id?: number[] } }) => {
      const paging = pageRequest(request.query);
      const matching = request.query.id ? widgets.filter((widget) => request.query.id!.includes(widget.id)) : widgets;
      return page(matching.slice(paging.offset, paging.offset + paging.limit), paging, matching.length);
    },
    createWidget: (_request: unknown, reply: { code(status: number): void }) => {
      reply.code(201);
      return { id: 26 };
    },
    getWidget: (request: { params: { id: number } }) => {
      const widget = widgets.find((candidate) => candidate.id === request.params.id);
      if (!widget) throw notFound('Widget', request.params.id);
      return widget;
    },
  } as unknown as Handlers,
};

describe('sandbox conventions', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const accountOnly = (await import('./areas/account/accountArea')).accountArea;
    app = await buildSandbox({ config, areas: [accountOnly, widgetArea], contractSource: widgetContract });
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url, headers: auth });
  const post = (payload: string) =>
    app.inject({
      method: 'POST',
      url: '/v2/widgets',
      headers: { ...auth, 'content-type': 'application/json' },
      payload,
    });

  it('pages with the default limit and reports the total', async () => {
    const body = (await get('/v2/widgets')).json();
    expect(body).toMatchObject({ limit: 100, offset: 0, totalCount: 25 });
    expect(body.items).toHaveLength(25);
  });

  it('honours limit and offset', async () => {
    const body = (await get('/v2/widgets?limit=10&offset=20')).json();
    expect(body.items.map((widget: { id: number }) => widget.id)).toEqual([21, 22, 23, 24, 25]);
    expect(body).toMatchObject({ limit: 10, offset: 20, totalCount: 25 });
  });

  it('reads repeated query keys as an array', async () => {
    const body = (await get('/v2/widgets?id=3&id=5')).json();
    expect(body.items.map((widget: { id: number }) => widget.id)).toEqual([3, 5]);
  });

  it('applies items(...) to a page and omits nulls', async () => {
    const body = (await get('/v2/widgets?limit=2&fields=items(id,note),totalCount')).json();
    expect(body).toEqual({ items: [{ id: 1 }, { id: 2 }], totalCount: 25 });
  });

  it.each([
    ['/v2/widgets?limit=abc', 'query.limit must be integer'],
    ['/v2/widgets?limit=0', 'query.limit must be >= 1'],
    ['/v2/widgets?limit=5000', 'query.limit must be <= 1000'],
    ['/v2/widgets/abc', 'params.id must be integer'],
    ['/v2/widgets?fields=items(id', 'fields: missing ")"'],
  ])('answers %s with a 400 naming the field', async (url, message) => {
    const response = await get(url);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ httpStatusCode: 400, message: expect.stringContaining(message) });
  });

  it('answers an unknown id with 404', async () => {
    const response = await get('/v2/widgets/999');
    expect(response.statusCode).toBe(404);
    expect(response.json().message).toBe('Widget 999 not found');
  });

  it.each([
    ['{"name":', 'not valid JSON'],
    ['{}', 'body.name is required'],
    ['{"name":"x","size":"five"}', 'body.size must be integer'],
    ['{"name":"x","color":"GREEN"}', 'body.color must be one of: RED, BLUE'],
    ['', 'body must be object'],
  ])('rejects the body %j with a 400 saying why', async (payload, message) => {
    const response = await post(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
  });

  it('lets a handler choose its status', async () => {
    const response = await post('{"name":"x"}');
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ id: 26 });
  });

  it('counts served operations, telling console requests from direct ones', async () => {
    await app.inject({ url: '/v2/widgets/1', headers: { ...auth, 'x-callfire-console': '1' } });
    const { operations } = (await app.inject({ url: '/__sandbox/coverage' })).json();
    expect(operations).toContainEqual({ operationId: 'getWidget', viaConsole: 1, direct: expect.any(Number) });
    expect(operations).toContainEqual(expect.objectContaining({ operationId: 'findWidgets', viaConsole: 0 }));
  });
});

describe('sandbox persistence', () => {
  // Two sandboxes built in turn, each compiling every route: seconds on a busy machine.
  it('keeps data across a restart of the same database file', { timeout: 30_000 }, async () => {
    const { mkdtempSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dbPath = join(mkdtempSync(join(tmpdir(), 'sandbox-')), 'callfire.db');
    const first = await buildSandbox({ config: { ...config, dbPath } });
    const before = (await first.inject({ url: '/v2/me/account', headers: auth })).json();
    await first.close();
    const second = await buildSandbox({ config: { ...config, dbPath } });
    expect((await second.inject({ url: '/v2/me/account', headers: auth })).json()).toEqual(before);
    await second.close();
    // Two start-ups, each opening every account's database: slow on a busy machine.
  });
});
