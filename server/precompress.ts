import { readdirSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;
/** Below this a compressed copy saves less than the extra round of headers costs. */
const MIN_BYTES = 1024;

function* filesUnder(folder: string): Generator<string> {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function precompressFile(path: string) {
  const bytes = await readFile(path);
  if (bytes.length < MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }),
    gzipped(bytes, { level: 9 }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}

/**
 * Writes `file.br` (brotli, best quality) and `file.gz` (gzip -9) beside every compressible file of a
 * build folder, once at build time, so the production server sends them as they are instead of
 * compressing each answer on the fly (`@fastify/static`'s `preCompressed`). The files are compressed
 * on libuv's thread pool, every core at once: this is most of the build's time on a small machine.
 */
export async function precompressFolder(folder: string): Promise<void> {
  await Promise.all([...filesUnder(folder)].filter((path) => COMPRESSIBLE.test(path)).map(precompressFile));
}

/** The Vite plugin: precompresses `dist/` after every production build. */
export function precompressPlugin(): Plugin {
  let outDir = 'dist';
  return {
    name: 'callfire-console:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      await precompressFolder(outDir);
    },
  };
}
