import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../app';
import { ManualClock } from '../clock';
import { readConfig } from '../config';

const START = Date.UTC(2025, 0, 15, 18);
const auth = { authorization: `Basic ${Buffer.from('sandbox:sandbox-password').toString('base64')}` };

describe('test control routes', () => {
  let app: FastifyInstance;
  const clock = new ManualClock(START);
  beforeAll(async () => {
    const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty', SANDBOX_TEST_CONTROL: '1' });
    app = await buildSandbox({ config, clock });
  });
  afterAll(() => app.close());

  const control = (url: string, payload: unknown) =>
    app.inject({ method: 'POST', url: `/__sandbox/${url}`, payload: payload as object });

  it('advances simulated time and answers the new time', async () => {
    const before = clock.now();
    const response = await control('clock/advance', { ms: 90_000 });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ now: before + 90_000 });
  });

  it('runs a broadcast to the status asked for, and answers 409 with the status it is in when time runs out', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/v2/calls/broadcasts?start=true',
      headers: auth,
      payload: {
        name: 'Controlled',
        sounds: { liveSoundText: 'Hello' },
        recipients: [{ phoneNumber: '12135550100' }, { phoneNumber: '12135550160' }],
      },
    });
    expect(created.statusCode).toBe(201);
    const broadcastId = created.json().id;
    const before = clock.now();
    const finished = await control('simulate', { broadcastId, status: ['FINISHED', 'STOPPED'] });
    expect(finished.json()).toEqual({ now: expect.any(Number), status: 'FINISHED' });
    // Two calls of under two minutes each, dialled at once: a few simulated minutes, not days.
    expect(finished.json().now - before).toBeLessThan(5 * 60_000);
    const calls = await app.inject({ url: `/v2/calls/broadcasts/${broadcastId}/calls`, headers: auth });
    expect(calls.json().items.map((call: { state: string }) => call.state)).toEqual(['FINISHED', 'FINISHED']);

    const draft = await app.inject({ method: 'POST', url: '/v2/calls/broadcasts', headers: auth, payload: {} });
    const stuck = await control('simulate', { broadcastId: draft.json().id, status: 'FINISHED', maxMs: 60_000 });
    expect(stuck.statusCode).toBe(409);
    expect(stuck.json()).toMatchObject({ httpStatusCode: 409, message: expect.stringMatching(/is SETUP after/) });
  });

  it('runs until idle: calls sent on their own have played out', async () => {
    const sent = await app.inject({
      method: 'POST',
      url: '/v2/calls?defaultLiveMessage=Hi',
      headers: auth,
      payload: [{ phoneNumber: '12135550101' }],
    });
    const [call] = sent.json().items;
    expect((await control('simulate', { idle: true })).statusCode).toBe(200);
    const played = await app.inject({ url: `/v2/calls/${call.id}`, headers: auth });
    expect(played.json()).toMatchObject({ state: 'FINISHED', finalCallResult: 'LA' });
  });

  it.each([
    ['clock/advance', {}, /body\.ms is required/],
    ['clock/advance', { ms: -1 }, /body\.ms must be >= 0/],
    ['simulate', { broadcastId: 1 }, /Give broadcastId and status/],
    ['simulate', { broadcastId: 1, status: 'DONE' }, /body\.status/],
    ['simulate', { idle: true, broadcastId: 1, status: 'FINISHED' }, /either idle or/],
  ])('refuses a bad %s body %j with a 400 ErrorResponse', async (url, body, message) => {
    const response = await control(url, body);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ httpStatusCode: 400, message: expect.stringMatching(message) });
  });

  it('answers 404 for a broadcast that does not exist', async () => {
    const response = await control('simulate', { broadcastId: 987654, status: 'FINISHED' });
    expect(response.statusCode).toBe(404);
  });
});

describe('test control outside test mode', () => {
  it('answers 404, so a production sandbox cannot be driven', async () => {
    const app = await buildSandbox({ config: readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' }) });
    const response = await app.inject({ method: 'POST', url: '/__sandbox/clock/advance', payload: { ms: 1 } });
    expect(response.statusCode).toBe(404);
    await app.close();
  });
});
