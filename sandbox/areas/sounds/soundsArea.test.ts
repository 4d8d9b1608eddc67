import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSandbox } from '../../app';
import { parseMp3 } from '../../audio/mp3';
import { synthesizeSpeech } from '../../audio/speech';
import { encodeWav, parseWav } from '../../audio/wav';
import { readConfig } from '../../config';
import { openDatabase, migrate } from '../../db/database';
import { getSoundRow, insertRecordingSound, insertSound, soundAudio, soundMigrations } from '../../db/sounds';
import { makePng } from './demoImage';
import { finishDueRecordings } from './recordings';

// Encoding and decoding audio is CPU work; on a busy shared machine it can outlast the 5 s default.
const AUDIO_WORK = { timeout: 30_000 };

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty' });
const auth = { authorization: `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}` };

/** A multipart body with one file part and optional text fields. */
function multipart(file: { name: string; bytes: Buffer; type?: string }, fields: Record<string, string> = {}) {
  const boundary = '----sandbox-test-boundary';
  const parts = [
    ...Object.entries(fields).map(
      ([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
    ),
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
  ];
  return {
    headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: Buffer.concat([Buffer.from(parts.join('')), file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`)]),
  };
}

describe('sounds', AUDIO_WORK, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config });
  });
  afterAll(() => app.close());

  const get = (url: string) => app.inject({ url: `/v2${url}`, headers: auth });
  const postJson = (url: string, body: unknown) =>
    app.inject({
      method: 'POST',
      url: `/v2${url}`,
      headers: { ...auth, 'content-type': 'application/json' },
      payload: JSON.stringify(body),
    });
  const upload = (url: string, file: Parameters<typeof multipart>[0], fields?: Record<string, string>) =>
    app.inject({ method: 'POST', url: `/v2${url}`, ...multipart(file, fields) });

  it('uploads an MP3, serves it back byte-identical and as a valid WAV', async () => {
    const { mp3 } = synthesizeSpeech('The uploaded greeting.', 'FEMALE1');
    const created = await upload(
      '/campaigns/sounds/files?fields=id,name,status,lengthInSeconds,duplicate',
      { name: 'greeting.mp3', bytes: mp3 },
      { name: 'Greeting' },
    );
    expect(created.statusCode).toBe(200);
    const sound = created.json();
    expect(sound).toMatchObject({
      name: 'Greeting',
      status: 'ACTIVE',
      duplicate: false,
      lengthInSeconds: Math.round(parseMp3(mp3).seconds),
    });

    const mp3Answer = await get(`/campaigns/sounds/${sound.id}.mp3`);
    expect(mp3Answer.headers['content-type']).toBe('audio/mpeg');
    expect(mp3Answer.rawPayload.equals(mp3)).toBe(true);

    const wavAnswer = await get(`/campaigns/sounds/${sound.id}.wav`);
    expect(wavAnswer.headers['content-type']).toBe('audio/wav');
    const wav = parseWav(wavAnswer.rawPayload);
    expect(wav.channels[0]!.length / wav.sampleRate).toBeCloseTo(parseMp3(mp3).seconds, 0);
  });

  it('uploads a WAV, serves it back byte-identical and as MP3', async () => {
    const tone = Float32Array.from({ length: 16000 * 2 }, (_, index) => 0.4 * Math.sin(index / 5));
    const wav = encodeWav([tone], 16000);
    const { id } = (await upload('/campaigns/sounds/files', { name: 'tone.wav', bytes: wav })).json();
    expect((await get(`/campaigns/sounds/${id}`)).json()).toMatchObject({ name: 'tone', lengthInSeconds: 2 });
    expect((await get(`/campaigns/sounds/${id}.wav`)).rawPayload.equals(wav)).toBe(true);
    expect(parseMp3((await get(`/campaigns/sounds/${id}.mp3`)).rawPayload).seconds).toBeCloseTo(2, 0);
  });

  it('answers only the id by default, and reuses the sound for the same audio', async () => {
    const { mp3 } = synthesizeSpeech('Same audio twice.', 'MALE1');
    const first = (await upload('/campaigns/sounds/files', { name: 'a.mp3', bytes: mp3 })).json();
    expect(Object.keys(first)).toEqual(['id']);
    const second = (await upload('/campaigns/sounds/files?fields=id,duplicate', { name: 'b.mp3', bytes: mp3 })).json();
    expect(second).toEqual({ id: first.id, duplicate: true });
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'file is empty'],
    ['a text file', Buffer.from('not audio at all'), 'file: The file is not an MP3 or WAV audio file'],
    [
      'a corrupt MP3',
      Buffer.concat([Buffer.from([0xff, 0xfb, 0x90, 0x64]), Buffer.alloc(2000, 1)]),
      'file: The file is not a valid MP3',
    ],
  ])('rejects %s with a 400', async (_name, bytes, message) => {
    const answer = await upload('/campaigns/sounds/files', { name: 'x.mp3', bytes });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().message).toContain(message);
  });

  it('sends errors whole even when fields selects from the resource', async () => {
    const answer = await upload('/campaigns/sounds/files?fields=id,name', {
      name: 'x.mp3',
      bytes: Buffer.from('text'),
    });
    expect(answer.json()).toMatchObject({ httpStatusCode: 400, message: expect.stringContaining('file:') });
  });

  it('rejects a file over 20 MB and a form without a file', async () => {
    const big = await upload('/campaigns/sounds/files', { name: 'big.mp3', bytes: Buffer.alloc(21 * 1024 * 1024) });
    expect(big.statusCode).toBe(400);
    expect(big.json().message).toBe('file: the file is larger than 20 MB');
    const json = await postJson('/campaigns/sounds/files', { name: 'x' });
    expect(json.statusCode).toBe(400);
    expect(json.json().message).toMatch(/multipart/);
  });

  it('makes a text-to-speech sound whose length follows the message', async () => {
    const short = (
      await postJson('/campaigns/sounds/tts?fields=id,name,lengthInSeconds', { message: 'Hi.', voice: 'FEMALE2' })
    ).json();
    const long = (
      await postJson('/campaigns/sounds/tts?fields=id,name,lengthInSeconds', {
        message:
          'Hello, this is a much longer message that keeps going for quite a few more words than the first one did.',
        voice: 'FEMALE2',
      })
    ).json();
    expect(short.name).toBe('TTS: Hi.');
    expect(long.lengthInSeconds).toBeGreaterThan(short.lengthInSeconds + 3);
    const audio = (await get(`/campaigns/sounds/${long.id}.mp3`)).rawPayload;
    expect(Math.round(parseMp3(audio).seconds)).toBe(long.lengthInSeconds);
  });

  it.each([
    [
      { message: 'Hello', voice: 'ROBOT' },
      'body.voice must be one of: MALE1, FEMALE1, FEMALE2, SPANISH1, FRENCHCANADIAN1',
    ],
    [{ message: '', voice: 'MALE1' }, 'body.message'],
    [{ message: '   ', voice: 'MALE1' }, 'body.message must not be blank'],
    [{ voice: 'MALE1' }, 'body.message is required'],
  ])('rejects the TTS body %j', async (body, message) => {
    const answer = await postJson('/campaigns/sounds/tts', body);
    expect(answer.statusCode).toBe(400);
    expect(answer.json().message).toContain(message);
  });

  it('records by phone: RECORDING and pending until the call ends', async () => {
    const answer = await postJson('/campaigns/sounds/calls?fields=id,name,status', {
      name: 'By phone',
      toNumber: '+12135550100',
    });
    const sound = answer.json();
    expect(sound).toMatchObject({ name: 'By phone', status: 'RECORDING' });
    expect((await get(`/campaigns/sounds/${sound.id}.mp3`)).json().message).toContain('has no audio yet');
    const ids = (url: string) => get(url).then((found) => found.json().items.map((item: { id: number }) => item.id));
    expect(await ids('/campaigns/sounds')).not.toContain(sound.id);
    expect(await ids('/campaigns/sounds?includePending=true')).toContain(sound.id);
  });

  it('rejects a bad number for recording', async () => {
    const answer = await postJson('/campaigns/sounds/calls', { name: 'x', toNumber: '555' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().message).toContain('body.toNumber');
  });

  it('archives on delete: hidden from find unless asked, still readable', async () => {
    const { id } = (await postJson('/campaigns/sounds/tts', { message: 'Archive me please.', voice: 'MALE1' })).json();
    const deleted = await app.inject({ method: 'DELETE', url: `/v2/campaigns/sounds/${id}`, headers: auth });
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body).toBe('');
    expect((await get(`/campaigns/sounds/${id}`)).json().status).toBe('ARCHIVED');
    const ids = (url: string) => get(url).then((answer) => answer.json().items.map((item: { id: number }) => item.id));
    expect(await ids('/campaigns/sounds?filter=Archive%20me')).toEqual([]);
    expect(await ids('/campaigns/sounds?filter=archive%20ME&includeArchived=true')).toEqual([id]);
    expect((await app.inject({ method: 'DELETE', url: '/v2/campaigns/sounds/99999', headers: auth })).statusCode).toBe(
      404,
    );
  });
});

describe('media', AUDIO_WORK, () => {
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await buildSandbox({ config });
  });
  afterAll(() => app.close());
  const get = (url: string) => app.inject({ url: `/v2${url}`, headers: auth });

  it('stores an image and serves it by id, as a binary download and by public key', async () => {
    const png = makePng(4, 4, () => [255, 0, 0]);
    const created = await app.inject({
      method: 'POST',
      url: '/v2/media',
      ...multipart({ name: 'red.png', bytes: png }, { name: 'Red square' }),
    });
    expect(created.statusCode).toBe(200);
    const { id } = created.json();
    const media = (await get(`/media/${id}`)).json();
    expect(media).toMatchObject({
      id,
      name: 'Red square',
      mediaType: 'image/png',
      lengthInBytes: png.length,
      accountId: 1001,
    });
    const byId = await get(`/media/${id}.png`);
    expect(byId.headers['content-type']).toBe('image/png');
    expect(byId.rawPayload.equals(png)).toBe(true);
    const binary = await get(`/media/${id}/file`);
    expect(binary.headers['content-type']).toBe('application/octet-stream');
    expect(binary.headers['content-disposition']).toBe(
      `attachment; filename="Red square.png"; filename*=UTF-8''Red%20square.png`,
    );
    const publicPath = new URL(media.publicUrl).pathname.replace(/^\/v2/, '');
    expect((await get(publicPath)).rawPayload.equals(png)).toBe(true);
    expect((await get(`/media/${id}.jpg`)).statusCode).toBe(404);
    expect((await get(`/media/${id}.exe`)).statusCode).toBe(400);
    expect((await get('/media/public/nosuchkey.png')).statusCode).toBe(404);
  });

  it('finds media newest first, by part of the name, with their sizes', async () => {
    const png = makePng(2, 2, () => [0, 0, 255]);
    const upload = (name: string) =>
      app.inject({ method: 'POST', url: '/v2/media', ...multipart({ name: 'blue.png', bytes: png }, { name }) });
    const first = (await upload('Blue 100% logo')).json().id;
    const second = (await upload('Blue banner')).json().id;
    const all = (await get('/media?limit=2')).json();
    expect(all.items.map((media: { id: number }) => media.id)).toEqual([second, first]);
    expect(all.totalCount).toBeGreaterThanOrEqual(2);
    const found = (await get('/media?filter=100%25')).json();
    expect(found.items).toHaveLength(1);
    expect(found.items[0]).toMatchObject({ id: first, name: 'Blue 100% logo', lengthInBytes: png.length });
    expect(found.items[0].publicUrl).toMatch(/\/media\/public\/\w+\.png$/);
  });

  it('rejects files that are not accepted media', async () => {
    const answer = await app.inject({
      method: 'POST',
      url: '/v2/media',
      ...multipart({ name: 'notes.txt', bytes: Buffer.from('hello') }),
    });
    expect(answer.statusCode).toBe(400);
    expect(answer.json().message).toBe('file is not an accepted media type (bmp, gif, jpg, m4a, mp3, mp4, png, wav)');
  });
});

describe('recording simulator', AUDIO_WORK, () => {
  it('makes a recording ACTIVE with its own audio once the call is over', async () => {
    const db = openDatabase(':memory:');
    migrate(db, soundMigrations);
    const id = insertRecordingSound(db, { name: 'Voicemail', toNumber: '12135550100', created: 0, readyAt: 1000 });
    finishDueRecordings(db, 999);
    expect(getSoundRow(db, id)?.status).toBe('RECORDING');
    finishDueRecordings(db, 1000);
    const row = getSoundRow(db, id)!;
    expect(row.status).toBe('ACTIVE');
    expect(parseMp3(soundAudio(db, id, 'mp3')!).seconds).toBeCloseTo(row.seconds!, 0);
  });
});

describe('insertSound (for other areas)', AUDIO_WORK, () => {
  it('stores a sound and reuses it for the same audio', () => {
    const db = openDatabase(':memory:');
    migrate(db, soundMigrations);
    const speech = synthesizeSpeech('Shared sound.', 'MALE1');
    const id = insertSound(db, { name: 'Shared', status: 'ACTIVE', created: 1, ...speech });
    expect(insertSound(db, { name: 'Again', status: 'ACTIVE', created: 2, ...speech })).toBe(id);
    expect(getSoundRow(db, id)).toMatchObject({ name: 'Shared', status: 'ACTIVE', seconds: speech.seconds });
  });
});
