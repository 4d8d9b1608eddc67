/**
 * The sandbox's answers over the `scale` part's database (a million contacts and do-not-contact
 * numbers): findContacts pages across the whole set and its searches, the do-not-contact prefix
 * search, and a 100,000-row CSV import until its list is ACTIVE. Over HTTP, one request at a time.
 */
import { loadContactNumber } from '../../sandbox/areas/contacts/contactSeed';
import { type Figure, figure, percentile } from '../figures';
import { SANDBOX_AUTH, sleep } from '../processes';

const REQUESTS = 50;
const IMPORT_ROWS = 100_000;

async function call(base: string, path: string, init: RequestInit = {}): Promise<Record<string, unknown>> {
  const answer = await fetch(`${base}/v2${path}`, {
    ...init,
    headers: { authorization: SANDBOX_AUTH, ...init.headers },
  });
  if (!answer.ok) throw new Error(`${path}: HTTP ${answer.status} ${await answer.text()}`);
  return (await answer.json()) as Record<string, unknown>;
}

/** p95 (ms) of the requests, one at a time, after two uncounted ones (statements compiled, caches filled). */
async function p95(base: string, paths: string[]): Promise<number> {
  for (const path of paths.slice(0, 2)) await call(base, path);
  const times: number[] = [];
  for (const path of paths) {
    const started = performance.now();
    await call(base, path);
    times.push(performance.now() - started);
  }
  return percentile(times, 95);
}

/** A CSV of `rows` new contacts, one row in a hundred with a bad number (rejections are part of the run). */
function importCsv(rows: number): string {
  const lines = ['firstName,lastName,homePhone,mobilePhone,zipcode,segment'];
  for (let index = 0; index < rows; index += 1) {
    const home = index % 100 === 99 ? 'not-a-number' : loadContactNumber(index + 2_000_000);
    lines.push(
      `Imported${index},Row,${home},${loadContactNumber(index + 3_000_000)},9${String(index % 10000).padStart(4, '0')},S${index % 7}`,
    );
  }
  return lines.join('\n');
}

/** Seconds until the upload is answered and until the list is ACTIVE. */
async function timeImport(base: string): Promise<{ answered: number; active: number }> {
  const form = new FormData();
  form.set('name', 'Benchmark import');
  form.set('useCustomFields', 'true');
  form.set('file', new Blob([importCsv(IMPORT_ROWS)], { type: 'text/csv' }), 'benchmark.csv');
  const started = performance.now();
  const { id } = await call(base, '/contacts/lists/upload', { method: 'POST', body: form });
  const answered = (performance.now() - started) / 1000;
  let status: unknown;
  do {
    await sleep(100);
    ({ status } = await call(base, `/contacts/lists/${String(id)}?fields=status`));
  } while (status === 'VALIDATING');
  if (status !== 'ACTIVE') throw new Error(`The imported list ended ${String(status)}`);
  return { answered, active: (performance.now() - started) / 1000 };
}

/** Over `rows` contacts (as `loadContact` makes them) and as many do-not-contact numbers, `dncNumberAt(0…rows−1)`. */
export async function scaleRequestFigures(
  base: string,
  rows: number,
  dncNumberAt: (index: number) => string,
): Promise<Figure[]> {
  const spread = Array.from({ length: REQUESTS }, (_, index) => Math.floor((index / REQUESTS) * rows));
  const million = rows.toLocaleString('en-US');
  const latency = (name: string, value: number) => figure('scale', `${name}, p95`, 'ms', [value]);
  const figures = [
    latency(
      `findContacts limit=100 at offsets across ${million}`,
      await p95(
        base,
        spread.map((offset) => `/contacts?limit=100&offset=${Math.min(offset, rows - 100)}`),
      ),
    ),
    latency(
      `findContacts by number (${million} contacts)`,
      await p95(
        base,
        spread.map((index) => `/contacts?limit=100&number=${loadContactNumber(index)}`),
      ),
    ),
    latency(
      `findContacts by property tier=gold (${million} contacts)`,
      await p95(base, Array<string>(REQUESTS).fill('/contacts?limit=100&propertyName=tier&propertyValue=gold')),
    ),
    // National prefixes of 3–7 digits (the area code, then part of the exchange) of listed numbers.
    latency(
      `do-not-contact prefix search, 3–7 digits (${million} entries)`,
      await p95(
        base,
        spread.map(
          (index, request) => `/contacts/dncs?limit=25&prefix=${dncNumberAt(index).slice(1, 4 + (request % 5))}`,
        ),
      ),
    ),
  ];
  const imported = await timeImport(base);
  return [
    ...figures,
    figure('scale', `CSV import of ${IMPORT_ROWS.toLocaleString('en-US')} rows: upload answered`, 's', [
      imported.answered,
    ]),
    figure('scale', `CSV import of ${IMPORT_ROWS.toLocaleString('en-US')} rows: list ACTIVE`, 's', [imported.active]),
  ];
}
