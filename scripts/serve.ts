/**
 * `npm run serve`: the production build (`npm run build`) served by one Fastify process, with the
 * sessions and the `/api` proxy; the embedded sandbox too unless CALLFIRE_API_URL is set, as `npm start`.
 */
import { existsSync } from 'node:fs';
import { consoleSettings } from '../server/consoleSettings';
import { buildProductionServer } from '../server/productionServer';
import { apiDescription, closeOnSignal, startEmbeddedSandbox } from './embeddedSandbox';

if (!existsSync('dist/index.html')) {
  console.error('No build in dist/: run `npm run build` first.');
  process.exit(1);
}
const settings = consoleSettings(process.env);
const closeSandbox = await startEmbeddedSandbox();
const trust = process.env.CONSOLE_TRUST_PROXY;
const app = await buildProductionServer({
  settings,
  distDir: 'dist',
  trustProxy: trust === undefined ? undefined : trust === 'true' ? true : trust,
});
const host = process.env.CONSOLE_HOST ?? '127.0.0.1';
const port = Number(process.env.CONSOLE_PORT ?? 5173);
await app.listen({ host, port });
console.log(`\nCallFire Console: http://${host}:${port}/\n  ${apiDescription()}`);
closeOnSignal(() => Promise.all([app.close(), closeSandbox()]));
