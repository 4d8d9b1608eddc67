/**
 * `npm start`: the embedded CallFire sandbox and the console's Vite server in one process,
 * both on 127.0.0.1. Set CALLFIRE_API_URL to use another API and skip the sandbox.
 */
import { createServer } from 'vite';
import { apiDescription, closeOnSignal, startEmbeddedSandbox } from './embeddedSandbox';

const closeSandbox = await startEmbeddedSandbox();
const vite = await createServer();
await vite.listen();
console.log(`\nCallFire Console: ${vite.resolvedUrls?.local[0] ?? 'http://127.0.0.1:5173/'}\n  ${apiDescription()}`);
closeOnSignal(() => Promise.all([vite.close(), closeSandbox()]));
