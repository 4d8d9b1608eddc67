import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../app';
import { ManualClock } from '../clock';
import { readConfig } from '../config';
import { areas } from '../areas';
import { ownNumberArea } from '../areas/texts/ownNumberArea';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };
const OWN_NUMBER = '12135550111';
const HOUR = 60 * 60 * 1000;

describe('the text channel of the campaign simulator', () => {
  let app: FastifyInstance;
  // A Tuesday at 18:00 UTC: mid-day in every US time zone.
  const clock = new ManualClock(Date.UTC(2026, 2, 3, 18));
  beforeAll(async () => {
    app = await buildSandbox({ config, clock, areas: [...areas, ownNumberArea(OWN_NUMBER)] });
    // Routes and their validators are compiled here, not inside the first test.
    await app.ready();
    // Building a sandbox takes seconds on a loaded machine.
  }, 30_000);
  afterAll(() => app.close());

  const request = async (method: 'GET' | 'POST' | 'PUT', url: string, body?: unknown) => {
    const response = await app.inject({
      method,
      url: `/v2${url}`,
      headers: { ...auth, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.body ? response.json() : undefined;
  };
  const runUntil = async (id: number, status: string) => {
    const statusNow = async () => (await request('GET', `/texts/broadcasts/${id}`)).status;
    let current = await statusNow();
    // Each advance runs the engine over the span; the status is read between spans.
    for (let hour = 0; hour < 48 && current !== status; hour++) {
      clock.advance(HOUR);
      current = await statusNow();
    }
    expect(current).toBe(status);
  };
  const textsOf = async (id: number) => (await request('GET', `/texts/broadcasts/${id}/texts?limit=1000`)).items;

  it('fills placeholders, splits long messages into billed parts and counts stats from the texts', async () => {
    await request('POST', '/contacts/dncs', { numbers: ['12135550377'], call: false, text: true });
    const long = 'x'.repeat(160);
    const { id } = await request('POST', '/texts/broadcasts?start=true', {
      name: 'Templated',
      message: 'Hi ${first}, ${long}',
      recipients: [
        { phoneNumber: '12135550340', attributes: { first: 'Ann', long: 'short' } },
        { phoneNumber: '12135550341', attributes: { first: 'Bo', long } },
        { phoneNumber: '12135550342' },
        { phoneNumber: '12135550377', attributes: { first: 'Dee' } },
        { phoneNumber: '12135550395', attributes: { first: 'Eve' } },
        { phoneNumber: '12135550397', attributes: { first: 'Fay' } },
      ],
    });
    await runUntil(id, 'FINISHED');
    const texts = await textsOf(id);
    const byNumber = Object.fromEntries(texts.map((text: { toNumber: string }) => [text.toNumber, text]));
    expect(byNumber['12135550340']).toMatchObject({
      message: 'Hi Ann, short',
      state: 'FINISHED',
      finalTextResult: 'SENT',
      fromNumber: '67076',
      records: [expect.objectContaining({ message: 'Hi Ann, short', textResult: 'SENT', billedAmount: 1 })],
    });
    expect(byNumber['12135550341'].records.map((record: { message: string }) => record.message.length)).toEqual([
      160, 7,
    ]);
    expect(byNumber['12135550342'].message).toBe('Hi , ');
    expect(byNumber['12135550377']).toMatchObject({ state: 'DNC', finalTextResult: 'DNT' });
    // Never sent, so no records: the answer leaves the empty list out.
    expect(byNumber['12135550377'].records).toBeUndefined();
    expect(byNumber['12135550395']).toMatchObject({ finalTextResult: 'CARRIER_ERROR' });
    expect(byNumber['12135550397']).toMatchObject({ finalTextResult: 'INTERNAL_ERROR' });
    expect(await request('GET', `/texts/broadcasts/${id}/stats`)).toEqual({
      totalOutboundCount: 6,
      remainingOutboundCount: 0,
      sentCount: 3,
      unsentCount: 3,
      recievedCount: 0,
      doNotTextCount: 1,
      tooBigCount: 0,
      errorCount: 2,
      billedAmount: 4,
    });
    expect(await request('GET', `/texts/broadcasts/${id}/stats?begin=0&end=${Number.MAX_SAFE_INTEGER}`)).toMatchObject({
      totalOutboundCount: 6,
      billedAmount: 4,
    });
  });

  it('applies the big-message strategy: DO_NOT_SEND is TOO_BIG, TRIM cuts, MMS is one message', async () => {
    const message = 'y'.repeat(200);
    const outcome = async (bigMessageStrategy: string) => {
      const { id } = await request('POST', '/texts/broadcasts?start=true', {
        message,
        bigMessageStrategy,
        recipients: [{ phoneNumber: '12135550350' }],
      });
      await runUntil(id, 'FINISHED');
      const [text] = await textsOf(id);
      return [
        text.finalTextResult,
        text.message.length,
        text.records.map((record: { billedAmount: number }) => record.billedAmount),
      ];
    };
    expect(await outcome('DO_NOT_SEND')).toEqual(['TOO_BIG', 200, [0]]);
    expect(await outcome('TRIM')).toEqual(['SENT', 160, [1]]);
    expect(await outcome('MMS')).toEqual(['SENT', 200, [3]]);
    expect(await outcome('SEND_MULTIPLE')).toEqual(['SENT', 200, [1, 1]]);
  });

  it('receives replies: a matching auto-reply answers, STOP puts the sender on the do-not-text list', async () => {
    await request('POST', '/texts/auto-replys', { number: '67076', match: 'info', message: 'We are at 100 Main St.' });
    const { id } = await request('POST', '/texts/broadcasts?start=true', {
      message: 'Hello',
      recipients: [{ phoneNumber: '12135550302' }, { phoneNumber: '12135550304' }, { phoneNumber: '12135550330' }],
    });
    await runUntil(id, 'FINISHED');
    clock.advance(HOUR);
    const received = (await request('GET', '/texts?inbound=true&toNumber=67076')).items;
    expect(received.map((text: { fromNumber: string; message: string }) => [text.fromNumber, text.message])).toEqual(
      expect.arrayContaining([
        ['12135550302', 'INFO please'],
        ['12135550304', 'STOP'],
      ]),
    );
    expect(received.some((text: { fromNumber: string }) => text.fromNumber === '12135550330')).toBe(false);
    const autoReplies = (await request('GET', '/texts?campaignId=0&toNumber=12135550302&inbound=false')).items;
    expect(autoReplies).toEqual([
      expect.objectContaining({ fromNumber: '67076', message: 'We are at 100 Main St.', finalTextResult: 'SENT' }),
    ]);
    const stats = await request('GET', `/texts/broadcasts/${id}/stats`);
    expect(stats.recievedCount).toBe(2);
    // The counters behind the statistics agree with counting the texts over a time range.
    expect(await request('GET', `/texts/broadcasts/${id}/stats?begin=0&end=${Number.MAX_SAFE_INTEGER}`)).toEqual(stats);
    expect(await request('GET', '/contacts/dncs/12135550304')).toMatchObject({ text: true, source: 'Text STOP' });
    const [later] = (await request('POST', '/texts?defaultMessage=Again', [{ phoneNumber: '12135550304' }])).items;
    clock.advance(HOUR);
    expect(await request('GET', `/texts/${later.id}`)).toMatchObject({ state: 'DNC', finalTextResult: 'DNT' });
  });

  it('sends texts on their own from 67076 in campaign 0 at once, billed on the account', async () => {
    const before = (await request('GET', '/me/billing/credit-usage')).textsSent ?? 0;
    const [text] = (
      await request('POST', '/texts', [{ phoneNumber: '12135550360', message: 'Code ${c}', attributes: { c: '7' } }])
    ).items;
    clock.advance(10_000);
    expect(await request('GET', `/texts/${text.id}`)).toMatchObject({
      campaignId: 0,
      fromNumber: '67076',
      message: 'Code 7',
      finalTextResult: 'SENT',
    });
    expect((await request('GET', '/me/billing/credit-usage')).textsSent).toBe(before + 1);
  });

  it('waits for a schedule before texting', async () => {
    const today = new Date(clock.now());
    const inTwoHours = today.getUTCHours() + 2;
    const { id } = await request('POST', '/texts/broadcasts?start=true', {
      message: 'Scheduled',
      schedules: [
        {
          startDate: { year: today.getUTCFullYear(), month: today.getUTCMonth() + 1, day: today.getUTCDate() },
          startTimeOfDay: { hour: inTwoHours, minute: 0, second: 0 },
          stopTimeOfDay: { hour: inTwoHours + 1, minute: 0, second: 0 },
          timeZone: 'UTC',
        },
      ],
      recipients: [{ phoneNumber: '12135550370' }],
    });
    clock.advance(HOUR);
    expect((await request('GET', `/texts/broadcasts/${id}`)).status).toBe('SCHEDULED');
    expect((await textsOf(id))[0].state).toBe('READY');
    clock.advance(HOUR + 60_000);
    expect((await textsOf(id))[0]).toMatchObject({ state: 'FINISHED', finalTextResult: 'SENT' });
  });
  it('texts each recipient only within the local time window of its own time zone', async () => {
    const hourIn = (timeZone: string) =>
      Number(new Intl.DateTimeFormat('en-US', { timeZone, hour: 'numeric', hourCycle: 'h23' }).format(clock.now()));
    // Half a minute before a full hour, with a window that does not cross midnight in Los Angeles or New York.
    // (While a recipient waits outside its window the engine steps every simulated second: waits stay short.)
    while (hourIn('America/Los_Angeles') > 18) clock.advance(HOUR);
    clock.advance(HOUR - (clock.now() % HOUR) - 30_000);
    const next = hourIn('America/Los_Angeles') + 1;
    const { id } = await request('POST', '/texts/broadcasts?start=true', {
      message: 'Within hours',
      localTimeRestriction: { enabled: true, beginHour: next, beginMinute: 0, endHour: next + 1, endMinute: 0 },
      recipients: [{ phoneNumber: '12135550380' }, { phoneNumber: '12125550381' }],
    });
    const stateOf = async (number: string) =>
      (await textsOf(id)).find((text: { toNumber: string }) => text.toNumber === number).state;
    clock.advance(20_000);
    expect([await stateOf('12135550380'), await stateOf('12125550381')]).toEqual(['READY', 'READY']);
    // Los Angeles enters the window; New York, three hours ahead, has left it for today.
    clock.advance(20_000);
    expect(await stateOf('12135550380')).toBe('FINISHED');
    expect(await stateOf('12125550381')).toBe('READY');
    expect((await request('GET', `/texts/broadcasts/${id}`)).status).toBe('RUNNING');
  });
});
