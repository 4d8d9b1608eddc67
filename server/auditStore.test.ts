import Fastify, { type FastifyInstance } from 'fastify';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { AUDIT_OPERATIONS } from '../shared/auditOperations';
import { auditedWrite, createdIds } from './auditLog';
import { type AuditEntry, MemoryAuditStore, RedisAuditStore, type AuditStore } from './auditStore';
import { consoleApi, SESSION_COOKIE } from './consoleApi';
import { consoleSettings } from './consoleSettings';
import { redisAvailable, startRedis } from './redisTestServer';
import { MemorySessionStore } from './sessionStore';
import { Sessions } from './sessions';
import { SignInThrottle } from './signInThrottle';
import { type SeenRequest, startTestUpstream, type UpstreamAnswer } from './testUpstream';

const entry = (changes: Partial<AuditEntry>): AuditEntry => ({
  id: String(Math.random()),
  time: 1_000,
  account: 'account:1',
  operator: 'ops',
  operation: 'createContacts',
  records: [],
  status: 200,
  ...changes,
});

/** What every store must do, run against memory and against a real Redis. */
function storeContract(makeStore: (maxEntries: number) => AuditStore) {
  it('keeps each account apart, newest first, and searches by operator, operation and time', async () => {
    const store = makeStore(100);
    await store.append(entry({ time: 1_000, operator: 'Alice', operation: 'createContacts' }));
    await store.append(entry({ time: 2_000, operator: 'bob', operation: 'deleteContact', records: ['7'] }));
    await store.append(entry({ time: 3_000, operator: 'alice', operation: 'deleteContact', records: ['8'] }));
    await store.append(entry({ time: 4_000, account: 'account:2', operator: 'alice' }));

    const all = await store.search({ account: 'account:1', offset: 0, limit: 10 });
    expect(all.totalCount).toBe(3);
    expect(all.items.map((item) => item.time)).toEqual([3_000, 2_000, 1_000]);
    const alices = await store.search({ account: 'account:1', operator: 'ALICE', offset: 0, limit: 10 });
    expect(alices.items.map((item) => item.time)).toEqual([3_000, 1_000]);
    const deletes = await store.search({ account: 'account:1', operation: 'deleteContact', offset: 0, limit: 10 });
    expect(deletes.items.map((item) => item.records)).toEqual([['8'], ['7']]);
    const span = await store.search({ account: 'account:1', from: 1_500, to: 2_500, offset: 0, limit: 10 });
    expect(span.items.map((item) => item.time)).toEqual([2_000]);
    const page = await store.search({ account: 'account:1', offset: 1, limit: 1 });
    expect(page).toEqual({ items: [expect.objectContaining({ time: 2_000 })], totalCount: 3 });
    await store.close();
  });

  it('keeps only the newest entries of an account beyond its limit', async () => {
    const store = makeStore(2);
    for (const time of [1, 2, 3]) await store.append(entry({ time, account: 'account:limited' }));
    const kept = await store.search({ account: 'account:limited', offset: 0, limit: 10 });
    expect(kept.items.map((item) => item.time)).toEqual([3, 2]);
    await store.close();
  });
}

describe('MemoryAuditStore', () => {
  storeContract((maxEntries) => new MemoryAuditStore(maxEntries));
});

describe.runIf(redisAvailable)('RedisAuditStore (a real redis-server)', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  let run = 0;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());
  // Each test its own key prefix: the server outlives a test.
  storeContract((maxEntries) => new RedisAuditStore(redis.url, maxEntries, `test-${(run += 1)}:`));
});

describe('what a request is logged as', () => {
  it('names every write operation of the contract, and logs no read', () => {
    const contract = parse(readFileSync('openapi/callfire.yaml', 'utf8')) as { paths: Record<string, object> };
    const writes = Object.entries(contract.paths).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => ['post', 'put', 'delete', 'patch'].includes(method))
        .map(
          ([method, operation]) =>
            `${method.toUpperCase()} ${path} ${(operation as { operationId: string }).operationId}`,
        ),
    );
    expect(AUDIT_OPERATIONS.map((known) => `${known.method} ${known.path} ${known.operationId}`).sort()).toEqual(
      writes.sort(),
    );
    expect(auditedWrite('GET', '/contacts/12')).toBeUndefined();
  });

  it('takes the records from the path, decoded, and tells similar paths apart', () => {
    expect(auditedWrite('DELETE', '/contacts/lists/4/items/9')).toEqual({
      operation: 'removeContactListItem',
      records: ['4', '9'],
    });
    expect(auditedWrite('DELETE', '/contacts/dncs/sources/web%20form')).toEqual({
      operation: 'deleteDoNotContactsBySource',
      records: ['web form'],
    });
    expect(auditedWrite('PUT', '/numbers/leases/configs/12135550142')?.operation).toBe('updateNumberLeaseConfig');
    expect(auditedWrite('POST', '/something/new/5')).toEqual({ operation: 'POST /something/new/{id}', records: [] });
  });

  it('reads only ids from an answer', () => {
    expect(createdIds(Buffer.from('{"items":[{"id":5},{"id":6}]}'))).toEqual(['5', '6']);
    expect(createdIds(Buffer.from('{"id":9,"name":"secret"}'))).toEqual(['9']);
    expect(createdIds(Buffer.from('not json'))).toEqual([]);
  });
});

describe('the activity log of a console with sign-in', () => {
  const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
  const fromConsole = { 'x-callfire-console': '1', host: 'console.test' };
  let upstream: Awaited<ReturnType<typeof startTestUpstream>>;
  const answerAsCallFire = (request: SeenRequest): UpstreamAnswer => {
    if (request.headers.authorization !== basic('ops', 'pw-123')) return { status: 401, body: '{}' };
    if (request.url?.startsWith('/v2/me/account')) {
      return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"id":77,"name":"Acme"}' };
    }
    if (request.url === '/v2/contacts/5') return { status: 404, headers: { 'content-type': 'application/json' } };
    return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"items":[{"id":41}]}' };
  };
  let app: FastifyInstance;
  let cookie: string;
  const store = new MemoryAuditStore();

  beforeAll(async () => {
    upstream = await startTestUpstream(answerAsCallFire);
    const settings = consoleSettings({ CALLFIRE_API_URL: upstream.url });
    const sessions = new Sessions(new MemorySessionStore(), 'secret', 60_000);
    app = Fastify();
    await app.register(consoleApi, { settings, sessions, audit: store, throttle: new SignInThrottle(Date.now, 0) });
    const signIn = await app.inject({
      method: 'POST',
      url: '/auth/session',
      headers: fromConsole,
      payload: { login: 'ops', password: 'pw-123' },
    });
    cookie = `${SESSION_COOKIE}=${signIn.cookies[0]!.value}`;
  });
  afterAll(async () => {
    await app.close();
    await upstream.close();
  });
  afterEach(() => {
    upstream.seen.length = 0;
  });

  it('records each write with who, what, which record and the outcome, never a body or a read', async () => {
    const headers = { ...fromConsole, cookie, 'content-type': 'application/json' };
    const created = await app.inject({
      method: 'POST',
      url: '/api/contacts',
      headers,
      payload: '[{"homePhone":"12135550142","firstName":"Private"}]',
    });
    expect(created.json()).toEqual({ items: [{ id: 41 }] });
    await app.inject({ method: 'DELETE', url: '/api/contacts/5', headers });
    await app.inject({ url: '/api/contacts/41', headers });

    const answer = await app.inject({ url: '/audit/entries', headers: { ...fromConsole, cookie } });
    const { items, totalCount } = answer.json<{ items: AuditEntry[]; totalCount: number }>();
    expect(totalCount).toBe(2);
    expect(items).toEqual([
      expect.objectContaining({ operator: 'ops', operation: 'deleteContact', records: ['5'], status: 404 }),
      expect.objectContaining({ operator: 'ops', operation: 'createContacts', records: ['41'], status: 200 }),
    ]);
    expect(items[0]!.account).toBe('account:77');
    expect(JSON.stringify(items)).not.toMatch(/Private|12135550142|pw-123/);
  });

  it('answers only the console itself, with a session, and refuses a search it cannot read', async () => {
    expect((await app.inject({ url: '/audit/entries', headers: fromConsole })).statusCode).toBe(401);
    const crossSite = await app.inject({
      url: '/audit/entries',
      headers: { ...fromConsole, cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(crossSite.statusCode).toBe(403);
    const bad = await app.inject({ url: '/audit/entries?from=yesterday', headers: { ...fromConsole, cookie } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ message: expect.stringMatching(/^Search not understood/) });
    const backwards = await app.inject({ url: '/audit/entries?from=5&to=1', headers: { ...fromConsole, cookie } });
    expect(backwards.statusCode).toBe(400);
    expect(upstream.seen).toHaveLength(0);
  });
});
