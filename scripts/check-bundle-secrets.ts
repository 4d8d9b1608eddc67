/**
 * Fails when the production bundle in dist/ contains a CallFire credential: the proxy adds them on
 * the server, so neither the sandbox's defaults nor configured credentials may ever be in the bundle.
 * It scans the dist/ that exists (`npm test` scans the one its end-to-end run built and tested).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { consoleSettings } from '../server/consoleSettings.ts';

// The single operator's credentials; without them (sign-in mode) the sandbox's demo account is checked.
const operator = consoleSettings(process.env).operator ?? consoleSettings({}).operator!;
const secrets = [
  operator.password,
  `${operator.login}:${operator.password}`,
  Buffer.from(`${operator.login}:${operator.password}`).toString('base64'),
];

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

if (!existsSync('dist')) {
  console.error('No dist/ to check: run `npm run build` first.');
  process.exit(1);
}
const leaks = files('dist').flatMap((file) => {
  // The precompressed copies (server/precompress.ts) are what the server sends: read them as sent.
  const bytes = readFileSync(file);
  const text = (
    file.endsWith('.br') ? brotliDecompressSync(bytes) : file.endsWith('.gz') ? gunzipSync(bytes) : bytes
  ).toString('latin1');
  return secrets.filter((secret) => text.includes(secret)).map(() => file);
});
if (leaks.length) {
  console.error(`Credentials found in the bundle: ${[...new Set(leaks)].join(', ')}`);
  process.exit(1);
}
console.log(`dist/ holds no CallFire credentials (${files('dist').length} files checked)`);
