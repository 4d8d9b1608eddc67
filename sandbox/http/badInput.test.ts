import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox, type SandboxOptions } from '../app';
import { encodeWav } from '../audio/wav';
import { readConfig } from '../config';

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const authorization = `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}`;
const BOUNDARY = 'bad-input-boundary';

const errorResponse = (status: number) => ({
  httpStatusCode: status,
  internalCode: expect.any(Number),
  message: expect.any(String),
});

/** A multipart body whose one file part holds `bytes`, closed properly unless `truncate` says where to cut it. */
function filePart(bytes: Buffer) {
  return Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="x.wav"\r\nContent-Type: audio/wav\r\n\r\n`,
    ),
    bytes,
    Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
  ]);
}

async function listening(options: Partial<SandboxOptions> = {}) {
  const app = await buildSandbox({ config, ...options });
  await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, port: (app.server.address() as AddressInfo).port };
}

/** Sends raw bytes and collects what the server answers until it closes the connection. */
function rawExchange(port: number, send: (write: (text: string) => void) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
    send((text) => socket.write(text));
  });
}

const jsonBodyOf = (answer: string) => JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4));

// Uploads are checked on a worker thread, which takes seconds to start on a busy machine.
describe('bad input answers a 4xx ErrorResponse, never a 5xx', { timeout: 30_000 }, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config });
  });
  afterAll(() => app.close());

  const upload = (contentType: string, payload: Buffer | string) =>
    app.inject({
      method: 'POST',
      url: '/v2/campaigns/sounds/files',
      headers: { authorization, 'content-type': contentType },
      payload,
    });

  it('refuses a multipart body without a boundary', async () => {
    const answer = await upload('multipart/form-data', filePart(Buffer.from('RIFF')));
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject({ ...errorResponse(400), message: expect.stringMatching(/multipart/) });
  });

  it('refuses a multipart body cut off in the middle of its file', async () => {
    const whole = filePart(encodeWav([new Float32Array(4000)], 8000));
    const answer = await upload(`multipart/form-data; boundary=${BOUNDARY}`, whole.subarray(0, 2000));
    expect(answer.statusCode).toBe(400);
    expect(answer.json()).toMatchObject(errorResponse(400));
  });

  it('refuses a WAV cut off inside its header', async () => {
    const wav = encodeWav([new Float32Array(100)], 8000).subarray(0, 30);
    const answer = await upload(`multipart/form-data; boundary=${BOUNDARY}`, filePart(wav));
    expect(answer.statusCode).toBe(400);
    expect(answer.json().message).toBe('file: The WAV file is cut off inside its format chunk');
  });

  it('filters broadcasts by scheduled=false and scheduled=true', async () => {
    const create = (body: object) =>
      app.inject({
        method: 'POST',
        url: '/v2/calls/broadcasts',
        headers: { authorization, 'content-type': 'application/json' },
        payload: JSON.stringify(body),
      });
    const plain = (await create({ name: 'Unscheduled' })).json().id;
    const schedule = { startDate: { year: 2030, month: 5, day: 1 }, stopDate: { year: 2030, month: 5, day: 2 } };
    const scheduled = (await create({ name: 'Scheduled', schedules: [schedule] })).json().id;
    const ids = async (value: boolean) =>
      (await app.inject({ url: `/v2/calls/broadcasts?scheduled=${value}`, headers: { authorization } }))
        .json()
        .items.map((item: { id: number }) => item.id);
    expect(await ids(false)).toEqual([plain]);
    expect(await ids(true)).toEqual([scheduled]);
  });

  it('takes ids above 2^53 as the int64 the contract says: not found, not malformed', async () => {
    const answer = await app.inject({ url: '/v2/campaigns/sounds/9007199254740993', headers: { authorization } });
    expect(answer.statusCode).toBe(404);
    expect(answer.json()).toMatchObject(errorResponse(404));
    const beyond = await app.inject({ url: '/v2/campaigns/sounds/99999999999999999999', headers: { authorization } });
    expect(beyond.statusCode).toBe(400);
  });

  it('answers an over-long path parameter and a badly encoded URL with an ErrorResponse', async () => {
    const long = await app.inject({ url: `/v2/contacts/lists/${'9'.repeat(500)}`, headers: { authorization } });
    expect(long.statusCode).toBe(414);
    expect(long.json()).toMatchObject(errorResponse(414));
    const encoded = await app.inject({ url: '/v2/contacts/%zz', headers: { authorization } });
    expect(encoded.statusCode).toBe(400);
    expect(encoded.json()).toMatchObject(errorResponse(400));
  });
});

describe('a 5xx carries no internal text', () => {
  it('keeps the cause of a failure in the log, out of the answer', async () => {
    const app = await buildSandbox({
      config,
      areas: [
        {
          name: 'failing',
          migrations: [],
          handlers: {
            getAccount: () => {
              throw new Error('near ">": syntax error in SELECT * FROM secret_table');
            },
          },
        },
      ],
    });
    const answer = await app.inject({ url: '/v2/me/account', headers: { authorization } });
    await app.close();
    expect(answer.statusCode).toBe(500);
    expect(answer.json()).toEqual({
      httpStatusCode: 500,
      internalCode: 0,
      message: 'The sandbox failed to handle this request',
    });
  });
});

describe('over the wire', () => {
  it('answers oversized headers with a 431 ErrorResponse', async () => {
    const { app, port } = await listening();
    try {
      const answer = await new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = httpRequest(
          { port, host: '127.0.0.1', path: '/v2/me/account', headers: { authorization, 'x-big': 'a'.repeat(20_000) } },
          (response) => {
            let body = '';
            response.on('data', (chunk) => (body += chunk));
            response.on('end', () => resolve({ status: response.statusCode!, body }));
          },
        );
        request.on('error', reject);
        request.end();
      });
      expect(answer.status).toBe(431);
      expect(JSON.parse(answer.body)).toMatchObject(errorResponse(431));
    } finally {
      await app.close();
    }
  });

  it('closes a connection whose body stops arriving', async () => {
    const { app, port } = await listening({ timeouts: { idleMs: 300 } });
    try {
      const started = Date.now();
      await rawExchange(port, (write) =>
        write(
          `POST /v2/contacts/lists HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"name":',
        ),
      );
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      await app.close();
    }
  });

  it('answers 408 to a body that trickles in for longer than the request timeout', async () => {
    const { app, port } = await listening({ timeouts: { requestMs: 400, checkEveryMs: 100 } });
    try {
      let timer: NodeJS.Timeout | undefined;
      const answer = await rawExchange(port, (write) => {
        write(
          `POST /v2/contacts/lists HTTP/1.1\r\nHost: x\r\nAuthorization: ${authorization}\r\n` +
            'Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
        );
        timer = setInterval(() => write(' '), 50);
      });
      clearInterval(timer);
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(jsonBodyOf(answer)).toMatchObject(errorResponse(408));
    } finally {
      await app.close();
    }
  });
});
