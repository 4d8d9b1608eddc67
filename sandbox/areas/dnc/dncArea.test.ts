import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { readConfig } from '../../config';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

describe('do-not-contact operations', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config });
  });
  afterAll(() => app.close());

  const request = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) =>
    app.inject({ method, url: `/v2${url}`, headers: auth, payload });
  const add = (payload: object) => request('POST', '/contacts/dncs', payload);
  const find = async (query: string) => (await request('GET', `/contacts/dncs?${query}`)).json();

  it('adds numbers in any accepted form, with call and text on and the default source', async () => {
    const response = await add({ numbers: ['+12135550100', '2135550101'] });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    const entry = (await request('GET', '/contacts/dncs/12135550100')).json();
    expect(entry).toEqual({
      number: '12135550100',
      call: true,
      text: true,
      inboundCall: false,
      inboundText: false,
      source: 'Api V2',
      created: expect.any(Number),
    });
  });

  it('updates the flags of a number posted again, keeping its source unless one is given', async () => {
    await add({ numbers: ['12135550110'], source: 'Imported list' });
    await add({ numbers: ['12135550110'], call: false, inboundText: true });
    expect((await request('GET', '/contacts/dncs/12135550110')).json()).toMatchObject({
      call: false,
      text: true,
      inboundText: true,
      source: 'Imported list',
    });
    await add({ numbers: ['12135550110'], source: 'Second list' });
    expect((await request('GET', '/contacts/dncs/12135550110')).json()).toMatchObject({ source: 'Second list' });
  });

  it.each([
    [{ numbers: [] }, 'body.numbers must NOT have fewer than 1 items'],
    [{}, 'body.numbers is required'],
    [{ numbers: ['12135550120', 'abc', '123'] }, 'body.numbers: 2 invalid phone numbers'],
    [{ numbers: ['12135550120'], call: 'yes' }, 'body.call must be boolean'],
    [{ numbers: ['12135550120'], source: '' }, 'body.source must NOT have fewer than 1 characters'],
  ])('rejects the add %j with a 400 naming the field', async (payload, message) => {
    const response = await add(payload);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
  });

  it('names the position of each invalid number and adds none of the request', async () => {
    const response = await add({ numbers: ['12135550130', 'abc'] });
    expect(response.json().message).toContain('[1] "abc"');
    expect((await request('GET', '/contacts/dncs/12135550130')).statusCode).toBe(404);
  });

  it('changes one entry with PUT, answering an empty 200', async () => {
    await add({ numbers: ['12135550140'] });
    const response = await request('PUT', '/contacts/dncs/12135550140', { text: false, source: 'Front desk' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toBe('');
    expect((await request('GET', '/contacts/dncs/12135550140')).json()).toMatchObject({
      call: true,
      text: false,
      source: 'Front desk',
    });
  });

  it.each([
    ['GET', '/contacts/dncs/12135559000', 404, 'Do-not-contact number 12135559000 not found'],
    ['PUT', '/contacts/dncs/12135559000', 404, 'not found'],
    ['DELETE', '/contacts/dncs/12135559000', 404, 'Not on the do-not-contact list: 12135559000'],
    ['GET', '/contacts/dncs/hello', 400, 'number: "hello" is not a valid phone number'],
    ['PUT', '/contacts/dncs/hello', 400, 'number: "hello"'],
    ['DELETE', '/contacts/dncs/12135550100,nope', 400, 'number: 1 invalid phone number'],
    ['DELETE', '/contacts/dncs/sources/No%20such%20source', 404, 'No do-not-contact entries have the source'],
  ] as const)('answers %s %s with %i', async (method, url, status, message) => {
    const response = await request(method, url, method === 'PUT' ? { call: false } : undefined);
    expect(response.statusCode).toBe(status);
    expect(response.json().message).toContain(message);
  });

  it('rejects a PUT whose body names another number', async () => {
    await add({ numbers: ['12135550150'] });
    const response = await request('PUT', '/contacts/dncs/12135550150', { number: '12135550151', call: false });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain('body.number');
  });

  it('deletes a comma-separated list with 204, and nothing when one of them is unknown', async () => {
    await add({ numbers: ['12135550160', '12135550161', '12135550162'] });
    const partial = await request('DELETE', '/contacts/dncs/12135550160,12135559999');
    expect(partial.statusCode).toBe(404);
    expect((await find('prefix=121355501')).items.map((entry: { number: string }) => entry.number)).toContain(
      '12135550160',
    );
    const response = await request('DELETE', '/contacts/dncs/12135550160, 12135550161');
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
    expect((await find('number=12135550160&number=12135550161&number=12135550162')).totalCount).toBe(1);
  });

  it('deletes every entry of one source with 204', async () => {
    await add({ numbers: ['13105550170', '13105550171'], source: 'Old list' });
    await add({ numbers: ['13105550172'], source: 'Keep me' });
    const response = await request('DELETE', '/contacts/dncs/sources/Old%20list');
    expect(response.statusCode).toBe(204);
    expect((await find('source=Old%20list')).totalCount).toBe(0);
    expect((await find('source=Keep%20me')).totalCount).toBe(1);
  });

  it('searches by prefix, national or with the country code, in number order', async () => {
    await add({ numbers: ['16465550102', '16465550101', '16475550100'] });
    const national = await find('prefix=646555');
    expect(national.items.map((entry: { number: string }) => entry.number)).toEqual(['16465550101', '16465550102']);
    expect((await find('prefix=1646555')).totalCount).toBe(2);
    expect((await find('prefix=164')).totalCount).toBe(3);
  });

  it('filters by source, flags and exact numbers, and pages', async () => {
    await add({ numbers: ['17185550100', '17185550101', '17185550102'], source: 'Filters', text: false });
    await request('PUT', '/contacts/dncs/17185550101', { call: false, text: true });
    expect((await find('source=Filters&call=true')).totalCount).toBe(2);
    expect((await find('source=Filters&text=true')).items).toEqual([
      expect.objectContaining({ number: '17185550101', call: false, text: true }),
    ]);
    const second = await find('source=Filters&limit=1&offset=1');
    expect(second).toMatchObject({ limit: 1, offset: 1, totalCount: 3, items: [{ number: '17185550101' }] });
    expect((await find('number=7185550102&number=17185550100')).totalCount).toBe(2);
  });

  it.each([
    ['prefix=12a', 'query.prefix must match pattern'],
    ['prefix=12345678901', 'query.prefix must match pattern'],
    ['campaignId=x', 'query.campaignId must be integer'],
    ['call=maybe', 'query.call must be boolean'],
    ['number=555', 'query.number: 1 invalid phone number'],
  ])('rejects the search %s with a 400', async (query, message) => {
    const response = await request('GET', `/contacts/dncs?${query}`);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
  });

  describe('universal do-not-contact', () => {
    const universal = async (url: string) => (await request('GET', `/contacts/dncs/universals/${url}`)).json();

    it('allows everything for an ordinary number that is not on the list', async () => {
      expect(await universal('12125550100')).toEqual({
        items: [
          { toNumber: '12125550100', inboundCall: true, inboundText: true, outboundCall: true, outboundText: true },
        ],
      });
    });

    it('blocks everything for a carrier-blocked number, on either side', async () => {
      const blocked = { inboundCall: false, inboundText: false, outboundCall: false, outboundText: false };
      expect((await universal('12125559901')).items[0]).toMatchObject(blocked);
      expect((await universal('12125550100?fromNumber=2125559950')).items[0]).toEqual({
        toNumber: '12125550100',
        fromNumber: '12125559950',
        ...blocked,
      });
    });

    it('blocks texts to and from toll-free numbers', async () => {
      expect((await universal('18005550100')).items[0]).toMatchObject({
        inboundCall: true,
        outboundCall: true,
        inboundText: false,
        outboundText: false,
      });
    });

    it("applies the account's own entry", async () => {
      await add({ numbers: ['12125550190'], call: true, text: false, inboundCall: true });
      expect((await universal('12125550190')).items[0]).toMatchObject({
        outboundCall: false,
        outboundText: true,
        inboundCall: false,
        inboundText: true,
      });
    });

    it('rejects a malformed number naming the parameter', async () => {
      const response = await request('GET', '/contacts/dncs/universals/12?fromNumber=12125550100');
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toContain('toNumber: "12"');
      const from = await request('GET', '/contacts/dncs/universals/12125550100?fromNumber=x');
      expect(from.json().message).toContain('fromNumber: "x"');
    });
  });
});

describe('do-not-contact demo data', () => {
  // The demo seed also synthesises sounds and simulates broadcasts, which takes seconds on a loaded machine.
  it('holds entries from two sources', { timeout: 90_000 }, async () => {
    const app = await buildSandbox({ config: { ...config, seed: 'demo' } });
    const find = async (source: string) =>
      (
        await app.inject({ url: `/v2/contacts/dncs?source=${encodeURIComponent(source)}&limit=1`, headers: auth })
      ).json().totalCount;
    expect(await find('Spring opt-out import')).toBeGreaterThan(0);
    expect(await find('Api V2')).toBeGreaterThan(0);
    await app.close();
  });
});
