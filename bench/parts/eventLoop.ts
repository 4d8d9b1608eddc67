/**
 * `npm run bench -- eventloop` (issue 11): does heavy work hold up the sandbox's event loop?
 *  1. `/health` latency (p99 over the duration) while a 4,000-character text-to-speech sound is made
 *     and a 19 MB WAV is uploaded at the same time; the floor is `/health` of the idle sandbox;
 *  2. peak resident memory while four `.wav` downloads of an 80-minute sound run at once.
 */
import { loopMp3 } from '../../sandbox/audio/mp3';
import { synthesizeSpeech } from '../../sandbox/audio/speech';
import { encodeWav } from '../../sandbox/audio/wav';
import { type Figure, figure, percentile } from '../figures';
import { rssMB, SANDBOX_AUTH, scratchFolder, sleep, startSandbox } from '../processes';

const ROUNDS = Number(process.env.BENCH_EVENT_LOOP_ROUNDS ?? 2);

/** `/health` latencies (ms), asked every 20 ms until `done` settles. */
async function healthWhile(base: string, done: Promise<unknown>): Promise<number[]> {
  const latencies: number[] = [];
  let finished = false;
  void done.finally(() => (finished = true));
  while (!finished) {
    const started = performance.now();
    await fetch(`${base}/health`).then((answer) => answer.text());
    latencies.push(performance.now() - started);
    await sleep(20);
  }
  return latencies;
}

async function upload(base: string, bytes: Buffer, fileName: string): Promise<number> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)]), fileName);
  const answer = await fetch(`${base}/v2/campaigns/sounds/files`, {
    method: 'POST',
    headers: { authorization: SANDBOX_AUTH },
    body: form,
  });
  if (!answer.ok) throw new Error(`upload answered ${answer.status}: ${await answer.text()}`);
  return ((await answer.json()) as { id: number }).id;
}

async function tts(base: string, message: string) {
  const answer = await fetch(`${base}/v2/campaigns/sounds/tts`, {
    method: 'POST',
    headers: { authorization: SANDBOX_AUTH, 'content-type': 'application/json' },
    body: JSON.stringify({ message, voice: 'FEMALE1' }),
  });
  if (!answer.ok) throw new Error(`tts answered ${answer.status}`);
}

async function downloadWav(base: string, id: number): Promise<void> {
  const answer = await fetch(`${base}/v2/campaigns/sounds/${id}.wav`, { headers: { authorization: SANDBOX_AUTH } });
  if (!answer.ok || !answer.body) throw new Error(`download answered ${answer.status}`);
  for await (const chunk of answer.body) void chunk;
}

export async function eventLoopBench(): Promise<Figure[]> {
  const folder = scratchFolder('event-loop');
  const sandbox = await startSandbox(`${folder.path}/sandbox.db`);
  try {
    const base = sandbox.url;
    const idle: number[] = [];
    const busy: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      idle.push(percentile(await healthWhile(base, sleep(2000)), 99));
      const sentence = `Round ${round}: thank you for calling. Your appointment is confirmed for Tuesday at ten. `;
      const message = sentence.repeat(Math.ceil(4000 / sentence.length)).slice(0, 4000);
      // About 19.5 MB of 16 kHz mono 16-bit audio: ten minutes of a tone (a new pitch each round).
      const samples = Float32Array.from({ length: 16000 * 610 }, (_, index) => 0.3 * Math.sin(index / (7 + round)));
      const wav = encodeWav([samples], 16000);
      const work = Promise.all([tts(base, message), upload(base, wav, `tone-${round}.wav`)]);
      const [latencies] = await Promise.all([healthWhile(base, work), work]);
      busy.push(percentile(latencies, 99));
      console.log(
        `  round ${round + 1}: /health p99 ${busy.at(-1)!.toFixed(0)} ms while busy, ${idle.at(-1)!.toFixed(0)} ms idle`,
      );
    }
    const speech = synthesizeSpeech(
      'Welcome to the quarterly review. We look at the numbers and your questions.',
      'MALE1',
    );
    const longSound = await upload(base, loopMp3(speech.mp3, 80 * 60), 'eighty-minutes.mp3');
    const peaks: number[] = [];
    for (let round = 0; round < 2; round += 1) {
      const four = Promise.all(Array.from({ length: 4 }, () => downloadWav(base, longSound)));
      let peak = 0;
      let finished = false;
      void four.finally(() => (finished = true));
      while (!finished) {
        peak = Math.max(peak, rssMB(sandbox.pid));
        await sleep(50);
      }
      await four;
      peaks.push(peak);
      console.log(`  four .wav downloads, round ${round + 1}: peak RSS ${peak.toFixed(0)} MB`);
    }
    return [
      figure('eventloop', '/health p99 during 4,000-char TTS + 19 MB WAV upload', 'ms', busy, {
        peer: { name: 'idle /health p99', values: idle },
        goal: '< 100 ms',
        met: (result) => result.median < 100,
      }),
      figure('eventloop', 'sandbox peak RSS, four 80-minute .wav downloads', 'MB', peaks, {
        goal: '< 500 MB',
        met: (result) => result.max < 500,
      }),
    ];
  } finally {
    await sandbox.stop();
    folder.remove();
  }
}
