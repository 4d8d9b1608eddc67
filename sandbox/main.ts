import { buildSandbox } from './app';
import { readConfig } from './config';

const config = readConfig();
const app = await buildSandbox({ config, logger: process.env.SANDBOX_LOG === '1' });
await app.listen({ port: config.port, host: config.host });
console.log(
  `CallFire sandbox listening on http://${config.host}:${config.port}/v2 (database: ${config.dbPath}, seed: ${config.seed})`,
);
if (config.testControl)
  console.log('Test mode: POST /__sandbox/clock/advance and /__sandbox/simulate drive simulated time');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void app.close().then(() => process.exit(0));
  });
}
