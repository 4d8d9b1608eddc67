import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD } from '../sandbox/config';

/** The ports the benchmark uses; BENCH_PORT moves them all (ten from it). */
const BASE_PORT = Number(process.env.BENCH_PORT ?? 6230);
export const PORTS = {
  sandbox: BASE_PORT,
  bare: BASE_PORT + 1,
  jsonServer: BASE_PORT + 2,
  console: BASE_PORT + 3,
  bareProxy: BASE_PORT + 4,
};

export const SANDBOX_AUTH = `Basic ${Buffer.from(`${DEFAULT_LOGIN}:${DEFAULT_PASSWORD}`).toString('base64')}`;

export interface Running {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(url: string, child: ChildProcess, seconds: number) {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${url}: the process ended (${child.exitCode}) before answering`);
    const ok = await fetch(url).then(
      (answer) => answer.status < 500,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${url} did not answer within ${seconds} s`);
}

/** Starts a Node script (TypeScript through tsx) as its own process and waits until `readyPath` answers. */
export async function startNode(
  script: string,
  {
    port,
    env = {},
    args = [],
    readyPath = '/',
    seconds = 300,
  }: {
    port: number;
    env?: Record<string, string>;
    args?: string[];
    readyPath?: string;
    seconds?: number;
  },
): Promise<Running> {
  // Node itself (not a wrapper) so the pid is the process whose memory and CPU are measured.
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([ended, sleep(5000).then(() => child.kill('SIGKILL'))]);
  };
  try {
    await waitFor(`${url}${readyPath}`, child, seconds);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, pid: child.pid!, stop };
}

/** A temporary folder, removed by the returned function. */
export function scratchFolder(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `bench-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** The sandbox as `npm run sandbox` runs it, on `database` (seeded when new), empty seed by default. */
export function startSandbox(database: string, env: Record<string, string> = {}): Promise<Running> {
  return startNode('sandbox/main.ts', {
    port: PORTS.sandbox,
    readyPath: '/health',
    env: { SANDBOX_PORT: String(PORTS.sandbox), SANDBOX_SEED: 'empty', SANDBOX_DB: database, ...env },
  });
}

/** Resident memory of a process in MB. */
export function rssMB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
}
