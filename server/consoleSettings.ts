/** Everything the console's server reads from the environment; the same for `npm start`, `dev`, `preview` and `serve`. */
export interface ConsoleSettings {
  /** The CallFire API, including its `/v2` prefix. */
  apiUrl: string;
  /** Single-operator mode: these credentials serve every request and there is no sign-in page. */
  operator?: { login: string; password: string };
  /** A signed-in session ends after this long without a request. */
  sessionIdleMs: number;
  /** Shared session store for several console servers; memory when unset. */
  redisUrl?: string;
  /** Encrypts credentials in the session store; a random key per process when unset (memory store only). */
  sessionSecret?: string;
}

const DEFAULT_SANDBOX_LOGIN = 'sandbox';
const DEFAULT_SANDBOX_PASSWORD = 'sandbox-password';

/**
 * With no `CALLFIRE_API_URL` the console talks to the embedded sandbox as its demo account, so it works out
 * of the box. With `CALLFIRE_API_URL` set, operators sign in unless `CALLFIRE_API_LOGIN`/`PASSWORD` name
 * one account for everybody.
 */
export function consoleSettings(env: Record<string, string | undefined>): ConsoleSettings {
  const usesSandbox = !env.CALLFIRE_API_URL;
  const login = env.CALLFIRE_API_LOGIN || (usesSandbox ? (env.SANDBOX_LOGIN ?? DEFAULT_SANDBOX_LOGIN) : undefined);
  const password =
    env.CALLFIRE_API_PASSWORD || (usesSandbox ? (env.SANDBOX_PASSWORD ?? DEFAULT_SANDBOX_PASSWORD) : undefined);
  if (Boolean(login) !== Boolean(password)) {
    throw new Error('Set both CALLFIRE_API_LOGIN and CALLFIRE_API_PASSWORD, or neither (operators then sign in)');
  }
  const idleMinutes = Number(env.SESSION_IDLE_MINUTES ?? 30);
  if (!(idleMinutes > 0)) {
    throw new Error(`SESSION_IDLE_MINUTES must be a positive number, not "${env.SESSION_IDLE_MINUTES}"`);
  }
  if (env.SESSION_REDIS_URL && !env.SESSION_SECRET) {
    throw new Error('SESSION_REDIS_URL needs SESSION_SECRET, the key that encrypts credentials in Redis');
  }
  return {
    apiUrl: (env.CALLFIRE_API_URL ?? `http://127.0.0.1:${env.SANDBOX_PORT ?? 8787}/v2`).replace(/\/+$/, ''),
    operator: login && password ? { login, password } : undefined,
    sessionIdleMs: idleMinutes * 60_000,
    redisUrl: env.SESSION_REDIS_URL || undefined,
    sessionSecret: env.SESSION_SECRET || undefined,
  };
}
