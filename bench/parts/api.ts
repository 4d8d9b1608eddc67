/**
 * `npm run bench -- api`: findContacts over 100,000 contacts under load (autocannon, 50 connections):
 * the sandbox next to json-server 0.17.4 (the most used mock REST server, same contacts from its JSON
 * file) and a bare node:http server (this machine's ceiling), then the same load through the console's
 * production server and its `/api` proxy, beside a bare node:http + undici proxy (the floor of any proxy
 * here). Pages at random offsets, and a lookup by number.
 */
import autocannon from 'autocannon';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContactNumber } from '../../sandbox/areas/contacts/contactSeed';
import { DEFAULT_LOGIN, DEFAULT_PASSWORD } from '../../sandbox/config';
import { productionBuild } from '../console';
import { type Figure, figure } from '../figures';
import { PORTS, SANDBOX_AUTH, scratchFolder, startNode, startSandbox, type Running } from '../processes';
import { loadContacts } from './contactFixtures';

const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 100_000);
const RUNS = Number(process.env.BENCH_API_RUNS ?? 3);
const SECONDS = Number(process.env.BENCH_API_SECONDS ?? 5);
const CONNECTIONS = 50;
const LIMIT = 100;

interface Target {
  name: string;
  base: string;
  headers: Record<string, string>;
  page: (offset: number) => string;
  lookup: (number: string) => string;
}

const randomOffset = () => Math.floor(Math.random() * (CONTACTS - LIMIT));
const randomNumber = () => loadContactNumber(Math.floor(Math.random() * CONTACTS));

async function load(target: Target, path: () => string) {
  const result = await autocannon({
    url: target.base,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: target.headers,
    requests: [{ setupRequest: (request) => ({ ...request, path: path() }) }],
  });
  if (result.non2xx || result.errors) {
    throw new Error(`${target.name}: ${result.non2xx} non-2xx answers, ${result.errors} errors`);
  }
  return { rate: result.requests.average, p99: result.latency.p99 };
}

/** RUNS rounds; in each, every target in turn, so a burst of load on the machine hits all alike. */
async function measure(targets: Target[], query: 'page' | 'lookup') {
  const runs = new Map(targets.map((target) => [target.name, { rate: [] as number[], p99: [] as number[] }]));
  for (let run = 0; run < RUNS; run += 1) {
    for (const target of targets) {
      const path = query === 'page' ? () => target.page(randomOffset()) : () => target.lookup(randomNumber());
      const { rate, p99 } = await load(target, path);
      runs.get(target.name)!.rate.push(rate);
      runs.get(target.name)!.p99.push(p99);
    }
  }
  return runs;
}

export async function apiBench(): Promise<Figure[]> {
  // The console's server serves the build (the proxy is measured as `npm run serve` runs it).
  productionBuild();
  const folder = scratchFolder('api');
  const running: Running[] = [];
  try {
    const jsonFile = join(folder.path, 'db.json');
    writeFileSync(jsonFile, JSON.stringify({ contacts: loadContacts(CONTACTS) }));
    running.push(await startSandbox(join(folder.path, 'sandbox.db'), { SANDBOX_CONTACTS: String(CONTACTS) }));
    running.push(
      await startNode('bench/parts/bareContactsServer.ts', {
        port: PORTS.bare,
        env: { BARE_PORT: String(PORTS.bare), BARE_CONTACTS: String(CONTACTS) },
      }),
    );
    running.push(
      await startNode('node_modules/json-server/lib/cli/bin.js', {
        port: PORTS.jsonServer,
        args: [jsonFile, '--port', String(PORTS.jsonServer), '--host', '127.0.0.1', '--quiet'],
        readyPath: '/contacts/1',
      }),
    );
    running.push(
      await startNode('scripts/serve.ts', {
        port: PORTS.console,
        readyPath: '/auth/session',
        env: {
          CONSOLE_PORT: String(PORTS.console),
          CALLFIRE_API_URL: `http://127.0.0.1:${PORTS.sandbox}/v2`,
          CALLFIRE_API_LOGIN: DEFAULT_LOGIN,
          CALLFIRE_API_PASSWORD: DEFAULT_PASSWORD,
        },
      }),
    );
    running.push(
      await startNode('bench/parts/bareProxyServer.ts', {
        port: PORTS.bareProxy,
        readyPath: '/api/contacts?limit=1',
        env: {
          BARE_PROXY_PORT: String(PORTS.bareProxy),
          BARE_PROXY_UPSTREAM: `http://127.0.0.1:${PORTS.sandbox}`,
          BARE_PROXY_AUTH: SANDBOX_AUTH,
        },
      }),
    );
    const sandbox: Target = {
      name: 'sandbox',
      base: `http://127.0.0.1:${PORTS.sandbox}`,
      headers: { authorization: SANDBOX_AUTH },
      page: (offset) => `/v2/contacts?limit=${LIMIT}&offset=${offset}`,
      lookup: (number) => `/v2/contacts?number=${number}`,
    };
    const throughProxy = {
      page: (offset: number) => `/api/contacts?limit=${LIMIT}&offset=${offset}`,
      lookup: (number: string) => `/api/contacts?number=${number}`,
    };
    const targets: Target[] = [
      sandbox,
      {
        ...throughProxy,
        name: 'proxy',
        base: `http://127.0.0.1:${PORTS.console}`,
        headers: { 'x-callfire-console': '1' },
      },
      { ...throughProxy, name: 'bare proxy', base: `http://127.0.0.1:${PORTS.bareProxy}`, headers: {} },
      { ...sandbox, name: 'bare', base: `http://127.0.0.1:${PORTS.bare}`, headers: {} },
      {
        name: 'json-server',
        base: `http://127.0.0.1:${PORTS.jsonServer}`,
        headers: {},
        page: (offset) => `/contacts?_start=${offset}&_limit=${LIMIT}`,
        lookup: (number) => `/contacts?homePhone=${number}`,
      },
    ];
    const figures: Figure[] = [];
    for (const [query, label, ceilingShare] of [
      ['page', 'findContacts page of 100', 0.25],
      ['lookup', 'findContacts by number', 0.1],
    ] as const) {
      const runs = await measure(targets, query);
      const rate = (name: string) => runs.get(name)!.rate;
      figures.push(
        figure('api', `${label}: sandbox vs json-server`, 'req/s', rate('sandbox'), {
          peer: { name: 'json-server 0.17.4', values: rate('json-server') },
          goal: '≥ 10×',
          met: (result) => result.ratio! >= 10,
        }),
        figure('api', `${label}: sandbox vs bare node:http`, 'req/s', rate('sandbox'), {
          peer: { name: 'bare node:http', values: rate('bare') },
          goal: `≥ ${ceilingShare}× (${ceilingShare * 100}% of the ceiling)`,
          met: (result) => result.ratio! >= ceilingShare,
        }),
        figure('api', `${label}: sandbox p99 at ${CONNECTIONS} connections`, 'ms', runs.get('sandbox')!.p99, {
          goal: '< 50 ms',
          met: (result) => result.median < 50,
        }),
        figure('api', `${label}: through the /api proxy vs direct`, 'req/s', rate('proxy'), {
          peer: { name: 'sandbox direct', values: rate('sandbox') },
          goal: '≥ 0.9× (at most 10% below)',
          met: (result) => result.ratio! >= 0.9,
        }),
        // What a proxy costs at all on this machine: load generator, proxy and sandbox share its cores.
        figure('api', `${label}: bare node:http + undici proxy vs direct`, 'req/s', rate('bare proxy'), {
          peer: { name: 'sandbox direct', values: rate('sandbox') },
        }),
        figure('api', `${label}: through the /api proxy vs the bare proxy`, 'req/s', rate('proxy'), {
          peer: { name: 'bare proxy', values: rate('bare proxy') },
        }),
      );
    }
    return figures;
  } finally {
    await Promise.all(running.map((process) => process.stop()));
    folder.remove();
  }
}
