import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { ManualClock } from '../../clock';
import { readConfig } from '../../config';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

let app: FastifyInstance;
const clock = new ManualClock(Date.UTC(2025, 0, 15, 18));
beforeAll(async () => {
  app = await buildSandbox({ config, clock });
});
afterAll(() => app.close());

const get = (url: string) => app.inject({ url: `/v2${url}`, headers: auth });
const send = (method: 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) =>
  app.inject({
    method,
    url: `/v2${url}`,
    headers: auth,
    ...(payload === undefined ? {} : { payload: payload as object }),
  });
const createContacts = async (contacts: object[]) =>
  ((await send('POST', '/contacts', contacts)).json().items as { id: number }[]).map((item) => item.id);

describe('contacts', () => {
  it('creates contacts in bulk, normalising numbers, and reads them back', async () => {
    const response = await send('POST', '/contacts', [
      { firstName: 'Ann', homePhone: '+1 (213) 555-0100'.replace(/[ ()-]/g, ''), properties: { tier: 'gold' } },
      { lastName: 'Bee', mobilePhone: '2135550101', workPhone: '' },
    ]);
    expect(response.statusCode).toBe(200);
    const [first, second] = response.json().items.map((item: { id: number }) => item.id);
    expect((await get(`/contacts/${first}`)).json()).toEqual({
      id: first,
      firstName: 'Ann',
      homePhone: '12135550100',
      deleted: false,
      properties: { tier: 'gold' },
    });
    expect((await get(`/contacts/${second}`)).json()).toEqual({
      id: second,
      lastName: 'Bee',
      mobilePhone: '12135550101',
      deleted: false,
    });
  });

  it.each([
    [[{ firstName: 'No phone' }], 'body[0]: a contact needs at least one of homePhone'],
    [
      [{ homePhone: '12135550102' }, { homePhone: '555-abc' }],
      'body[1].homePhone: "555-abc" is not a valid phone number',
    ],
    [[], 'body must NOT have fewer than 1 items'],
    [[{ homePhone: '12135550102', properties: { ' ': 'x' } }], 'body[0].properties: a property name cannot be blank'],
  ])('rejects %j with a 400 and writes nothing', async (body, message) => {
    const before = (await get('/contacts?limit=1')).json().totalCount;
    const response = await send('POST', '/contacts', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
    expect((await get('/contacts?limit=1')).json().totalCount).toBe(before);
  });

  it('finds by number in any phone field, by property and by id', async () => {
    const [a, b, c] = await createContacts([
      { homePhone: '13105550111', properties: { color: 'red' } },
      { workPhone: '13105550112', properties: { color: 'blue' } },
      { extraPhone3: '13105550113', properties: { color: 'red' } },
    ]);
    const ids = async (query: string) =>
      ((await get(`/contacts?${query}`)).json().items as { id: number }[]).map((item) => item.id);
    expect(await ids('number=3105550112&number=13105550113')).toEqual([b, c]);
    expect(await ids('propertyName=color&propertyValue=red')).toEqual(expect.arrayContaining([a, c]));
    expect(await ids('propertyName=color&propertyValue=red')).not.toContain(b);
    expect(await ids(`id=${a}&id=${c}`)).toEqual([a, c]);
  });

  it('answers bad filters with a 400 naming the parameter', async () => {
    expect((await get('/contacts?number=12')).json().message).toContain('query.number[0]: "12" is not a valid');
    expect((await get('/contacts?propertyValue=x')).json().message).toContain('query.propertyValue needs');
    expect((await get('/contacts?contactListId=abc')).statusCode).toBe(400);
  });

  it('updates only the fields sent, clears empty ones and keeps a phone', async () => {
    const [id] = await createContacts([{ firstName: 'Old', zipcode: '1', homePhone: '12135550120' }]);
    expect(
      (await send('PUT', `/contacts/${id}`, { firstName: 'New', zipcode: '', workPhone: '2135550121' })).statusCode,
    ).toBe(200);
    expect((await get(`/contacts/${id}`)).json()).toMatchObject({
      firstName: 'New',
      homePhone: '12135550120',
      workPhone: '12135550121',
    });
    expect((await get(`/contacts/${id}`)).json().zipcode).toBeUndefined();
    const noPhone = await send('PUT', `/contacts/${id}`, { homePhone: '', workPhone: '' });
    expect(noPhone.statusCode).toBe(400);
    expect((await send('PUT', `/contacts/${id}`, { mobilePhone: 'x1' })).json().message).toContain('body.mobilePhone');
    expect((await send('PUT', '/contacts/99999999', { firstName: 'x' })).statusCode).toBe(404);
  });

  it('soft-deletes: hidden from find and lists, still readable with deleted:true', async () => {
    const [id] = await createContacts([{ homePhone: '12135550130' }]);
    const list = (await send('POST', '/contacts/lists', { name: 'Soft', contactIds: [id] })).json().id;
    const deleted = await send('DELETE', `/contacts/${id}`);
    expect(deleted.statusCode).toBe(204);
    expect(deleted.body).toBe('');
    expect((await get(`/contacts/${id}`)).json()).toMatchObject({ id, deleted: true });
    expect((await get('/contacts?number=12135550130')).json().items).toEqual([]);
    expect((await get(`/contacts/lists/${list}`)).json().size).toBe(0);
    expect((await send('DELETE', '/contacts/99999999')).statusCode).toBe(404);
  });

  it('answers history with empty calls and texts until those areas exist', async () => {
    const [id] = await createContacts([{ homePhone: '12135550140' }]);
    expect((await get(`/contacts/${id}/history`)).json()).toEqual({ id, calls: [], texts: [] });
    expect((await get('/contacts/99999999/history')).statusCode).toBe(404);
  });
});

describe('contact lists', () => {
  it('creates a list from contacts, ids and numbers, reusing a contact that has the number', async () => {
    const [existing] = await createContacts([{ mobilePhone: '14155550150' }]);
    const response = await send('POST', '/contacts/lists', {
      name: ' Mixed ',
      contactIds: [existing],
      contactNumbers: ['4155550150', '14155550151'],
      contactNumbersField: 'mobilePhone',
      contacts: [{ firstName: 'New', homePhone: '14155550152' }],
    });
    expect(response.statusCode).toBe(200);
    const { id } = response.json();
    expect((await get(`/contacts/lists/${id}`)).json()).toMatchObject({ id, name: 'Mixed', size: 3, status: 'ACTIVE' });
    const items = (await get(`/contacts/lists/${id}/items`)).json();
    expect(items.totalCount).toBe(3);
    expect(items.items.map((contact: { mobilePhone?: string }) => contact.mobilePhone)).toContain('14155550151');
    expect((await get(`/contacts?contactListId=${id}&limit=1`)).json().totalCount).toBe(3);
  });

  it.each([
    [{ name: '  ' }, 'body.name must match pattern'],
    [{ contactIds: [1] }, 'body.name is required'],
    [{ name: 'x', contactIds: [99999999] }, 'body.contactIds[0]: contact 99999999 does not exist'],
    [{ name: 'x', contactNumbers: ['12135550160', 'nope'] }, 'body.contactNumbers[1]'],
    [
      { name: 'x', contactNumbers: ['12135550160'], contactNumbersField: 'faxPhone' },
      'body.contactNumbersField must be one of',
    ],
  ])('rejects %j and creates nothing', async (body, message) => {
    const lists = (await get('/contacts/lists?limit=1')).json().totalCount;
    const response = await send('POST', '/contacts/lists', body);
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
    expect((await get('/contacts/lists?limit=1')).json().totalCount).toBe(lists);
    expect((await get('/contacts?number=12135550160')).json().items).toEqual([]);
  });

  it('renames, searches by name, adds and removes items, deletes and keeps the contacts', async () => {
    const [a, b, c] = await createContacts([
      { homePhone: '12135550171' },
      { homePhone: '12135550172' },
      { homePhone: '12135550173' },
    ]);
    const { id } = (await send('POST', '/contacts/lists', { name: 'Lifecycle', contactIds: [a] })).json();
    expect((await send('PUT', `/contacts/lists/${id}`, { name: 'Renamed lifecycle' })).statusCode).toBe(200);
    expect(
      (await get('/contacts/lists?name=renamed LIFE')).json().items.map((list: { id: number }) => list.id),
    ).toEqual([id]);
    expect((await get('/contacts/lists?name=renamed&exactMatch=true')).json().items).toEqual([]);

    expect((await send('POST', `/contacts/lists/${id}/items`, { contactIds: [a, b, c] })).statusCode).toBe(200);
    expect((await get(`/contacts/lists/${id}`)).json().size).toBe(3);
    expect((await send('DELETE', `/contacts/lists/${id}/items?contactId=${a}&contactId=${b}`)).statusCode).toBe(200);
    expect((await send('DELETE', `/contacts/lists/${id}/items/${c}`)).statusCode).toBe(200);
    expect((await send('DELETE', `/contacts/lists/${id}/items/${c}`)).statusCode).toBe(404);
    expect((await get(`/contacts/lists/${id}`)).json().size).toBe(0);
    expect((await send('DELETE', `/contacts/lists/${id}/items`)).json().message).toContain(
      'query.contactId is required',
    );

    expect((await send('DELETE', `/contacts/lists/${id}`)).statusCode).toBe(204);
    expect((await get(`/contacts/lists/${id}`)).statusCode).toBe(404);
    expect((await get(`/contacts/${a}`)).json().deleted).toBe(false);
  });

  it('answers unknown lists with 404', async () => {
    for (const response of [
      await get('/contacts/lists/99999999'),
      await get('/contacts/lists/99999999/items'),
      await send('PUT', '/contacts/lists/99999999', { name: 'x' }),
      await send('POST', '/contacts/lists/99999999/items', { contactIds: [1] }),
      await send('DELETE', '/contacts/lists/99999999'),
    ]) {
      expect(response.statusCode).toBe(404);
      expect(response.json().message).toBe('Contact list 99999999 not found');
    }
  });
});

function upload(parts: {
  name?: string;
  useCustomFields?: string;
  file?: { content: string | Buffer; filename: string };
}) {
  const boundary = '----contacts-test';
  const chunks: Buffer[] = [];
  const add = (header: string, body: string | Buffer) =>
    chunks.push(Buffer.from(`--${boundary}\r\n${header}\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n'));
  if (parts.name !== undefined) add('Content-Disposition: form-data; name="name"', parts.name);
  if (parts.useCustomFields !== undefined)
    add('Content-Disposition: form-data; name="useCustomFields"', parts.useCustomFields);
  if (parts.file) {
    add(
      `Content-Disposition: form-data; name="file"; filename="${parts.file.filename}"\r\nContent-Type: text/csv`,
      parts.file.content,
    );
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return app.inject({
    method: 'POST',
    url: '/v2/contacts/lists/upload',
    headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat(chunks),
  });
}

/** Runs the background import to its end in simulated time and returns the list. */
async function untilImported(id: number) {
  expect(clock.advanceUntil(() => clock.idle(), 60_000)).toBe(true);
  const list = (await get(`/contacts/lists/${id}`)).json();
  expect(list.status).not.toBe('VALIDATING');
  return list;
}

describe('CSV upload', () => {
  it('imports rows in the background and reports rejected rows with reasons', async () => {
    const csv = [
      'First Name,last_name,homePhone,Mobile Phone,age',
      'Ann,Ash,(213) 555-0180,,31',
      'Bad,Number,12,,40',
      '',
      'No,Phone,,,50',
      'Cy,Cole,,2135550181,',
    ].join('\n');
    const response = await upload({
      name: 'Imported',
      useCustomFields: 'true',
      file: { content: csv, filename: 'people.csv' },
    });
    expect(response.statusCode).toBe(200);
    const { id } = response.json();
    const list = await untilImported(id);
    expect(list).toMatchObject({ name: 'Imported', status: 'ACTIVE', size: 2 });
    expect(list.sandboxImport).toEqual({
      totalRows: 4,
      acceptedRows: 2,
      rejectedRows: 2,
      rejections: [
        { row: 3, reason: expect.stringContaining('column homePhone: "12" is not a valid phone number') },
        { row: 5, reason: expect.stringContaining('at least one of homePhone') },
      ],
    });
    const items = (await get(`/contacts/lists/${id}/items`)).json().items;
    expect(items[0]).toMatchObject({
      firstName: 'Ann',
      lastName: 'Ash',
      homePhone: '12135550180',
      properties: { age: '31' },
    });
    expect(items[1]).toMatchObject({ firstName: 'Cy', mobilePhone: '12135550181' });
  });

  it('names extra columns by letter without useCustomFields, and the list by the file', async () => {
    const { id } = (
      await upload({ file: { content: 'homePhone,age\n12135550182,44\n', filename: 'letters.csv' } })
    ).json();
    const list = await untilImported(id);
    expect(list.name).toBe('letters');
    expect((await get(`/contacts/lists/${id}/items`)).json().items[0].properties).toEqual({ B: '44' });
  });

  it.each([
    [{ content: 'firstName,age\nAnn,3\n', filename: 'x.csv' }, 'file: the header row names no phone column'],
    [{ content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]), filename: 'x.png' }, 'file: this is not a CSV file'],
    [{ content: '', filename: 'x.csv' }, 'file: the file is empty'],
    [{ content: 'homePhone\n\n', filename: 'x.csv' }, 'file: the file has a header row but no contacts'],
    [{ content: 'phone,homePhone\n1,2\n', filename: 'x.csv' }, 'both hold homePhone'],
    [{ content: Buffer.alloc(20 * 1024 * 1024 + 1, 'a'), filename: 'big.csv' }, 'larger than 20 MB'],
  ])('rejects a bad file with a 400 and creates no list (%#)', async (file, message) => {
    const before = (await get('/contacts/lists?limit=1')).json().totalCount;
    const response = await upload({ name: 'Bad', file });
    expect(response.statusCode).toBe(400);
    expect(response.json().message).toContain(message);
    expect((await get('/contacts/lists?limit=1')).json().totalCount).toBe(before);
  });

  it('needs a file and a boolean useCustomFields', async () => {
    expect((await upload({ name: 'x' })).json().message).toContain('file is required');
    const notBoolean = await upload({
      useCustomFields: 'yes',
      file: { content: 'homePhone\n12135550183', filename: 'a.csv' },
    });
    expect(notBoolean.json().message).toContain('useCustomFields must be true or false');
    expect((await send('POST', '/contacts/lists/upload', { name: 'json' })).statusCode).toBe(400);
  });
});
