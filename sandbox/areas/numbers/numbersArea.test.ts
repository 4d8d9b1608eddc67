import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { ManualClock } from '../../clock';
import { readConfig } from '../../config';
import { allRegions, catalogueNumber } from './catalogue';

const auth = (config: ReturnType<typeof readConfig>) => ({
  authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}`,
});

/** A sandbox whose clock the test moves, so orders can be watched going from PROCESSING to FINISHED. */
async function sandboxWithClock(seed: 'empty' | 'demo') {
  const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: seed });
  const clock = new ManualClock(Date.UTC(2026, 5, 15, 12));
  const app = await buildSandbox({ config, clock });
  const request = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
    app.inject({ method, url: `/v2${url}`, headers: auth(config), payload });
  return { app, clock, request, close: () => app.close() };
}

describe('the number catalogue', () => {
  it('covers every state with many regions, each a real area code, deterministically', () => {
    const regions = allRegions();
    expect(new Set(regions.map((region) => region.state)).size).toBe(51);
    expect(regions.length).toBeGreaterThan(3000);
    expect(regions.every((region) => /^1[2-9]\d{2}[2-9]\d{2}$/.test(region.prefix!))).toBe(true);
    expect(regions.find((region) => region.prefix!.startsWith('1310'))).toMatchObject({
      state: 'CA',
      timeZone: 'America/Los_Angeles',
      country: 'US',
    });
  });
});

describe('numbers, keywords and orders', { timeout: 30_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof sandboxWithClock>>;
  beforeAll(async () => {
    sandbox = await sandboxWithClock('empty');
  });
  afterAll(() => sandbox.close());
  const get = async (url: string) => (await sandbox.request('GET', url)).json();
  const credits = async () => (await get('/me/billing/plan-usage')).totalRemainingCredits as number;

  it('finds regions and local numbers by prefix, city, state and zip code', async () => {
    const regions = await get('/numbers/regions?state=tx&limit=5');
    expect(regions.items).toHaveLength(5);
    expect(regions.totalCount).toBeGreaterThan(100);
    expect(regions.items.every((region: { state: string }) => region.state === 'TX')).toBe(true);
    const { city, zipcode, prefix } = regions.items[0];
    const local = await get(`/numbers/local?city=${encodeURIComponent(city)}&zipcode=${zipcode}&limit=3`);
    expect(local.items).toHaveLength(3);
    const byPrefix = await get(`/numbers/local?prefix=${prefix.slice(1)}&limit=2`);
    expect(byPrefix.items.map((number: { number: string }) => number.number.slice(0, 7))).toEqual([prefix, prefix]);
    expect(byPrefix.items[0]).toMatchObject({ tollFree: false, region: { prefix, state: 'TX' } });
    expect(byPrefix.items[0].nationalFormat).toMatch(/^\(\d{3}\) \d{3}-\d{4}$/);
  });

  it('finds toll-free numbers by pattern', async () => {
    const found = await get('/numbers/tollfree?pattern=88*&limit=4');
    expect(found.items).toHaveLength(4);
    expect(found.items.every((number: { number: string }) => number.number.startsWith('1888'))).toBe(true);
  });

  it.each([
    ['/numbers/local?prefix=131', 'query.prefix: "131" is not a number prefix'],
    ['/numbers/local?prefix=13102301', 'query.prefix'],
    ['/numbers/regions?prefix=abcd', 'query.prefix'],
    ['/numbers/leases?prefix=12', 'query.prefix'],
    ['/numbers/tollfree?pattern=8', 'query.pattern: "8" is not a toll-free pattern'],
    ['/numbers/tollfree?pattern=8*8', 'query.pattern'],
    ['/keywords/a%20b/available', 'keyword: "a b" is not a keyword'],
  ])('rejects %s with a 400 naming the field', async (url, message) => {
    const response = await sandbox.request('GET', url);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
  });

  it('orders a number: credits are charged, the order finishes with time, the lease appears', async () => {
    const before = await credits();
    const [wanted] = (await get('/numbers/local?prefix=1415&limit=1')).items;
    const response = await sandbox.request('POST', '/orders/numbers', { numbers: [wanted.number] });
    expect(response.statusCode).toBe(201);
    const { id } = response.json();
    expect(await credits()).toBe(before - 50);
    const processing = await get(`/orders/${id}`);
    expect(processing).toMatchObject({
      status: 'PROCESSING',
      totalCost: 50,
      localNumbers: { ordered: 1, unitCost: 50 },
    });
    // Nothing fulfilled yet: an empty list is left out, as CallFire does.
    expect(processing.localNumbers.fulfilled).toBeUndefined();
    expect(await get(`/numbers/leases/${wanted.number}`)).toMatchObject({ status: 'PENDING' });

    sandbox.clock.advance(10_000);
    expect(await get(`/orders/${id}`)).toMatchObject({
      status: 'FINISHED',
      localNumbers: { fulfilled: [wanted.number] },
    });
    const lease = await get(`/numbers/leases/${wanted.number}`);
    expect(lease).toMatchObject({
      status: 'ACTIVE',
      autoRenew: true,
      callFeatureStatus: 'ENABLED',
      textFeatureStatus: 'ENABLED',
      region: { prefix: wanted.region.prefix },
    });
    expect(lease.leaseEnd - lease.leaseBegin).toBeGreaterThanOrEqual(28 * 24 * 3600 * 1000);

    // Bought numbers leave the catalogue, and cannot be bought twice.
    const again = await get(`/numbers/local?prefix=${wanted.region.prefix}&limit=100`);
    expect(again.items.map((number: { number: string }) => number.number)).not.toContain(wanted.number);
    const twice = await sandbox.request('POST', '/orders/numbers', { numbers: ['14155550000', wanted.number] });
    expect(twice.statusCode).toBe(400);
    expect(twice.json().message).toContain('body.numbers[0]');
    expect((await get('/orders')).totalCount).toBe(1);
  });

  it('buys counted numbers from a region and toll-free numbers in one order', async () => {
    const { id } = (
      await sandbox.request('POST', '/orders/numbers', { localCount: 2, state: 'WY', tollFreeCount: 1 })
    ).json();
    sandbox.clock.advance(10_000);
    const order = await get(`/orders/${id}`);
    expect(order.localNumbers.fulfilled).toHaveLength(2);
    expect(order.tollFreeNumbers).toMatchObject({ ordered: 1, unitCost: 100 });
    expect(order.totalCost).toBe(200);
    const tollFree = await get(`/numbers/leases/${order.tollFreeNumbers.fulfilled[0]}`);
    expect(tollFree).toMatchObject({ tollFree: true, textFeatureStatus: 'UNSUPPORTED' });
    const wyoming = await get('/numbers/leases?state=wy');
    expect(wyoming.totalCount).toBe(2);
    expect((await get('/numbers/leases?tollFree=true')).totalCount).toBe(1);
  });

  it.each([
    [{}, 'body: give the numbers to buy'],
    [{ numbers: ['12135550100'] }, 'body.numbers[0]: 12135550100 is not a number CallFire offers'],
    [{ numbers: ['abc'] }, 'body.numbers[0]'],
    [{ localCount: 1, prefix: '12' }, 'body.prefix'],
    [{ localCount: 500 }, 'body.localCount'],
  ])('refuses the order %j without writing anything', async (payload, message) => {
    const ordersBefore = (await get('/orders')).totalCount;
    const response = await sandbox.request('POST', '/orders/numbers', payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
    expect((await get('/orders')).totalCount).toBe(ordersBefore);
  });

  it('checks keywords: reserved and owned ones are unavailable', async () => {
    const available = (keyword: string) => sandbox.request('GET', `/keywords/${keyword}/available`);
    expect((await available('stop')).body).toBe('false');
    expect((await available('Bakery')).body).toBe('true');
    const { id } = (await sandbox.request('POST', '/orders/keywords', { keywords: ['bakery'] })).json();
    expect((await available('BAKERY')).body).toBe('false');
    const found = await get('/keywords?keywords=bakery&keywords=muffin&keywords=help');
    expect(found.items).toEqual([{ keyword: 'MUFFIN', shortCode: '67076' }]);
    sandbox.clock.advance(10_000);
    expect(await get(`/orders/${id}`)).toMatchObject({ status: 'FINISHED', keywords: { fulfilled: ['BAKERY'] } });

    const update = await sandbox.request('PUT', '/keywords/leases/bakery', {
      autoRenew: false,
      doubleOptInEnabled: true,
    });
    expect(update.statusCode).toBe(200);
    expect(await get('/keywords/leases/BAKERY')).toMatchObject({
      keyword: 'BAKERY',
      status: 'ACTIVE',
      autoRenew: false,
      doubleOptInEnabled: true,
    });
    const badList = await sandbox.request('PUT', '/keywords/leases/bakery', { contactListId: 999 });
    expect(badList.json().message).toContain('body.contactListId');
    const taken = await sandbox.request('POST', '/orders/keywords', { keywords: ['cupcake', 'stop'] });
    expect(taken.statusCode).toBe(400);
    expect(taken.json().message).toBe('body.keywords[1]: STOP is not available');
    expect((await available('cupcake')).body).toBe('true');
  });

  it('releases a lease without auto-renewal at the end of its period', async () => {
    const lease = await get('/keywords/leases/BAKERY');
    sandbox.clock.advance(lease.leaseEnd + 1 - sandbox.clock.now());
    expect(await get('/keywords/leases/BAKERY')).toMatchObject({ status: 'RELEASED' });
    expect((await sandbox.request('GET', '/keywords/BAKERY/available')).body).toBe('true');
  });

  it('refuses an order the credits cannot pay for, and leases nothing', async () => {
    const keywords = Array.from({ length: 40 }, (_, index) => `BULK${index}`);
    const response = await sandbox.request('POST', '/orders/keywords', { keywords });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toMatch(/^Not enough credits: this order costs 8000 credits/);
    expect((await sandbox.request('GET', '/keywords/BULK0/available')).body).toBe('true');
  });
});

describe('number configurations', { timeout: 30_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof sandboxWithClock>>;
  let number: string;
  beforeAll(async () => {
    sandbox = await sandboxWithClock('empty');
    const [wanted] = (await sandbox.request('GET', '/numbers/local?prefix=1415&limit=1')).json().items;
    await sandbox.request('POST', '/orders/numbers', { numbers: [wanted.number] });
    await sandbox.request('POST', '/orders/numbers', { tollFreeCount: 1 });
    number = wanted.number;
  }, 30_000);
  afterAll(() => sandbox.close());
  const put = (payload: object) => sandbox.request('PUT', `/numbers/leases/configs/${number}`, payload);

  it('keeps an IVR, then call tracking in its place', async () => {
    expect((await sandbox.request('GET', `/numbers/leases/configs/${number}`)).json()).toEqual({ number });
    const dialplanXml = '<dialplan><play type="tts">Hello</play></dialplan>';
    expect((await put({ configType: 'IVR', ivrInboundConfig: { dialplanXml } })).statusCode).toBe(200);
    expect((await sandbox.request('GET', `/numbers/leases/configs/${number}`)).json()).toEqual({
      number,
      configType: 'IVR',
      ivrInboundConfig: { dialplanXml },
    });
    const tracking = {
      configType: 'TRACKING',
      ivrInboundConfig: { dialplanXml },
      callTrackingConfig: { transferNumbers: ['2135550150'], recorded: true, voicemail: true },
    };
    expect((await put(tracking)).statusCode).toBe(200);
    expect((await sandbox.request('GET', `/numbers/leases/configs/${number}`)).json()).toEqual({
      number,
      configType: 'TRACKING',
      callTrackingConfig: { transferNumbers: ['12135550150'], recorded: true, voicemail: true },
    });
  });

  it.each([
    [
      { configType: 'IVR', ivrInboundConfig: { dialplanXml: '<dialplan><play>' } },
      'body.ivrInboundConfig.dialplanXml is not well-formed XML',
    ],
    [{ configType: 'IVR' }, 'body.ivrInboundConfig is required'],
    [
      { configType: 'TRACKING', callTrackingConfig: { transferNumbers: ['123'] } },
      'body.callTrackingConfig.transferNumbers[0]',
    ],
    [
      { configType: 'TRACKING', callTrackingConfig: { voicemail: true, introSoundId: 999999 } },
      'body.callTrackingConfig.introSoundId',
    ],
    [
      {
        configType: 'TRACKING',
        callTrackingConfig: { voicemail: true, weeklySchedule: { timeZone: 'Mars/Olympus' } },
      },
      'body.callTrackingConfig.weeklySchedule.timeZone',
    ],
    [{ callTrackingConfig: { voicemail: true } }, 'body.configType is required'],
  ])('refuses the configuration %j with a 400 naming the field, keeping the old one', async (payload, message) => {
    const response = await put(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
    expect((await sandbox.request('GET', `/numbers/leases/configs/${number}`)).json().configType).toBe('TRACKING');
  });

  it('changes a lease, but not a feature the number does not support', async () => {
    const url = `/numbers/leases/${number}`;
    expect(
      (await sandbox.request('PUT', url, { autoRenew: false, labels: ['ads'], textFeatureStatus: 'DISABLED' }))
        .statusCode,
    ).toBe(200);
    expect((await sandbox.request('GET', url)).json()).toMatchObject({
      autoRenew: false,
      labels: ['ads'],
      textFeatureStatus: 'DISABLED',
    });
    expect((await sandbox.request('GET', '/numbers/leases?labelName=ads')).json().totalCount).toBe(1);
    const tollFree = (await sandbox.request('GET', '/numbers/leases?tollFree=true')).json().items[0];
    const refused = await sandbox.request('PUT', `/numbers/leases/${tollFree.number}`, {
      textFeatureStatus: 'ENABLED',
    });
    expect(refused.json().message).toContain('body.textFeatureStatus');
    expect((await sandbox.request('GET', '/numbers/leases/12135550000')).statusCode).toBe(404);
  });
});

describe('demo data', () => {
  it('seeds numbers: an IVR, a call-tracking line, keywords and past orders', { timeout: 60_000 }, async () => {
    const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'demo' });
    const app = await buildSandbox({ config });
    const request = (method: 'GET', url: string) => app.inject({ method, url: `/v2${url}`, headers: auth(config) });
    const { items } = (await request('GET', '/numbers/leases/configs')).json();
    const types = items.map((numberConfig: { configType?: string }) => numberConfig.configType);
    expect(types).toContain('IVR');
    expect(types).toContain('TRACKING');
    expect((await request('GET', '/keywords/leases')).json().totalCount).toBe(2);
    const orders = (await request('GET', '/orders?status=FINISHED')).json();
    expect(orders.totalCount).toBe(5);
    expect((await request('GET', '/orders?status=PROCESSING')).json().totalCount).toBe(0);
    expect((await request('GET', '/me/billing/plan-usage')).json().remainingPayAsYouGoCredits).toBe(2500);
    await app.close();
  });
});

describe('the catalogue lookup', () => {
  it('knows the numbers it sells and nothing else', () => {
    expect(catalogueNumber('12135550100')).toBeUndefined();
  });
});

describe('simulated inbound calls', { timeout: 30_000 }, () => {
  let sandbox: Awaited<ReturnType<typeof sandboxWithClock>>;
  let number: string;
  const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
  const call = (payload: object) =>
    sandbox.app.inject({ method: 'POST', url: '/__sandbox/inbound-calls', headers: auth(config), payload });
  beforeAll(async () => {
    sandbox = await sandboxWithClock('empty');
    const [wanted] = (await sandbox.request('GET', '/numbers/local?prefix=1503&limit=1')).json().items;
    await sandbox.request('POST', '/orders/numbers', { numbers: [wanted.number] });
    number = wanted.number;
    sandbox.clock.advance(10_000);
  }, 30_000);
  afterAll(() => sandbox.close());
  const configure = (payload: object) => sandbox.request('PUT', `/numbers/leases/configs/${number}`, payload);

  it('needs the account credentials and a configured number', async () => {
    const anonymous = await sandbox.app.inject({
      method: 'POST',
      url: '/__sandbox/inbound-calls',
      payload: { toNumber: number, fromNumber: '12135550110' },
    });
    expect(anonymous.statusCode).toBe(401);
    const unconfigured = await call({ toNumber: number, fromNumber: '12135550110' });
    expect(unconfigured.statusCode).toBe(400);
    expect(unconfigured.json().message).toContain('has no IVR or call tracking');
    expect((await call({ toNumber: '12135550000', fromNumber: '12135550110' })).statusCode).toBe(404);
  });

  it('answers with the IVR and records each record step', async () => {
    const dialplanXml = '<dialplan><play type="tts">Leave a message</play><record name="message"/></dialplan>';
    await configure({ configType: 'IVR', ivrInboundConfig: { dialplanXml } });
    const response = await call({ toNumber: number, fromNumber: '12135550110' });
    expect(response.statusCode).toBe(201);
    const inbound = (await sandbox.request('GET', `/calls/${response.json().id}`)).json();
    expect(inbound).toMatchObject({
      inbound: true,
      toNumber: number,
      fromNumber: '12135550110',
      finalCallResult: 'LA',
    });
    expect(inbound.records[0].recordings.map((recording: { name: string }) => recording.name)).toEqual(['message']);
    expect(inbound.notes[0].text).toBe('Answered by the number’s IVR');
  });

  it('transfers a tracked call and records it, or takes a voicemail', async () => {
    await configure({
      configType: 'TRACKING',
      callTrackingConfig: { transferNumbers: ['12135550150'], recorded: true, voicemail: true },
    });
    const transferred = (await call({ toNumber: number, fromNumber: '12135550110' })).json();
    expect((await sandbox.request('GET', `/calls/${transferred.id}`)).json()).toMatchObject({
      finalCallResult: 'XFER',
      records: [{ recordings: [{ name: 'call' }] }],
      notes: [{ text: 'Transferred to (213) 555-0150' }],
    });
    const voicemail = (await call({ toNumber: number, fromNumber: '12135550190' })).json();
    expect((await sandbox.request('GET', `/calls/${voicemail.id}`)).json()).toMatchObject({
      finalCallResult: 'LA',
      records: [{ recordings: [{ name: 'voicemail' }] }],
      notes: [{ text: 'No transfer number answered: voicemail taken' }],
    });
    const found = (await sandbox.request('GET', `/calls?inbound=true&toNumber=${number}`)).json();
    expect(found.items).toHaveLength(3);
  });
});
