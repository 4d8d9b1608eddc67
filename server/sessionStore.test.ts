import Fastify from 'fastify';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleApi, SESSION_COOKIE } from './consoleApi';
import { consoleSettings } from './consoleSettings';
import { redisAvailable, startRedis } from './redisTestServer';
import { MemorySessionStore, RedisSessionStore, type SessionStore } from './sessionStore';
import { Sessions } from './sessions';
import { startTestUpstream } from './testUpstream';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** What every store must do, run against memory and against a real Redis. */
function storeContract(makeStore: () => SessionStore) {
  it('keeps a value, refreshes it on read, forgets it once idle too long or deleted', async () => {
    const store = makeStore();
    await store.set('a', 'one', 300);
    await store.set('b', 'two', 300);
    await wait(200);
    expect(await store.touch('a', 300)).toBe('one');
    await wait(200);
    expect(await store.touch('a', 300)).toBe('one');
    expect(await store.touch('b', 300)).toBeUndefined();
    await store.delete('a');
    expect(await store.touch('a', 300)).toBeUndefined();
    await store.close();
  });
}

describe('MemorySessionStore', () => {
  storeContract(() => new MemorySessionStore());
});

describe.runIf(redisAvailable)('RedisSessionStore (a real redis-server)', () => {
  let redis: Awaited<ReturnType<typeof startRedis>>;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(() => redis.stop());

  storeContract(() => new RedisSessionStore(redis.url));

  it('shares sign-ins and sign-outs between two console servers, with credentials encrypted in Redis', async () => {
    const upstream = await startTestUpstream(() => ({
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: '{}',
    }));
    const settings = consoleSettings({
      CALLFIRE_API_URL: upstream.url,
      SESSION_REDIS_URL: redis.url,
      SESSION_SECRET: 'k',
    });
    const [first, second] = await Promise.all(
      [1, 2].map(async () => {
        const app = Fastify();
        await app.register(consoleApi, { settings });
        return app;
      }),
    );
    const headers = { 'x-callfire-console': '1' };
    const signIn = await first.inject({
      method: 'POST',
      url: '/auth/session',
      headers,
      payload: { login: 'operator', password: 'secret-pw' },
    });
    const id = signIn.cookies[0].value;
    const withSession = { ...headers, cookie: `${SESSION_COOKIE}=${id}` };
    expect((await second.inject({ url: '/api/me/account', headers: withSession })).statusCode).toBe(200);

    const client = new Redis(redis.url);
    const keys = await client.keys('*');
    const stored = (await Promise.all(keys.map((key) => client.get(key)))).join();
    expect(stored).not.toMatch(/secret-pw|operator/);
    expect(keys.join()).not.toContain(id);

    expect((await second.inject({ method: 'DELETE', url: '/auth/session', headers: withSession })).statusCode).toBe(
      204,
    );
    const refused = await first.inject({ url: '/api/me/account', headers: withSession });
    expect(refused.statusCode).toBe(401);
    await Promise.all([first.close(), second.close(), client.quit(), upstream.close()]);
  });

  it('cannot open sessions sealed under another key', async () => {
    const sealed = new Sessions(new RedisSessionStore(redis.url), 'one-secret', 60_000);
    const stranger = new Sessions(new RedisSessionStore(redis.url), 'other-secret', 60_000);
    const id = await sealed.start({ login: 'operator', password: 'secret-pw' });
    expect(await stranger.find(id)).toBeUndefined();
    expect(await sealed.find(id)).toEqual({ login: 'operator', password: 'secret-pw' });
    await Promise.all([sealed.close(), stranger.close()]);
  });
});

describe.skipIf(redisAvailable)('RedisSessionStore', () => {
  it.skip('needs redis-server (apt-get install redis-server; .ci/run installs it)', () => {});
});
