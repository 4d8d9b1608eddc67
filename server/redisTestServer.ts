import { spawn, spawnSync } from 'node:child_process';
import { createServer } from 'node:net';

/** Whether Debian's `redis-server` is installed (`.ci/run` installs it); tests that need it skip otherwise. */
export const redisAvailable = spawnSync('redis-server', ['--version']).status === 0;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** Starts a throwaway `redis-server` (no persistence) on a free port, for the session store tests. */
export async function startRedis() {
  const port = await freePort();
  const child = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((ready, failed) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Ready to accept connections')) ready();
    });
    child.once('exit', (code) => failed(new Error(`redis-server exited with ${code}`)));
  });
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () =>
      new Promise<void>((done) =>
        child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill()),
      ),
  };
}
