import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildSandbox } from '../../app';
import { readConfig } from '../../config';
import { VERIFICATION_CODE_TTL_MS } from '../../db/callerIds';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'demo' });
const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
const main = basic(config.login, config.password);
const second = basic(config.otherAccounts[0].login, config.otherAccounts[0].password);

describe('account operations', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config });
  }, 60_000);
  afterAll(() => app.close());

  const call = (authorization: string, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url: `/v2${url}`, headers: { authorization }, payload });

  it('serves two accounts, each with its own login and data', async () => {
    expect((await call(main, 'GET', '/me/account')).json()).toMatchObject({ id: 1001, name: 'Sandbox Account' });
    expect((await call(second, 'GET', '/me/account')).json()).toMatchObject({
      id: 1002,
      name: 'Second Sandbox Account',
    });
    expect((await call(main, 'GET', '/me/callerids')).json().items).toHaveLength(2);
    expect((await call(second, 'GET', '/me/callerids')).json()).toEqual({ items: [] });
    expect((await call(second, 'GET', '/contacts?limit=1')).json().totalCount).toBe(0);
    expect((await call(main, 'GET', '/contacts?limit=1')).json().totalCount).toBeGreaterThan(0);
    expect((await call(basic(config.login, 'wrong'), 'GET', '/me/account')).statusCode).toBe(401);
  });

  describe('API credentials', () => {
    it('creates a credential that authenticates, masks its password afterwards, and stops it when disabled or deleted', async () => {
      const created = await call(main, 'POST', '/me/api/credentials', { name: 'Billing export' });
      expect(created.statusCode).toBe(200);
      const credential = created.json();
      expect(credential).toMatchObject({ name: 'Billing export', enabled: true, username: expect.any(String) });
      expect(credential.password.length).toBeGreaterThanOrEqual(20);
      const asCredential = basic(credential.username, credential.password);

      expect((await call(asCredential, 'GET', '/me/account')).json().id).toBe(1001);
      const read = (await call(main, 'GET', `/me/api/credentials/${credential.id}`)).json();
      expect(read.password).toBe(`****${credential.password.slice(-4)}`);
      const found = (await call(main, 'GET', '/me/api/credentials?name=billing')).json();
      expect(found).toMatchObject({ totalCount: 1, items: [{ id: credential.id }] });
      expect(JSON.stringify(found)).not.toContain(credential.password);

      expect((await call(main, 'POST', `/me/api/credentials/${credential.id}/disable`)).statusCode).toBe(200);
      expect((await call(asCredential, 'GET', '/me/account')).statusCode).toBe(401);
      expect((await call(main, 'GET', `/me/api/credentials/${credential.id}`)).json().enabled).toBe(false);
      await call(main, 'POST', `/me/api/credentials/${credential.id}/enable`);
      expect((await call(asCredential, 'GET', '/me/account')).statusCode).toBe(200);

      expect((await call(main, 'DELETE', `/me/api/credentials/${credential.id}`)).statusCode).toBe(204);
      expect((await call(asCredential, 'GET', '/me/account')).statusCode).toBe(401);
      expect((await call(main, 'GET', `/me/api/credentials/${credential.id}`)).statusCode).toBe(404);
    });

    it('refuses credential management to API credentials (403), and keeps credentials to their account', async () => {
      const credential = (await call(main, 'POST', '/me/api/credentials', { name: 'Reports' })).json();
      const asCredential = basic(credential.username, credential.password);
      for (const [method, url] of [
        ['GET', '/me/api/credentials'],
        ['POST', '/me/api/credentials'],
        ['GET', `/me/api/credentials/${credential.id}`],
        ['POST', `/me/api/credentials/${credential.id}/disable`],
        ['DELETE', `/me/api/credentials/${credential.id}`],
      ] as const) {
        const response = await call(asCredential, method, url, method === 'POST' ? { name: 'x' } : undefined);
        expect(response.statusCode, `${method} ${url}`).toBe(403);
      }
      expect((await call(second, 'GET', `/me/api/credentials/${credential.id}`)).statusCode).toBe(404);
      expect((await call(second, 'GET', '/me/api/credentials')).json().totalCount).toBe(0);
    });

    it('refuses an empty name with a 400 and stores nothing', async () => {
      const before = (await call(second, 'GET', '/me/api/credentials')).json().totalCount;
      for (const body of [{ name: '' }, { name: '   ' }, {}]) {
        const response = await call(second, 'POST', '/me/api/credentials', body);
        expect(response.statusCode).toBe(400);
        expect(response.json().message).toMatch(/name/);
      }
      expect((await call(second, 'GET', '/me/api/credentials')).json().totalCount).toBe(before);
    });
  });

  describe('caller ids', () => {
    const codeFor = async (number: string, authorization = second) =>
      (await app.inject({ url: `/__sandbox/callerids/${number}/verification-code`, headers: { authorization } })).json()
        .verificationCode as string;

    it('verifies a number with the code of the latest call, logging the code', async () => {
      const log = vi.spyOn(console, 'log').mockImplementation(() => {});
      expect((await call(second, 'POST', '/me/callerids/2135550177')).statusCode).toBe(200);
      const first = await codeFor('12135550177');
      expect(first).toMatch(/^\d{6}$/);
      expect(log).toHaveBeenCalledWith(expect.stringContaining(first));
      await call(second, 'POST', '/me/callerids/12135550177');
      const latest = await codeFor('12135550177');
      log.mockRestore();

      const verify = (code: string) =>
        call(second, 'POST', '/me/callerids/12135550177/verification-code', { verificationCode: code });
      if (first !== latest) expect((await verify(first)).json()).toBe(false);
      expect((await verify(latest === '000000' ? '000001' : '000000')).json()).toBe(false);
      expect((await call(second, 'GET', '/me/callerids')).json()).toEqual({ items: [] });
      expect((await verify(latest)).json()).toBe(true);
      expect((await call(second, 'GET', '/me/callerids')).json()).toEqual({ items: [{ phoneNumber: '12135550177' }] });
      // The code is used up, and another account never sees the number.
      expect((await verify(latest)).statusCode).toBe(400);
      expect((await call(main, 'GET', '/me/callerids')).json().items).not.toContainEqual({
        phoneNumber: '12135550177',
      });
    });

    it('gives each request a new random code, expiring after ten minutes', async () => {
      vi.spyOn(console, 'log').mockImplementation(() => {});
      const codes = new Set<string>();
      for (let attempt = 0; attempt < 5; attempt++) {
        await call(second, 'POST', '/me/callerids/13235550188');
        codes.add(await codeFor('13235550188'));
      }
      expect(codes.size).toBeGreaterThan(1);
      vi.useFakeTimers({ now: Date.now() + VERIFICATION_CODE_TTL_MS + 1, toFake: ['Date'] });
      const late = await call(second, 'POST', '/me/callerids/13235550188/verification-code', {
        verificationCode: [...codes].at(-1),
      });
      vi.useRealTimers();
      vi.restoreAllMocks();
      expect(late.statusCode).toBe(400);
      expect(late.json().message).toMatch(/expired or was never sent/);
    });

    it.each([
      ['/me/callerids/555', 'not a valid phone number'],
      ['/me/callerids/12345', 'not a valid phone number'],
      ['/me/callerids/12135550111', 'already a verified caller id'],
    ])('refuses POST %s with a 400', async (url, message) => {
      const response = await call(main, 'POST', url);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain(message);
    });
  });
});

describe('billing', () => {
  it('reports what the call simulator billed, on the account that placed the call only', async () => {
    const app = await buildSandbox({
      config: readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'demo', SANDBOX_SPEED: '2000' }),
    });
    const get = async (authorization: string, url: string) =>
      (await app.inject({ url: `/v2${url}`, headers: { authorization } })).json();
    const usage = (authorization: string) =>
      get(authorization, `/me/billing/credit-usage?intervalBegin=${Date.now() - 60_000}`);
    const plan = (authorization: string) => get(authorization, '/me/billing/plan-usage');
    const [usageBefore, planBefore, secondBefore] = [await usage(main), await plan(main), await plan(second)];

    const sent = await app.inject({
      method: 'POST',
      url: '/v2/calls?defaultLiveMessage=Hello',
      headers: { authorization: main, 'content-type': 'application/json' },
      payload: JSON.stringify([{ phoneNumber: '12135550142' }]),
    });
    const [call] = sent.json().items;
    for (let i = 0; i < 200 && (await get(main, `/calls/${call.id}`)).state !== 'FINISHED'; i++)
      await new Promise((resolve) => setTimeout(resolve, 20));

    const usageAfter = await usage(main);
    expect(usageAfter.creditsUsed).toBeGreaterThan(usageBefore.creditsUsed);
    expect(usageAfter.callsDurationMinutes).toBeGreaterThanOrEqual(usageBefore.callsDurationMinutes);
    expect((await plan(main)).remainingPlanCredits).toBe(
      planBefore.remainingPlanCredits - (usageAfter.creditsUsed - usageBefore.creditsUsed),
    );
    expect(await plan(second)).toEqual(secondBefore);
    await app.close();
  }, 60_000);
});
