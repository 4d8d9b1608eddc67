import { buildSandbox } from '../sandbox/app';
import { readConfig } from '../sandbox/config';

/**
 * Starts the embedded CallFire sandbox unless `CALLFIRE_API_URL` names another API; `npm start` and
 * `npm run serve` both use it, so the console works out of the box. Resolves to its close function.
 */
export async function startEmbeddedSandbox(): Promise<() => Promise<void>> {
  if (process.env.CALLFIRE_API_URL) return async () => {};
  const config = readConfig();
  const sandbox = await buildSandbox({ config, logger: process.env.SANDBOX_LOG === '1' });
  await sandbox.listen({ port: config.port, host: config.host });
  console.log(`CallFire sandbox: http://${config.host}:${config.port}/v2 (data in ${config.dbPath})`);
  return () => sandbox.close();
}

/** Stops everything on Ctrl-C or a service manager's SIGTERM. */
export function closeOnSignal(close: () => Promise<unknown>) {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void close().then(() => process.exit(0)));
  }
}

export const apiDescription = () =>
  process.env.CALLFIRE_API_URL ? `talking to ${process.env.CALLFIRE_API_URL}` : 'talking to the embedded sandbox';
