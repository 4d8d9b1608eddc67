import type { components } from '../shared/schema';

/** Who an account is and what it may spend; the seed writes it to the account's new database. */
export interface AccountProfile extends Required<Omit<components['schemas']['Account'], 'permissions'>> {
  permissions: NonNullable<components['schemas']['Account']['permissions']>;
  credits: { planPerPeriod: number; payAsYouGo: number };
}

/** One more account the sandbox serves, with its own login and its own database. */
export interface OtherAccount {
  login: string;
  password: string;
  dbPath: string;
  profile: AccountProfile;
}

/** Sandbox settings, read once from the environment; every default is documented in the README. */
export interface SandboxConfig {
  port: number;
  host: string;
  /** The main (demo) account: its database, login and profile. */
  dbPath: string;
  login: string;
  password: string;
  profile: AccountProfile;
  seed: 'demo' | 'empty';
  /** How much faster than real time the production clock runs, for demos. */
  speed: number;
  /** Test mode: the `/__sandbox/clock/advance` and `/__sandbox/simulate` routes answer. */
  testControl: boolean;
  /** Accounts served beside the main one, each starting empty, so sign-ins can be told apart for real. */
  otherAccounts: OtherAccount[];
}

export const DEFAULT_LOGIN = 'sandbox';
export const DEFAULT_PASSWORD = 'sandbox-password';

const MAIN_PROFILE: AccountProfile = {
  id: 1001,
  email: 'operator@example.com',
  name: 'Sandbox Account',
  firstName: 'Sam',
  lastName: 'Operator',
  companyName: 'Example Outreach Co.',
  permissions: ['API', 'ACCOUNT_HOLDER'],
  credits: { planPerPeriod: 5000, payAsYouGo: 2500 },
};

const SECOND_PROFILE: AccountProfile = {
  id: 1002,
  email: 'second@example.com',
  name: 'Second Sandbox Account',
  firstName: 'Alex',
  lastName: 'Second',
  companyName: 'Other Example Ltd.',
  permissions: ['API', 'ACCOUNT_HOLDER'],
  credits: { planPerPeriod: 1000, payAsYouGo: 0 },
};

/** `.sandbox/callfire.db` → `.sandbox/callfire-2.db`; an in-memory database stays in memory. */
const secondDbPath = (dbPath: string) => (dbPath === ':memory:' ? dbPath : dbPath.replace(/(\.db)?$/, '-2$1'));

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
  const dbPath = env.SANDBOX_DB ?? '.sandbox/callfire.db';
  return {
    port,
    host: env.SANDBOX_HOST ?? '127.0.0.1',
    dbPath,
    login: env.SANDBOX_LOGIN ?? DEFAULT_LOGIN,
    password: env.SANDBOX_PASSWORD ?? DEFAULT_PASSWORD,
    profile: MAIN_PROFILE,
    seed,
    speed,
    testControl: env.SANDBOX_TEST_CONTROL === '1',
    otherAccounts: [
      {
        login: env.SANDBOX_SECOND_LOGIN ?? 'sandbox-2',
        password: env.SANDBOX_SECOND_PASSWORD ?? 'sandbox-2-password',
        dbPath: secondDbPath(dbPath),
        profile: SECOND_PROFILE,
      },
    ],
  };
}
