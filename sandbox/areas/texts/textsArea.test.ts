import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { readConfig } from '../../config';
import { areas } from '../index';
import { ownNumberArea } from './ownNumberArea';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };
const OWN_NUMBER = '12135550111';

describe('text broadcasts, texts and auto-replies (requests)', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config, areas: [...areas, ownNumberArea(OWN_NUMBER)] });
    // Routes and their validators are compiled here, not inside the first test.
    await app.ready();
    // Building a sandbox takes seconds on a loaded machine.
  }, 30_000);
  afterAll(() => app.close());

  const request = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) =>
    app.inject({
      method,
      url: `/v2${url}`,
      headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
  const create = async (body: Record<string, unknown>, query = '') => {
    const response = await request('POST', `/texts/broadcasts${query}`, body);
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as number;
  };

  it('creates, reads, updates, lists and archives a text broadcast', async () => {
    const id = await create({ name: 'Unit texts', labels: ['unit-text'], message: 'Hi ${first}' });
    expect((await request('GET', `/texts/broadcasts/${id}`)).json()).toMatchObject({
      id,
      name: 'Unit texts',
      status: 'SETUP',
      message: 'Hi ${first}',
      // Defaults filled in as CallFire returns them; each text is tried once.
      bigMessageStrategy: 'SEND_MULTIPLE',
      resumeNextDay: false,
      localTimeRestriction: { enabled: false },
      retryConfig: { maxAttempts: 1 },
    });
    expect((await request('PUT', `/texts/broadcasts/${id}`, { bigMessageStrategy: 'TRIM' })).statusCode).toBe(200);
    expect((await request('GET', `/texts/broadcasts/${id}`)).json()).toMatchObject({
      message: 'Hi ${first}',
      bigMessageStrategy: 'TRIM',
    });
    expect((await request('GET', '/texts/broadcasts?label=unit-text')).json()).toMatchObject({
      totalCount: 1,
      limit: 10,
    });
    // Voice and text broadcasts share ids but not lists or look-ups.
    expect((await request('GET', `/calls/broadcasts/${id}`)).statusCode).toBe(404);
    expect((await request('POST', `/texts/broadcasts/${id}/archive`)).statusCode).toBe(200);
    expect((await request('GET', '/texts/broadcasts?label=unit-text')).json().totalCount).toBe(0);
    expect((await request('POST', `/texts/broadcasts/${id}/start`)).json().message).toMatch(/archived/);
  });

  it('refuses an unowned sender, an empty message, a bad media id and starting without a message', async () => {
    const unowned = await request('POST', '/texts/broadcasts', { fromNumber: '13105559999', message: 'x' });
    expect(unowned.statusCode).toBe(400);
    expect(unowned.json().message).toMatch(/^fromNumber: 13105559999 is not a number of this account/);
    const empty = await request('POST', '/texts/broadcasts', { message: '   ' });
    expect(empty.json().message).toBe('message: the message is empty');
    const media = await request('POST', '/texts/broadcasts', { message: 'x', media: [{ id: 999999 }] });
    expect(media.json().message).toBe('media[0].id: media 999999 not found');
    const id = await create({ name: 'No message yet' });
    const start = await request('POST', `/texts/broadcasts/${id}/start`);
    expect(start.statusCode).toBe(400);
    expect(start.json().message).toMatch(/has no message/);
    const nobody = await request('POST', `/texts/broadcasts/${id}/recipients`, [{ attributes: { a: 'b' } }]);
    expect(nobody.json().message).toBe('body[0]: give a phoneNumber or a contactId');
  });

  it('adds batches and recipients; numbers on the do-not-text list are DNT at once', async () => {
    const id = await create({ name: 'Batches', message: 'Hello', fromNumber: OWN_NUMBER });
    expect(
      (await request('POST', '/contacts/dncs', { numbers: ['12135550177'], call: false, text: true })).statusCode,
    ).toBe(200);
    const batch = await request('POST', `/texts/broadcasts/${id}/batches`, {
      name: 'First',
      recipients: [{ phoneNumber: '12135550170' }, { phoneNumber: '12135550177' }, { phoneNumber: '12135550170' }],
      scrubDuplicates: true,
    });
    expect(batch.statusCode).toBe(201);
    const batches = (await request('GET', `/texts/broadcasts/${id}/batches`)).json();
    expect(batches.items).toEqual([
      expect.objectContaining({ name: 'First', size: 2, remaining: 1, status: 'ACTIVE' }),
    ]);
    const added = await request('POST', `/texts/broadcasts/${id}/recipients`, [
      { phoneNumber: '12135550171', message: 'Just for you, ${name}', attributes: { name: 'Bo' } },
    ]);
    expect(added.json().items).toEqual([
      expect.objectContaining({
        toNumber: '12135550171',
        fromNumber: OWN_NUMBER,
        state: 'READY',
        message: 'Just for you, ${name}',
      }),
    ]);
    const texts = (await request('GET', `/texts/broadcasts/${id}/texts`)).json();
    expect(
      texts.items.map((text: { toNumber: string; state: string; finalTextResult?: string }) => [
        text.toNumber,
        text.state,
        text.finalTextResult,
      ]),
    ).toEqual([
      ['12135550170', 'READY', undefined],
      ['12135550177', 'DNC', 'DNT'],
      ['12135550171', 'READY', undefined],
    ]);
    // A text without a message of its own shows the broadcast's, as it stands now.
    expect(texts.items.find((text: { toNumber: string }) => text.toNumber === '12135550170').message).toBe('Hello');
    expect((await request('GET', `/texts/broadcasts/${id}/stats`)).json()).toEqual({
      totalOutboundCount: 3,
      remainingOutboundCount: 2,
      sentCount: 0,
      unsentCount: 1,
      recievedCount: 0,
      doNotTextCount: 1,
      tooBigCount: 0,
      errorCount: 0,
      billedAmount: 0,
    });
  });

  it('sends texts from 67076 in campaign 0, with the default message where a recipient has none', async () => {
    const sent = await request('POST', '/texts?defaultMessage=Hello%20there', [
      { phoneNumber: '2135550180' },
      { phoneNumber: '12135550181', message: 'Your code is ${code}', attributes: { code: '42' } },
    ]);
    expect(sent.statusCode, sent.body).toBe(200);
    const [first, second] = sent.json().items;
    expect(first).toMatchObject({
      fromNumber: '67076',
      toNumber: '12135550180',
      campaignId: 0,
      message: 'Hello there',
    });
    expect(second).toMatchObject({ message: 'Your code is ${code}', attributes: { code: '42' } });
    // One batch holds the request's texts, as CallFire's answers show.
    expect(first.batchId).toBeDefined();
    expect(second.batchId).toBe(first.batchId);
    expect((await request('GET', `/campaigns/batches/${first.batchId}`)).json()).toMatchObject({ size: 2 });
    expect((await request('GET', `/texts/${first.id}`)).json()).toMatchObject({ id: first.id, state: 'READY' });
    const found = (await request('GET', '/texts?toNumber=12135550181&campaignId=0&inbound=false')).json();
    expect(found.items.map((text: { id: number }) => text.id)).toEqual([second.id]);
    const history = (await request('GET', `/contacts/${second.contact.id}/history`)).json();
    expect(history.texts.map((text: { id: number }) => text.id)).toContain(second.id);
  });

  it('refuses a text with nothing to send, an unknown filter value and an unowned sender', async () => {
    expect((await request('POST', '/texts', [{ phoneNumber: '12135550180' }])).json().message).toBe(
      'body[0]: nothing to send; give a message, or defaultMessage for every recipient',
    );
    expect((await request('GET', '/texts?results=SENT,NOPE')).json().message).toMatch(/^results: "NOPE" is not one of/);
    const unowned = await request('POST', '/texts', [
      { phoneNumber: '12135550180', message: 'x', fromNumber: '13105559999' },
    ]);
    expect(unowned.json().message).toMatch(/^body\[0\]\.fromNumber: 13105559999 is not a number of this account/);
    expect((await request('GET', '/texts/999999')).statusCode).toBe(404);
  });

  it('creates, finds, reads and deletes auto-replies, refusing duplicates', async () => {
    const created = await request('POST', '/texts/auto-replys', {
      number: OWN_NUMBER,
      match: 'hours',
      message: 'Open 9-5',
    });
    expect(created.statusCode).toBe(201);
    const { id } = created.json();
    const duplicate = await request('POST', '/texts/auto-replys', { number: OWN_NUMBER, match: 'HOURS', message: 'x' });
    expect(duplicate.statusCode).toBe(400);
    expect(duplicate.json().message).toMatch(/^number: auto-reply \d+ already answers 12135550111 for "HOURS"/);
    expect(
      (await request('POST', '/texts/auto-replys', { number: OWN_NUMBER, keyword: 'SALE', message: 'x' })).statusCode,
    ).toBe(400);
    expect((await request('POST', '/texts/auto-replys', { number: '13105559999', message: 'x' })).statusCode).toBe(400);
    // A keyword lives on the short code: naming 67076 with it is the same auto-reply as the keyword alone.
    const onShortCode = await request('POST', '/texts/auto-replys', {
      number: '67076',
      keyword: 'hours',
      message: 'x',
    });
    expect(onShortCode.statusCode).toBe(201);
    expect((await request('GET', `/texts/auto-replys/${onShortCode.json().id}`)).json()).toMatchObject({
      keyword: 'HOURS',
    });
    expect((await request('GET', `/texts/auto-replys/${onShortCode.json().id}`)).json().number).toBeUndefined();
    expect((await request('DELETE', `/texts/auto-replys/${onShortCode.json().id}`)).statusCode).toBe(204);
    expect((await request('GET', `/texts/auto-replys/${id}`)).json()).toEqual({
      id,
      number: OWN_NUMBER,
      match: 'hours',
      message: 'Open 9-5',
    });
    const listed = (await request('GET', `/texts/auto-replys?number=${OWN_NUMBER}`)).json();
    expect(listed.items.map((reply: { id: number }) => reply.id)).toContain(id);
    expect((await request('DELETE', `/texts/auto-replys/${id}`)).statusCode).toBe(204);
    expect((await request('DELETE', `/texts/auto-replys/${id}`)).statusCode).toBe(404);
    expect((await request('GET', `/texts/auto-replys/${id}`)).statusCode).toBe(404);
  });
});
