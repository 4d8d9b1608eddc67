/**
 * `npx tsx scripts/bench-contacts.ts [contacts]`: measures the contacts area of the sandbox at scale.
 * A throwaway sandbox (a WAL database in a temporary folder, as `npm start` uses) is seeded with
 * N generated contacts (100,000 by default), then over HTTP it times findContacts pages at offsets
 * across the whole set, number and property searches, and the import of an N-row CSV file until the
 * list is ACTIVE. Prints p50/p95 per case; the README quotes a run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSandbox } from '../sandbox/app';
import { loadContactNumber } from '../sandbox/areas/contacts/contactSeed';
import { readConfig } from '../sandbox/config';

const count = Number(process.argv[2] ?? 100_000);
const folder = mkdtempSync(join(tmpdir(), 'bench-contacts-'));
const config = readConfig({
  SANDBOX_DB: join(folder, 'callfire.db'),
  SANDBOX_SEED: 'empty',
  SANDBOX_CONTACTS: String(count),
});
process.env.SANDBOX_CONTACTS = String(count);

let started = performance.now();
const app = await buildSandbox({ config });
const address = await app.listen({ port: 0, host: '127.0.0.1' });
console.log(`seeded ${count.toLocaleString()} contacts in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const authorization = `Basic ${Buffer.from(`${config.login}:${config.password}`).toString('base64')}`;
async function call(path: string, init: RequestInit = {}) {
  const response = await fetch(`${address}/v2${path}`, { ...init, headers: { authorization, ...init.headers } });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
  return response.json() as Promise<Record<string, unknown>>;
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(label: string, paths: string[]) {
  for (const path of paths.slice(0, 5)) await call(path); // warm the statement cache
  const samples: number[] = [];
  for (const path of paths) {
    const start = performance.now();
    await call(path);
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  console.log(
    `${label.padEnd(44)} n=${String(samples.length).padStart(3)}  p50 ${percentile(samples, 50).toFixed(1)} ms  p95 ${percentile(samples, 95).toFixed(1)} ms`,
  );
}

const runs = 200;
const offsets = Array.from({ length: runs }, (_, index) => Math.floor((index / runs) * (count - 100)));
await time(
  'findContacts limit=100, offsets 0…N',
  offsets.map((offset) => `/contacts?limit=100&offset=${offset}`),
);
await time('findContacts limit=100, last page', Array(50).fill(`/contacts?limit=100&offset=${count - 100}`));
await time(
  'findContacts number=<home phone>',
  offsets.map((offset) => `/contacts?limit=100&number=${loadContactNumber(offset)}`),
);
await time(
  'findContacts number=<mobile phone>',
  offsets.map((offset) => `/contacts?limit=100&number=${loadContactNumber(offset - (offset % 2) + 1_000_000)}`),
);
await time(
  'findContacts propertyName=tier&propertyValue=gold',
  Array(50).fill('/contacts?limit=100&propertyName=tier&propertyValue=gold'),
);

// CSV import: N rows, one in every hundred with a bad number, so rejections are part of the run.
const rows = ['firstName,lastName,homePhone,mobilePhone,zipcode,segment'];
for (let index = 0; index < count; index += 1) {
  const home = index % 100 === 99 ? 'not-a-number' : loadContactNumber(index + 2_000_000);
  rows.push(
    `Imported${index},Row,${home},${loadContactNumber(index + 3_000_000)},9${String(index % 10000).padStart(4, '0')},S${index % 7}`,
  );
}
const csv = rows.join('\n');
const form = new FormData();
form.set('name', 'Benchmark import');
form.set('useCustomFields', 'true');
form.set('file', new Blob([csv], { type: 'text/csv' }), 'benchmark.csv');
started = performance.now();
const { id } = await call('/contacts/lists/upload', { method: 'POST', body: form });
const uploaded = performance.now() - started;
let list: Record<string, unknown>;
do {
  await new Promise((resolve) => setTimeout(resolve, 100));
  list = await call(`/contacts/lists/${id}?fields=status,size,sandboxImport(acceptedRows,rejectedRows)`);
} while (list.status === 'VALIDATING');
const total = performance.now() - started;
console.log(
  `CSV import of ${count.toLocaleString()} rows (${(csv.length / 1e6).toFixed(1)} MB): upload answered in ${(uploaded / 1000).toFixed(1)} s, ${String(list.status)} after ${(total / 1000).toFixed(1)} s; ${JSON.stringify(list)}`,
);

await app.close();
rmSync(folder, { recursive: true, force: true });
