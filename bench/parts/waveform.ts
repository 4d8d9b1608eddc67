/**
 * `npm run bench -- waveform`: the waveform player on 1-, 10- and 60-minute MP3s (speech looped, 16 kHz
 * mono at 32 kbit/s, like a phone recording), each a sound of a sandbox behind the production build.
 * In Chromium, per file: from the player's audio request to the first pixels of waveform and to the
 * waveform drawn and playable, then in the same tab bare `decodeAudioData` on the same bytes (the
 * peer), and the tab's peak resident memory while the player loads.
 */
import { chromium } from '@playwright/test';
import { join } from 'node:path';
import { loopMp3 } from '../../sandbox/audio/mp3';
import { synthesizeSpeech } from '../../sandbox/audio/speech';
import { largestRendererRss, samplePeak } from '../chromiumMemory';
import { productionBuild, startProductionConsole } from '../console';
import { type Figure, figure } from '../figures';
import { PORTS, SANDBOX_AUTH, scratchFolder, startSandbox } from '../processes';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const MINUTES = [1, 10, 60];
const MEMORY_GOAL_MB = 400;

function longMp3(minutes: number): Buffer {
  const speech = synthesizeSpeech(
    'Welcome to the quarterly review. We look at the numbers, the new areas we serve, and your questions.',
    'MALE1',
  );
  return loopMp3(speech.mp3, minutes * 60);
}

async function uploadSound(sandboxUrl: string, name: string, mp3: Buffer): Promise<number> {
  const form = new FormData();
  form.append('name', name);
  form.append('file', new Blob([new Uint8Array(mp3)], { type: 'audio/mpeg' }), `${name}.mp3`);
  const response = await fetch(`${sandboxUrl}/v2/campaigns/sounds/files`, {
    method: 'POST',
    headers: { authorization: SANDBOX_AUTH },
    body: form,
  });
  if (!response.ok) throw new Error(`Upload failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: number }).id;
}

// Strings, not functions: tsx would wrap named inner functions in a helper the page lacks.
/** Resolves, in the page, to when the first waveform canvas and the enabled seek slider appeared. */
const PLAYER_MILESTONES = `new Promise((resolve) => {
  let firstPixels;
  const check = () => {
    const host = document.querySelector('[data-testid="waveform"] > div');
    const root = host && host.shadowRoot;
    if (firstPixels === undefined && root && [...root.querySelectorAll('canvas')].some((canvas) => canvas.width > 0)) {
      firstPixels = performance.now();
    }
    const slider = root && root.querySelector('[role="slider"]');
    if (slider && slider.getAttribute('aria-disabled') === 'false') resolve({ firstPixels: firstPixels ?? performance.now(), ready: performance.now() });
    else requestAnimationFrame(check);
  };
  check();
})`;
const AUDIO_REQUEST_START = `(() => {
  const requests = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.mp3'));
  return requests[requests.length - 1].startTime;
})()`;
const BARE_DECODE = (url: string) => `(async () => {
  const bytes = await (await fetch(${JSON.stringify(url)})).arrayBuffer();
  const context = new AudioContext();
  const start = performance.now();
  await context.decodeAudioData(bytes);
  const elapsed = performance.now() - start;
  await context.close();
  return elapsed;
})()`;

export async function waveformBench(): Promise<Figure[]> {
  productionBuild();
  const folder = scratchFolder('waveform');
  const sandbox = await startSandbox(join(folder.path, 'callfire.db'));
  const console_ = await startProductionConsole(sandbox.url);
  // A browser server, so the renderers' memory can be read from its process tree.
  const server = await chromium.launchServer({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' });
  const browser = await chromium.connect(server.wsEndpoint());
  const figures: Figure[] = [];
  try {
    for (const minutes of MINUTES) {
      const soundId = await uploadSound(sandbox.url, `Bench ${minutes} minutes`, longMp3(minutes));
      const firstPixels: number[] = [];
      const ready: number[] = [];
      const decode: number[] = [];
      const memory: number[] = [];
      for (let run = 0; run < RUNS; run += 1) {
        // A fresh context per run: cold cache, and memory starts from the same place.
        const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
        const page = await context.newPage();
        const peak = samplePeak(() => largestRendererRss(server.process().pid!));
        await page.goto(`http://127.0.0.1:${PORTS.console}/sounds/${soundId}`);
        const milestones = (await Promise.race([
          page.evaluate(PLAYER_MILESTONES),
          page
            .waitForTimeout(120_000)
            .then(() => Promise.reject(new Error(`${minutes}-minute MP3: no waveform in 120 s`))),
        ])) as { firstPixels: number; ready: number };
        memory.push((await peak()) / 1024 / 1024);
        const requestStart = (await page.evaluate(AUDIO_REQUEST_START)) as number;
        firstPixels.push(milestones.firstPixels - requestStart);
        ready.push(milestones.ready - requestStart);
        decode.push((await page.evaluate(BARE_DECODE(`/api/campaigns/sounds/${soundId}.mp3`))) as number);
        await context.close();
      }
      const bare = { name: 'bare decodeAudioData', values: decode };
      figures.push(
        figure('waveform', `${minutes}-minute MP3: audio request to waveform drawn and playable`, 'ms', ready, {
          peer: bare,
          goal: '≤ 1.0× decodeAudioData',
          met: (result) => result.ratio! <= 1,
        }),
        figure('waveform', `${minutes}-minute MP3: audio request to first pixels of waveform`, 'ms', firstPixels, {
          peer: bare,
        }),
        figure('waveform', `${minutes}-minute MP3: tab's peak memory while loading`, 'MB', memory, {
          ...(minutes === 60 && {
            goal: `< ${MEMORY_GOAL_MB} MB`,
            met: (result: Figure) => result.median < MEMORY_GOAL_MB,
          }),
        }),
      );
    }
  } finally {
    await browser.close();
    await server.close();
    await console_.stop();
    await sandbox.stop();
    folder.remove();
  }
  return figures;
}
