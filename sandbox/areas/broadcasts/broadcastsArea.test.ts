import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { ManualClock } from '../../clock';
import { readConfig } from '../../config';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'demo', SANDBOX_TEST_CONTROL: '1' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };
const CALLER_ID = '12135550111';

describe('voice broadcasts', () => {
  let app: FastifyInstance;
  // The demo seed synthesises speech for its sounds and broadcasts: seconds of CPU on a busy machine.
  beforeAll(async () => {
    app = await buildSandbox({ config, clock: new ManualClock(Date.UTC(2025, 0, 15, 18)) });
  }, 60_000);
  afterAll(() => app.close());

  const request = (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) =>
    app.inject({
      method,
      url: `/v2${url}`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
  const create = async (body: Record<string, unknown>, query = '') => {
    const response = await request('POST', `/calls/broadcasts${query}`, { fromNumber: CALLER_ID, ...body });
    expect(response.statusCode).toBe(201);
    return response.json().id as number;
  };
  /** Runs simulated time until the broadcast has the status. */
  const simulateUntil = async (broadcastId: number, status: string) => {
    const response = await app.inject({ method: 'POST', url: '/__sandbox/simulate', payload: { broadcastId, status } });
    expect(response.json()).toMatchObject({ status });
  };

  it('creates, reads, updates and lists a broadcast, leaving archived ones out', async () => {
    const id = await create({ name: 'Unit broadcast', labels: ['unit'], sounds: { liveSoundText: 'Hi' } });
    expect((await request('GET', `/calls/broadcasts/${id}`)).json()).toMatchObject({
      id,
      name: 'Unit broadcast',
      status: 'SETUP',
      fromNumber: CALLER_ID,
      sounds: { liveSoundText: 'Hi' },
    });
    expect((await request('PUT', `/calls/broadcasts/${id}`, { maxActive: 7 })).statusCode).toBe(200);
    expect((await request('GET', `/calls/broadcasts/${id}`)).json()).toMatchObject({
      name: 'Unit broadcast',
      maxActive: 7,
    });
    const listed = (await request('GET', '/calls/broadcasts?label=unit')).json();
    expect(listed).toMatchObject({ totalCount: 1, limit: 10 });
    expect((await request('POST', `/calls/broadcasts/${id}/archive`)).statusCode).toBe(200);
    expect((await request('GET', '/calls/broadcasts?label=unit')).json().totalCount).toBe(0);
    const start = await request('POST', `/calls/broadcasts/${id}/start`);
    expect(start.statusCode).toBe(400);
    expect(start.json().message).toMatch(/archived/);
  });

  it('runs a broadcast to FINISHED: batches count down and stats match the calls', async () => {
    const id = await create({ name: 'Run', sounds: { liveSoundText: 'Hi' }, maxActive: 20 });
    const numbers = Array.from({ length: 30 }, (_, index) => ({
      phoneNumber: `1213777${String(index).padStart(4, '0')}`,
    }));
    const batch = await request('POST', `/calls/broadcasts/${id}/batches`, {
      name: 'first',
      recipients: [...numbers, numbers[0]],
      scrubDuplicates: true,
    });
    expect(batch.statusCode).toBe(201);
    const batchId = batch.json().id;
    expect((await request('GET', `/campaigns/batches/${batchId}`)).json()).toMatchObject({
      size: 30,
      remaining: 30,
      status: 'ACTIVE',
    });
    const added = await request('POST', `/calls/broadcasts/${id}/recipients`, [{ phoneNumber: '12137770099' }]);
    expect(added.json().items).toHaveLength(1);
    expect((await request('POST', `/calls/broadcasts/${id}/start`)).statusCode).toBe(200);
    await simulateUntil(id, 'FINISHED');
    const stats = (await request('GET', `/calls/broadcasts/${id}/stats`)).json();
    expect(stats).toMatchObject({ totalOutboundCount: 31, remainingOutboundCount: 0, callsPlaced: 31 });
    expect((await request('GET', `/campaigns/batches/${batchId}`)).json().remaining).toBe(0);
    const calls = (await request('GET', `/calls/broadcasts/${id}/calls?batchId=${batchId}&limit=5`)).json();
    expect(calls).toMatchObject({ totalCount: 30, limit: 5 });
    expect(calls.items[0].records[0]).toMatchObject({ result: 'LA', toNumber: '12137770000' });
  });

  it("adds a batch from a contact list, and the calls show in the contacts' history", async () => {
    const list = await request('POST', '/contacts/lists', {
      name: 'Unit list',
      contactNumbers: ['12135558800', '12135558801'],
    });
    expect(list.statusCode).toBe(200);
    const id = await create({ name: 'From list', sounds: { liveSoundText: 'Hi' } });
    const batch = await request('POST', `/calls/broadcasts/${id}/batches`, { contactListId: list.json().id });
    expect(batch.statusCode).toBe(201);
    const calls = (await request('GET', `/calls/broadcasts/${id}/calls`)).json().items;
    expect(calls.map((call: { toNumber: string }) => call.toNumber)).toEqual(['12135558800', '12135558801']);
    const history = (await request('GET', `/contacts/${calls[0].contact.id}/history`)).json();
    expect(history.calls.map((call: { id: number }) => call.id)).toContain(calls[0].id);
    const missing = await request('POST', `/calls/broadcasts/${id}/batches`, { contactListId: 999999 });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().message).toMatch(/contactListId: contact list 999999 not found/);
  });

  it('disables and enables a batch', async () => {
    const id = await create({ name: 'Toggle', sounds: { liveSoundText: 'Hi' } });
    const batchId = (
      await request('POST', `/calls/broadcasts/${id}/batches`, { recipients: [{ phoneNumber: '12135550100' }] })
    ).json().id;
    expect((await request('PUT', `/campaigns/batches/${batchId}`, { enabled: false })).statusCode).toBe(200);
    expect((await request('GET', `/calls/broadcasts/${id}/calls`)).json().items[0].state).toBe('DISABLED');
    await request('PUT', `/campaigns/batches/${batchId}`, { enabled: true });
    expect((await request('GET', `/campaigns/batches/${batchId}`)).json()).toMatchObject({
      enabled: true,
      remaining: 1,
    });
  });

  it.each([
    [{ fromNumber: '14155550133' }, /fromNumber: 14155550133 is not a verified caller id/],
    [{ dialplanXml: '<dialplan><play></dialplan>' }, /dialplanXml is not well-formed XML/],
    [
      { schedules: [{ startDate: { year: 2030, month: 5, day: 2 }, stopDate: { year: 2030, month: 5, day: 1 } }] },
      /schedules\[0\]\.stopDate must not be before/,
    ],
    [{ answeringMachineConfig: 'SOMETIMES' }, /answeringMachineConfig must be one of/],
    [{ maxActive: 0 }, /body.maxActive must be >= 1/],
  ])('rejects %j with a 400 naming the field', async (body, message) => {
    const response = await request('POST', '/calls/broadcasts', { name: 'bad', ...body });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
  });

  it('makes text-to-speech messages into library sounds and returns their ids', async () => {
    const id = await create({
      name: 'Spoken',
      sounds: {
        liveSoundText: 'Hello from the unit test',
        machineSoundText: 'Call us back',
        machineSoundTextVoice: 'MALE1',
      },
    });
    const { sounds } = (await request('GET', `/calls/broadcasts/${id}`)).json();
    expect(sounds).toMatchObject({ liveSoundText: 'Hello from the unit test', machineSoundTextVoice: 'MALE1' });
    expect(sounds.liveSoundId).toEqual(expect.any(Number));
    expect(sounds.machineSoundId).not.toBe(sounds.liveSoundId);
    expect((await request('GET', `/campaigns/sounds/${sounds.liveSoundId}`)).json()).toMatchObject({
      name: 'Spoken: live answer',
      status: 'ACTIVE',
    });
    const mp3 = await request('GET', `/campaigns/sounds/${sounds.liveSoundId}.mp3`);
    expect(mp3.headers['content-type']).toMatch(/audio\/mpeg/);
    expect(mp3.rawPayload.length).toBeGreaterThan(1000);
    // Saving the same text again reuses the sound rather than filling the library.
    await request('PUT', `/calls/broadcasts/${id}`, { sounds: { liveSoundText: 'Hello from the unit test' } });
    expect((await request('GET', `/calls/broadcasts/${id}`)).json().sounds.liveSoundId).toBe(sounds.liveSoundId);
  });

  it('accepts an ACTIVE library sound and rejects unknown or archived ones, naming the field', async () => {
    const spoken = await create({ name: 'Source', sounds: { liveSoundText: 'A sound to reuse' } });
    const soundId = (await request('GET', `/calls/broadcasts/${spoken}`)).json().sounds.liveSoundId as number;
    await create({ name: 'Reuse', sounds: { machineSoundId: soundId } });
    const unknown = await request('POST', '/calls/broadcasts', { name: 'x', sounds: { liveSoundId: 987654 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().message).toBe('sounds.liveSoundId: sound 987654 not found');
    await app.inject({ method: 'DELETE', url: `/v2/campaigns/sounds/${soundId}`, headers: auth });
    const archived = await request('POST', '/calls/broadcasts', { name: 'x', sounds: { dncSoundId: soundId } });
    expect(archived.statusCode).toBe(400);
    expect(archived.json().message).toMatch(/^sounds\.dncSoundId: sound \d+ is ARCHIVED/);
  });

  it('will not start a broadcast with nothing to play', async () => {
    const id = await create({ name: 'Silent' });
    const response = await request('POST', `/calls/broadcasts/${id}/start`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/nothing to play/);
  });

  it('answers unknown broadcasts and batches with 404', async () => {
    expect((await request('GET', '/calls/broadcasts/99999')).statusCode).toBe(404);
    expect((await request('GET', '/campaigns/batches/99999')).statusCode).toBe(404);
  });

  it('lists only verified caller ids', async () => {
    expect((await request('GET', '/me/callerids')).json()).toEqual({
      items: [{ phoneNumber: '12135550111' }, { phoneNumber: '13105550122' }],
    });
  });
});
