/**
 * Benchmark of the waveform player (not a test): `npx tsx scripts/bench-player.ts`.
 *
 * Serves a 10-minute and a 60-minute MP3 from an in-process sandbox through the console (Vite dev
 * server and its /api proxy), opens each sound's page in Chromium and measures
 *  - ready: from the start of the player's audio request to the waveform drawn and playable;
 *  - decode: `decodeAudioData` alone on the same bytes, in the same page, with a default AudioContext;
 *  - the peak resident memory of the tab's renderer process while the player loads.
 * Results go to stdout and reports/bench-player.json.
 */
import { chromium, type Page } from '@playwright/test';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'vite';
import { buildSandbox } from '../sandbox/app';
import { loopMp3 } from '../sandbox/audio/mp3';
import { synthesizeSpeech } from '../sandbox/audio/speech';
import { readConfig } from '../sandbox/config';

const SANDBOX_PORT = Number(process.env.BENCH_SANDBOX_PORT ?? 8796);
const CONSOLE_PORT = Number(process.env.BENCH_CONSOLE_PORT ?? 5196);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const CASES = [
  { name: '10-minute MP3', minutes: 10 },
  { name: '60-minute MP3', minutes: 60 },
];

const config = readConfig({ SANDBOX_DB: ':memory:', SANDBOX_SEED: 'empty', SANDBOX_PORT: String(SANDBOX_PORT) });
const auth = `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}`;

/** Speech looped to length: 16 kHz mono, 32 kbit/s, like a phone recording. */
function longMp3(minutes: number): Buffer {
  const speech = synthesizeSpeech(
    'Welcome to the quarterly review. We look at the numbers, the new areas we serve, and your questions.',
    'MALE1',
  );
  return loopMp3(speech.mp3, minutes * 60);
}

async function uploadSound(name: string, mp3: Buffer): Promise<number> {
  const form = new FormData();
  form.append('name', name);
  form.append('file', new Blob([new Uint8Array(mp3)], { type: 'audio/mpeg' }), `${name}.mp3`);
  const response = await fetch(`http://127.0.0.1:${SANDBOX_PORT}/v2/campaigns/sounds/files`, {
    method: 'POST',
    headers: { authorization: auth },
    body: form,
  });
  if (!response.ok) throw new Error(`Upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: number }).id;
}

/** Resident memory (bytes) of every Chromium renderer process under `rootPid`. */
function rendererRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while being read.
    }
  }
  let total = 0;
  const visit = (pid: number) => {
    for (const child of children.get(pid) ?? []) {
      try {
        if (readFileSync(`/proc/${child}/cmdline`, 'utf8').includes('--type=renderer')) {
          const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${child}/status`, 'utf8'));
          total = Math.max(total, Number(rss?.[1] ?? 0) * 1024);
        }
      } catch {
        // The process ended while being read.
      }
      visit(child);
    }
  };
  visit(rootPid);
  return total;
}

/** Milliseconds from the player's (last) audio request to its slider becoming enabled. */
async function measureReady(page: Page, soundId: number) {
  await page.goto(`http://127.0.0.1:${CONSOLE_PORT}/sounds/${soundId}`);
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  const readyAt = (await page.evaluate(`new Promise((resolve) => {
    const check = () => {
      const host = document.querySelector('[data-testid="waveform"] > div');
      const slider = host && host.shadowRoot && host.shadowRoot.querySelector('[role="slider"]');
      if (slider && slider.getAttribute('aria-disabled') === 'false') resolve(performance.now());
      else requestAnimationFrame(check);
    };
    check();
  })`)) as number;
  const startedAt = await page.evaluate(() => {
    const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.mp3'));
    return requests[requests.length - 1]!.startTime;
  });
  return readyAt - startedAt;
}

async function measureDecode(page: Page, soundId: number) {
  return page.evaluate(async (url) => {
    const bytes = await (await fetch(url)).arrayBuffer();
    const { AudioContext } = globalThis as unknown as {
      AudioContext: new () => { decodeAudioData(data: ArrayBuffer): Promise<unknown>; close(): Promise<void> };
    };
    const context = new AudioContext();
    const start = performance.now();
    await context.decodeAudioData(bytes);
    const elapsed = performance.now() - start;
    await context.close();
    return elapsed;
  }, `/api/campaigns/sounds/${soundId}.mp3`);
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

const sandbox = await buildSandbox({ config });
await sandbox.listen({ port: SANDBOX_PORT, host: '127.0.0.1' });
process.env.CONSOLE_PORT = String(CONSOLE_PORT);
process.env.CALLFIRE_API_URL = `http://127.0.0.1:${SANDBOX_PORT}/v2`;
const vite = await createServer({ logLevel: 'error' });
await vite.listen();
const server = await chromium.launchServer({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
const browser = await chromium.connect(server.wsEndpoint());

const results = [];
try {
  for (const benchCase of CASES) {
    const mp3 = longMp3(benchCase.minutes);
    const soundId = await uploadSound(benchCase.name, mp3);
    const ready: number[] = [];
    const decode: number[] = [];
    let peakRss = 0;
    for (let run = 0; run < RUNS; run += 1) {
      // A fresh tab per run, so memory and caches start from the same place.
      const page = await browser.newPage();
      let sampling = true;
      const sampler = (async () => {
        while (sampling) {
          peakRss = Math.max(peakRss, rendererRss(server.process().pid!));
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })();
      ready.push(await measureReady(page, soundId));
      sampling = false;
      await sampler;
      decode.push(await measureDecode(page, soundId));
      await page.close();
    }
    const result = {
      case: benchCase.name,
      bytes: mp3.length,
      readyMs: Math.round(median(ready)),
      decodeAudioDataMs: Math.round(median(decode)),
      ratio: Number((median(ready) / median(decode)).toFixed(2)),
      peakRendererMB: Math.round(peakRss / 1024 / 1024),
    };
    results.push(result);
    console.log(result);
  }
} finally {
  await browser.close();
  await server.close();
  await vite.close();
  await sandbox.close();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench-player.json', `${JSON.stringify(results, null, 2)}\n`);
