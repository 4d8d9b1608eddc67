import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { ManualClock } from '../../clock';
import { readConfig } from '../../config';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'demo', SANDBOX_TEST_CONTROL: '1' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

describe('calls', () => {
  let app: FastifyInstance;
  // The demo seed synthesises speech for its sounds and broadcasts: seconds of CPU on a busy machine.
  beforeAll(async () => {
    app = await buildSandbox({ config, clock: new ManualClock(Date.UTC(2025, 0, 15, 18)) });
  }, 60_000);
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url: `/v2${url}`, headers: auth });
  const send = (body: unknown, query = '') =>
    app.inject({
      method: 'POST',
      url: `/v2/calls${query}`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  /** Runs simulated time until every call sent has played out. */
  const playOut = async () =>
    expect((await app.inject({ method: 'POST', url: '/__sandbox/simulate', payload: { idle: true } })).statusCode).toBe(
      200,
    );

  it('sends calls in campaign 0 and plays them out', async () => {
    const response = await send([{ phoneNumber: '12135550142' }], '?defaultLiveMessage=Hello&defaultVoice=MALE1');
    expect(response.statusCode).toBe(200);
    const [call] = response.json().items;
    expect(call).toMatchObject({ campaignId: 0, toNumber: '12135550142', state: 'READY', fromNumber: '12135550111' });
    await playOut();
    expect((await get(`/calls/${call.id}`)).json()).toMatchObject({ state: 'FINISHED', finalCallResult: 'LA' });
    expect((await get(`/calls?campaignId=0&toNumber=12135550142`)).json().totalCount).toBeGreaterThanOrEqual(1);
  });

  it('puts the calls of each sendCalls request in a batch of their own, as CallFire does', async () => {
    const first = (
      await send([{ phoneNumber: '12135550143' }, { phoneNumber: '12135550144' }], '?defaultLiveMessage=Hi')
    ).json().items as { batchId?: number }[];
    const second = (await send([{ phoneNumber: '12135550145' }], '?defaultLiveMessage=Hi')).json().items;
    expect(first[0].batchId).toBeDefined();
    expect(first[1].batchId).toBe(first[0].batchId);
    expect(second[0].batchId).not.toBe(first[0].batchId);
    expect((await get(`/campaigns/batches/${first[0].batchId}`)).json()).toMatchObject({ size: 2, status: 'ACTIVE' });

    const broadcastId = (await get('/calls/broadcasts?limit=1')).json().items[0].id as number;
    const inBroadcast = (
      await send([{ phoneNumber: '12135550146' }], `?campaignId=${broadcastId}&defaultLiveMessage=Hi`)
    ).json().items[0];
    expect(inBroadcast.campaignId).toBe(broadcastId);
    const batches = (await get(`/calls/broadcasts/${broadcastId}/batches`)).json().items as { id: number }[];
    expect(batches.map((batch) => batch.id)).toContain(inBroadcast.batchId);
  });

  it('records the <record> steps of an answered IVR call as real MP3s, served by id and by name', async () => {
    const dialplanXml =
      '<dialplan><play type="tts">Tell us</play><record name="answer"/><record name="more"/></dialplan>';
    const response = await send([{ phoneNumber: '12135550104', dialplanXml }]);
    const [call] = response.json().items;
    await playOut();
    const { items } = (await get(`/calls/${call.id}/recordings`)).json();
    expect(items.map((recording: { name: string }) => recording.name)).toEqual(['answer', 'more']);
    expect(items[0]).toMatchObject({ callId: call.id, campaignId: 0, state: 'READY' });
    expect(items[0].lengthInSeconds).toBeGreaterThan(0);
    expect((await get(`/calls/recordings/${items[0].id}`)).json()).toMatchObject({ name: 'answer' });
    expect((await get(`/calls/${call.id}/recordings/more`)).json()).toMatchObject({ id: items[1].id });
    for (const url of [`/calls/recordings/${items[0].id}.mp3`, `/calls/${call.id}/recordings/answer.mp3`]) {
      const mp3 = await get(url);
      expect(mp3.headers['content-type']).toMatch(/^audio\/mpeg/);
      expect(mp3.rawPayload.length).toBe(items[0].lengthInBytes);
      // An MPEG audio frame starts with 11 set bits (or the file with an ID3 tag).
      const head = mp3.rawPayload;
      expect(head.subarray(0, 3).toString() === 'ID3' || (head[0] === 0xff && (head[1]! & 0xe0) === 0xe0)).toBe(true);
    }
  });

  it.each([
    [Array.from({ length: 11 }, () => ({ phoneNumber: '12135550100', liveMessage: 'x' })), /more than 10 items/],
    [[{ phoneNumber: '12135550100' }], /nothing to play/],
    [[{ phoneNumber: '12135550100', liveMessage: 'x', fromNumber: '14155550133' }], /not a verified caller id/],
    [[{ phoneNumber: '12135550100', dialplanXml: '<dialplan>' }], /not well-formed/],
  ])('rejects a bad sendCalls body with a 400', async (body, message) => {
    const response = await send(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(message);
  });

  it('filters calls by states and results, rejecting unknown ones', async () => {
    const body = (await get('/calls?states=FINISHED&results=LA,AM&limit=50')).json();
    expect(body.items.every((call: { finalCallResult: string }) => ['LA', 'AM'].includes(call.finalCallResult))).toBe(
      true,
    );
    const bad = await get('/calls?results=MAYBE');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toMatch(/results: "MAYBE" is not one of/);
  });

  it('answers missing calls and recordings with 404', async () => {
    expect((await get('/calls/999999')).statusCode).toBe(404);
    expect((await get('/calls/recordings/999999')).statusCode).toBe(404);
    expect((await get('/calls/recordings/999999.mp3')).statusCode).toBe(404);
  });

  it('checks the default live and machine sound ids like the per-recipient ones', async () => {
    for (const key of ['defaultLiveMessageSoundId', 'defaultMachineMessageSoundId']) {
      const response = await send([{ phoneNumber: '12135550143', liveMessage: 'Hi' }], `?${key}=999999`);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toBe(`query.${key}: sound 999999 not found`);
    }
  });
});
