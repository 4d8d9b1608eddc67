import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from './app';
import { readConfig } from './config';
import type { Handlers, SandboxArea } from './context';
import { formBoolean } from './http/coercion';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

// A contract of its own: a kettle has the kinds of fields CallFire's models have (a string map, booleans,
// integers, a nested object with defaults, a read-only field, a list), and its handlers answer with what
// they were given, so each test sees what a handler would store.
const kettleContract = `
openapi: 3.1.0
info: { title: test, version: '1' }
paths:
  /kettles:
    post:
      operationId: createKettle
      parameters:
        - { name: fields, in: query, schema: { type: string } }
        - { name: loud, in: query, schema: { type: boolean } }
      requestBody:
        content: { application/json: { schema: { $ref: '#/components/schemas/Kettle' } } }
      responses:
        '201': { description: created, content: { application/json: { schema: { $ref: '#/components/schemas/Kettle' } } } }
  /kettles/{id}:
    put:
      operationId: updateKettle
      parameters:
        - { name: id, in: path, required: true, schema: { type: integer } }
      requestBody:
        content: { application/json: { schema: { $ref: '#/components/schemas/Kettle' } } }
      responses:
        '200': { description: updated, content: { application/json: { schema: { $ref: '#/components/schemas/Kettle' } } } }
  /kettles/batch:
    post:
      operationId: createKettles
      parameters:
        - { name: fields, in: query, schema: { type: string } }
      requestBody:
        content:
          application/json:
            schema: { type: array, items: { $ref: '#/components/schemas/TeaKettle' } }
      responses:
        '200':
          description: created
          content: { application/json: { schema: { $ref: '#/components/schemas/KettleList' } } }
components:
  schemas:
    Kettle:
      type: object
      properties:
        id: { type: integer, readOnly: true }
        name: { type: string }
        litres: { type: integer }
        warm: { type: boolean }
        labels: { type: array, items: { type: string } }
        properties: { type: object, additionalProperties: { type: string } }
        extra: { type: object }
        timer:
          $ref: '#/components/schemas/Timer'
          default: {}
    Timer:
      type: object
      properties:
        minutes: { type: integer, default: 3 }
        beep: { type: boolean, default: false }
    TeaKettle:
      allOf:
        - $ref: '#/components/schemas/Kettle'
        - type: object
          properties:
            tea: { type: string }
    KettleList:
      type: object
      required: [items]
      properties:
        items: { type: array, items: { $ref: '#/components/schemas/Kettle' } }
`;

const kettleArea: SandboxArea = {
  name: 'kettles',
  migrations: [],
  handlers: {
    createKettle: (request: { body: object; query: { loud?: boolean } }, reply: { code(status: number): void }) => {
      reply.code(201);
      return { id: 1, ...request.body, ...(request.query.loud ? { name: 'LOUD' } : {}) };
    },
    updateKettle: (request: { body: object }) => ({ id: 1, ...request.body }),
    createKettles: (request: { body: object[] }) => ({
      items: request.body.map((kettle, index) => ({ id: index + 1, ...kettle })),
    }),
  } as unknown as Handlers,
};

describe('CallFire fidelity of the sandbox conventions', () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    const accountOnly = (await import('./areas/account/accountArea')).accountArea;
    app = await buildSandbox({ config, areas: [accountOnly, kettleArea], contractSource: kettleContract });
  });
  afterAll(() => app.close());

  const send = (method: 'POST' | 'PUT', url: string, body: unknown) =>
    app.inject({
      method,
      url: `/v2${url}`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: body as object,
    });

  describe('coercion like CallFire’s server', () => {
    it('turns numbers and booleans in a string map into text, and text booleans and integers into their type', async () => {
      const response = await send('POST', '/kettles', {
        name: 42,
        litres: '2',
        warm: 'TRUE',
        properties: { colour: 'red', age: 3, electric: true },
        timer: { minutes: '5', beep: 'false' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json()).toEqual({
        id: 1,
        name: '42',
        litres: 2,
        warm: true,
        properties: { colour: 'red', age: '3', electric: 'true' },
        timer: { minutes: 5, beep: false },
      });
    });

    it('reads a null property as not set', async () => {
      expect((await send('POST', '/kettles', { name: null, litres: 1 })).json()).toEqual({
        id: 1,
        litres: 1,
        timer: { minutes: 3, beep: false },
      });
    });

    it.each([
      [{ litres: 'two' }, 'body.litres must be integer'],
      [{ litres: 1.5 }, 'body.litres must be integer'],
      [{ warm: 'yes' }, 'body.warm must be boolean'],
      [{ name: { first: 'a' } }, 'body.name must be string'],
      [{ properties: { colour: ['red'] } }, 'body.properties.colour must be string'],
      [{ labels: 'kitchen' }, 'body.labels must be array'],
    ])('keeps refusing %j', async (body, message) => {
      const response = await send('POST', '/kettles', body);
      expect(response.statusCode).toBe(400);
      expect(response.json().message).toBe(message);
    });

    it('reads query booleans in any case', async () => {
      const response = await send('POST', '/kettles?loud=True', {});
      expect(response.json().name).toBe('LOUD');
    });

    it('reads multipart booleans in any case, and refuses anything else', () => {
      expect([formBoolean('True', 'f'), formBoolean('FALSE', 'f'), formBoolean(undefined, 'f')]).toEqual([
        true,
        false,
        false,
      ]);
      expect(() => formBoolean('yes', 'useCustomFields')).toThrow('useCustomFields must be true or false, not "yes"');
    });
  });

  describe('unknown and read-only request fields', () => {
    it('are dropped before the handler sees them, at every depth; allOf parts all count as known', async () => {
      const response = await send('POST', '/kettles/batch', [
        { name: 'a', colour: 'red', id: 99, tea: 'green', timer: { minutes: 2, snooze: true } },
      ]);
      expect(response.json()).toEqual({
        items: [{ id: 1, name: 'a', tea: 'green', timer: { minutes: 2, beep: false } }],
      });
    });
  });

  describe('a free-form object the contract does not describe', () => {
    it('is kept as sent', async () => {
      const response = await send('POST', '/kettles', { extra: { any: { deep: 1 } } });
      expect(response.json().extra).toEqual({ any: { deep: 1 } });
    });
  });

  describe('defaults and empty values in answers', () => {
    it('fills in defaults, nested ones included, and leaves out empty lists and maps', async () => {
      const response = await send('POST', '/kettles', { name: 'k', labels: [], properties: {} });
      expect(response.json()).toEqual({ id: 1, name: 'k', timer: { minutes: 3, beep: false } });
    });

    it('keeps an empty list the schema requires', async () => {
      expect((await send('POST', '/kettles/batch', [])).json()).toEqual({ items: [] });
    });

    it('does not apply defaults to an update, which changes only what it names', async () => {
      const response = await send('PUT', '/kettles/1', { timer: { minutes: 9 } });
      // The answer is shaped (defaults shown), but the handler was given only what the client sent.
      expect(response.json()).toEqual({ id: 1, timer: { minutes: 9, beep: false } });
    });
  });

  describe('fields on a create', () => {
    it('selects in the slash form and always keeps the new ids', async () => {
      expect((await send('POST', '/kettles?fields=timer/minutes', { name: 'k' })).json()).toEqual({
        id: 1,
        timer: { minutes: 3 },
      });
      expect((await send('POST', '/kettles/batch?fields=items/name', [{ name: 'a' }, { name: 'b' }])).json()).toEqual({
        items: [
          { id: 1, name: 'a' },
          { id: 2, name: 'b' },
        ],
      });
    });
  });
});
