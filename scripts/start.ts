/**
 * `npm start`: the embedded CallFire sandbox and the console's Vite server in one process,
 * both on 127.0.0.1. Set CALLFIRE_API_URL to use another API and skip the sandbox.
 */
import { createServer } from 'vite';
import { buildSandbox } from '../sandbox/app';
import { readConfig } from '../sandbox/config';

const useSandbox = !process.env.CALLFIRE_API_URL;
const sandbox = useSandbox ? await buildSandbox({ config: readConfig() }) : undefined;
if (sandbox) {
  const config = readConfig();
  await sandbox.listen({ port: config.port, host: config.host });
  console.log(`CallFire sandbox: http://${config.host}:${config.port}/v2 (data in ${config.dbPath})`);
}

const vite = await createServer();
await vite.listen();
const url = vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/';
console.log(`\nCallFire Console: ${url}`);
console.log(useSandbox ? '  talking to the embedded sandbox' : `  talking to ${process.env.CALLFIRE_API_URL}`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void Promise.all([vite.close(), sandbox?.close()]).then(() => process.exit(0));
  });
}
