/** Sandbox settings, read once from the environment; every default is documented in the README. */
export interface SandboxConfig {
  port: number;
  host: string;
  dbPath: string;
  login: string;
  password: string;
  seed: 'demo' | 'empty';
  /** How much faster than real time the production clock runs, for demos. */
  speed: number;
  /** Test mode: the `/__sandbox/clock/advance` and `/__sandbox/simulate` routes answer. */
  testControl: boolean;
}

export const DEFAULT_LOGIN = 'sandbox';
export const DEFAULT_PASSWORD = 'sandbox-password';

export function readConfig(env: NodeJS.ProcessEnv = process.env): SandboxConfig {
  const seed = env.SANDBOX_SEED ?? 'demo';
  if (seed !== 'demo' && seed !== 'empty') {
    throw new Error(`SANDBOX_SEED must be "demo" or "empty", not "${seed}"`);
  }
  const port = Number(env.SANDBOX_PORT ?? 8787);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`SANDBOX_PORT must be a port number, not "${env.SANDBOX_PORT}"`);
  }
  const speed = Number(env.SANDBOX_SPEED ?? 1);
  if (!(speed > 0)) throw new Error(`SANDBOX_SPEED must be a positive number, not "${env.SANDBOX_SPEED}"`);
  return {
    port,
    host: env.SANDBOX_HOST ?? '127.0.0.1',
    dbPath: env.SANDBOX_DB ?? '.sandbox/callfire.db',
    login: env.SANDBOX_LOGIN ?? DEFAULT_LOGIN,
    password: env.SANDBOX_PASSWORD ?? DEFAULT_PASSWORD,
    seed,
    speed,
    testControl: env.SANDBOX_TEST_CONTROL === '1',
  };
}
