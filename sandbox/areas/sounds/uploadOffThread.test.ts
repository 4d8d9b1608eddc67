import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { encodeWav } from '../../audio/wav';
import { readConfig } from '../../config';

// A sandbox on a database file: uploaded and spoken sounds are stored by a worker thread (an in-memory
// database is written by the main thread, as no other thread can open it).
const folder = mkdtempSync(join(tmpdir(), 'sandbox-upload-'));
const config = readConfig({ SANDBOX_DB: join(folder, 'callfire.db'), SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

function multipartWav(bytes: Buffer) {
  const boundary = '----upload-off-thread';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="tone.wav"\r\n\r\n`;
  return {
    headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(head), bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

describe('sounds on a database file', { timeout: 60_000 }, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config });
  });
  afterAll(async () => {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const upload = (query: string, bytes: Buffer) =>
    app.inject({ method: 'POST', url: `/v2/campaigns/sounds/files${query}`, ...multipartWav(bytes) });

  it('stores the sound from the worker: readable at once, served back byte-identical, reused for the same audio', async () => {
    const tone = Float32Array.from({ length: 16000 * 2 }, (_, index) => 0.4 * Math.sin(index / 3));
    const wav = encodeWav([tone], 16000);
    const first = await upload('', wav);
    expect(first.statusCode).toBe(200);
    const { id } = first.json();
    const sound = await app.inject({ url: `/v2/campaigns/sounds/${id}`, headers: auth });
    expect(sound.json()).toMatchObject({ id, name: 'tone', status: 'ACTIVE', lengthInSeconds: 2 });
    const served = await app.inject({ url: `/v2/campaigns/sounds/${id}.wav`, headers: auth });
    expect(served.rawPayload.equals(wav)).toBe(true);
    expect((await upload('?fields=id,duplicate', wav)).json()).toEqual({ id, duplicate: true });
  });

  it('answers a file that is not audio with a 400 and stores nothing', async () => {
    const answer = await upload('', Buffer.from('RIFF....WAVEfmt '));
    expect(answer.statusCode).toBe(400);
    const found = await app.inject({ url: '/v2/campaigns/sounds', headers: auth });
    expect(found.json().items ?? []).toHaveLength(1);
  });

  it('stores a text-to-speech sound from the worker', async () => {
    const made = await app.inject({
      method: 'POST',
      url: '/v2/campaigns/sounds/tts?fields=id,status,duplicate',
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify({ message: 'Stored by a worker thread.', voice: 'FEMALE1' }),
    });
    expect(made.json()).toMatchObject({ status: 'ACTIVE', duplicate: false });
    const mp3 = await app.inject({ url: `/v2/campaigns/sounds/${made.json().id}.mp3`, headers: auth });
    expect(mp3.statusCode).toBe(200);
    expect(mp3.rawPayload.length).toBeGreaterThan(1000);
  });
});
