/**
 * Load measurement of the sandbox (not a test): `npx tsx scripts/bench-sandbox-load.ts`.
 *
 * Starts the sandbox as its own process (empty seed, a temporary database) and measures
 *  1. `/health` latency (p50, p99, max) while a 4,000-character text-to-speech sound is made and
 *     a 20 MB WAV is uploaded at the same time;
 *  2. the sandbox's peak resident memory (RSS) and `/health` latency while four `.wav` downloads of
 *     an 80-minute sound run at once (the first conversion, then again from the cache).
 * Results go to stdout and reports/bench-sandbox-load.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loopMp3 } from '../sandbox/audio/mp3';
import { synthesizeSpeech } from '../sandbox/audio/speech';
import { encodeWav } from '../sandbox/audio/wav';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD } from '../sandbox/config';

const PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 8804);
const BASE = `http://127.0.0.1:${PORT}`;
const auth = `Basic ${Buffer.from(`${DEFAULT_LOGIN}:${DEFAULT_PASSWORD}`).toString('base64')}`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const summary = (values: number[]) => ({
  samples: values.length,
  p50: Math.round(percentile(values, 50)),
  p99: Math.round(percentile(values, 99)),
  max: Math.round(Math.max(...values)),
});

/** Asks `/health` every 20 ms until `done` settles; answers each request's latency in ms. */
async function healthWhile(done: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    await fetch(`${BASE}/health`).then((answer) => answer.text());
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return latencies;
}

/** Samples the RSS of process `pid` every 50 ms until `done` settles; answers the peak in MB. */
async function peakRssWhile(pid: number, done: Promise<unknown>): Promise<number> {
  let peak = 0;
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return Math.round(peak);
}

async function upload(bytes: Buffer, fileName: string): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const answer = await fetch(`${BASE}/v2/campaigns/sounds/files`, {
    method: 'POST',
    headers: { authorization: auth },
    body: form,
  });
  if (!answer.ok) throw new Error(`upload answered ${answer.status}: ${await answer.text()}`);
  return ((await answer.json()) as { id: number }).id;
}

async function downloadWav(id: number): Promise<number> {
  const answer = await fetch(`${BASE}/v2/campaigns/sounds/${id}.wav`, { headers: { authorization: auth } });
  if (!answer.ok || !answer.body) throw new Error(`download answered ${answer.status}`);
  let bytes = 0;
  for await (const chunk of answer.body) bytes += (chunk as Uint8Array).byteLength;
  return bytes;
}

async function waitForSandbox() {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    if (
      await fetch(`${BASE}/health`).then(
        (answer) => answer.ok,
        () => false,
      )
    )
      return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the sandbox did not start');
}

const folder = mkdtempSync(join(tmpdir(), 'bench-sandbox-'));
// Node itself (not the tsx wrapper) so the pid is the process whose memory is measured.
const sandbox = spawn(process.execPath, ['--import', 'tsx', 'sandbox/main.ts'], {
  env: { ...process.env, SANDBOX_PORT: String(PORT), SANDBOX_SEED: 'empty', SANDBOX_DB: join(folder, 'bench.db') },
  stdio: 'inherit',
});
try {
  await waitForSandbox();
  const sentence = 'Thank you for calling. Your appointment is confirmed for Tuesday at ten in the morning. ';
  const message = sentence.repeat(Math.ceil(4000 / sentence.length)).slice(0, 4000);
  // About 19.5 MB of 16 kHz mono 16-bit audio: ten minutes of a tone.
  const samples = Float32Array.from({ length: 16000 * 610 }, (_, index) => 0.3 * Math.sin(index / 7));
  const wav = encodeWav([samples], 16000);
  const heavyWork = Promise.all([
    fetch(`${BASE}/v2/campaigns/sounds/tts`, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify({ message, voice: 'FEMALE1' }),
    }).then((answer) => answer.status),
    upload(wav, 'tone.wav'),
  ]);
  const started = performance.now();
  const [health, [ttsStatus]] = await Promise.all([healthWhile(heavyWork), heavyWork]);
  const ttsAndUpload = {
    seconds: Math.round(performance.now() - started) / 1000,
    ttsStatus,
    wavMB: +(wav.length / 2 ** 20).toFixed(1),
    health: summary(health),
  };
  console.log('TTS (4,000 characters) + 20 MB WAV upload:', ttsAndUpload);

  const speech = synthesizeSpeech(
    'Welcome to the quarterly review. We look at the numbers and your questions.',
    'MALE1',
  );
  const longSound = await upload(loopMp3(speech.mp3, 80 * 60), 'eighty-minutes.mp3');
  const downloads = [];
  for (const round of ['first (converts once)', 'second (from the cache)']) {
    const four = Promise.all(Array.from({ length: 4 }, () => downloadWav(longSound)));
    const [peakMB, latencies, sizes] = await Promise.all([peakRssWhile(sandbox.pid!, four), healthWhile(four), four]);
    const result = { round, peakRssMB: peakMB, wavMB: Math.round(sizes[0]! / 2 ** 20), health: summary(latencies) };
    console.log('Four concurrent .wav downloads of an 80-minute sound:', result);
    downloads.push(result);
  }
  mkdirSync('reports', { recursive: true });
  writeFileSync('reports/bench-sandbox-load.json', JSON.stringify({ ttsAndUpload, downloads }, null, 2));
} finally {
  sandbox.kill('SIGTERM');
  rmSync(folder, { recursive: true, force: true });
}
