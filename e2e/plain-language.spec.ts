import { readFileSync } from 'node:fs';
import type { APIRequestContext, Page } from '@playwright/test';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';
import { sandboxGet } from './support/sandboxApi';

/**
 * Every page of the console, with the demo data in it, read as an operator reads it: no CallFire code
 * (ALL_CAPS_WITH_UNDERSCORES, or a word-long code of the contract's enums) and no API field name
 * (a camelCase name of the contract) may be on screen, and on a phone no grid may hide a column
 * behind a horizontal scroll.
 */

interface Contract {
  components: { schemas: Record<string, unknown> };
  paths: Record<string, Record<string, { parameters?: { name: string }[] }>>;
}

/** Field names and enum codes, collected from the contract itself so the scan follows it as it grows. */
function contractVocabulary() {
  const contract = parse(readFileSync(new URL('../openapi/callfire.yaml', import.meta.url), 'utf8')) as Contract;
  const fieldNames = new Set<string>();
  const codes = new Set<string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (node === null || typeof node !== 'object') return;
    const schema = node as { properties?: Record<string, unknown>; enum?: unknown[] };
    Object.keys(schema.properties ?? {}).forEach((name) => fieldNames.add(name));
    schema.enum?.forEach((value) => typeof value === 'string' && codes.add(value));
    Object.values(node).forEach(visit);
  };
  visit(contract.components.schemas);
  for (const operations of Object.values(contract.paths)) {
    for (const operation of Object.values(operations))
      operation.parameters?.forEach(({ name }) => fieldNames.add(name));
  }
  return {
    // `name` or `status` read as English; only the names an operator would not write are API names.
    fieldNames: new Set([...fieldNames].filter((name) => /[a-z][A-Z]/.test(name))),
    // Two-letter codes (LA, AM, SD) are also US states, and three-letter ones acronyms people use (IVR,
    // MMS, API); word-long codes of four letters or more are checked, and every code with an underscore.
    codes: new Set([...codes].filter((code) => /^[A-Z][A-Z0-9]{3,}$/.test(code))),
  };
}

const { fieldNames, codes } = contractVocabulary();

/** What on the page reads as the API's vocabulary rather than words. */
async function apiVocabularyOnScreen(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const found = new Set<string>();
  for (const token of text.match(/\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/g) ?? []) found.add(token);
  for (const token of text.match(/\b[A-Z][A-Z0-9]{3,}\b/g) ?? []) if (codes.has(token)) found.add(token);
  for (const token of text.match(/\b[a-z]+[A-Z][A-Za-z0-9]*\b/g) ?? []) if (fieldNames.has(token)) found.add(token);
  return [...found];
}

/**
 * Grids whose columns do not fit their width: at 390 px a column cut off is information lost. Written as
 * the browser's source: this file compiles without the DOM library.
 */
const CLIPPED_GRIDS = `[...document.querySelectorAll('[role="grid"]')]
  .filter((grid) => grid.offsetParent !== null)
  .filter((grid) => {
    const scroller = grid.querySelector('.MuiDataGrid-virtualScroller') ?? grid;
    return scroller.scrollWidth > scroller.clientWidth + 1;
  })
  .map((grid) => grid.getAttribute('aria-label') ?? 'a grid')`;

/** Waits until the page has its heading and its data, not a skeleton or a loading grid. */
async function settled(page: Page) {
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.MuiSkeleton-root, .MuiDataGrid-overlay .MuiCircularProgress-root')).toHaveCount(0);
}

type Where = string | ((request: APIRequestContext) => Promise<string>);

interface Items<T> {
  items?: T[];
}
const first = async <T>(request: APIRequestContext, path: string, pick: (item: T) => boolean = () => true) => {
  const item = ((await sandboxGet<Items<T>>(request, path)).items ?? []).find(pick);
  if (!item) throw new Error(`the demo data has no item at ${path} for this page`);
  return item;
};

interface Call {
  id: number;
  batchId?: number;
  records?: { recordings?: { name?: string }[] }[];
}

const pages: Record<string, Where> = {
  home: '/',
  account: '/account',
  'API credentials': '/account/credentials',
  billing: '/account/billing',
  'caller ids': '/account/caller-ids',
  'voice broadcasts': '/broadcasts/voice',
  'new voice broadcast': '/broadcasts/voice/new',
  'text broadcasts': '/broadcasts/text',
  'new text broadcast': '/broadcasts/text/new',
  calls: '/calls',
  'send calls': '/calls/send',
  texts: '/texts',
  'send texts': '/texts/send',
  conversations: '/texts/conversations',
  'auto-replies': '/texts/auto-replies',
  contacts: '/contacts',
  'new contact': '/contacts/new',
  'contact lists': '/contacts/lists',
  'import a list': '/contacts/lists/import',
  'do not contact': '/dnc',
  'add to do not contact': '/dnc/add',
  'check a number': '/dnc/check',
  sounds: '/sounds',
  'new sound': '/sounds/new',
  media: '/sounds/media',
  numbers: '/numbers',
  'buy numbers': '/numbers/buy',
  keywords: '/numbers/keywords',
  orders: '/numbers/orders',
  'a voice broadcast': async (request) =>
    `/broadcasts/voice/${(await first<{ id: number; status: string }>(request, '/calls/broadcasts', ({ status }) => status === 'STOPPED' || status === 'FINISHED')).id}`,
  'a voice broadcast being edited': async (request) =>
    `/broadcasts/voice/${(await first<{ id: number; status: string }>(request, '/calls/broadcasts', ({ status }) => status === 'SETUP')).id}/edit`,
  'a text broadcast': async (request) =>
    `/broadcasts/text/${(await first<{ id: number; status: string }>(request, '/texts/broadcasts', ({ status }) => status !== 'SETUP')).id}`,
  'a broadcast call': async (request) =>
    `/calls/${(await first<Call>(request, '/calls?limit=200', ({ batchId }) => batchId !== undefined)).id}`,
  'a recording': async (request) => {
    // Other tests add calls at the same time: the seeded recordings may be pages down, so page until one.
    const recorded = ({ records }: Call) => Boolean(records?.some(({ recordings }) => recordings?.length));
    let call: Call | undefined;
    for (let offset = 0; !call; offset += 500) {
      const page = await sandboxGet<Items<Call>>(request, `/calls?limit=500&offset=${offset}`);
      if (!page.items?.length) throw new Error('the demo data has no call with a recording');
      call = page.items.find(recorded);
    }
    const name = call.records!.flatMap(({ recordings }) => recordings ?? [])[0].name!;
    return `/calls/${call.id}/recordings/${encodeURIComponent(name)}`;
  },
  'a text': async (request) => `/texts/${(await first<{ id: number }>(request, '/texts')).id}`,
  'a conversation': async (request) =>
    `/texts/conversations/${(await first<{ fromNumber: string; inbound: boolean }>(request, '/texts', ({ inbound }) => inbound)).fromNumber}`,
  'a contact': async (request) => `/contacts/${(await first<{ id: number }>(request, '/contacts')).id}`,
  'a contact being edited': async (request) =>
    `/contacts/${(await first<{ id: number }>(request, '/contacts')).id}/edit`,
  'a contact list': async (request) =>
    `/contacts/lists/${(await first<{ id: number }>(request, '/contacts/lists')).id}`,
  'a do-not-contact entry': async (request) =>
    `/dnc/${(await first<{ number: string }>(request, '/contacts/dncs')).number}`,
  'a sound': async (request) => `/sounds/${(await first<{ id: number }>(request, '/campaigns/sounds')).id}`,
  'a media file': '/sounds/media/1',
  'a number': async (request) => `/numbers/${(await first<{ number: string }>(request, '/numbers/leases')).number}`,
  'a keyword': async (request) =>
    `/numbers/keywords/${(await first<{ keyword: string }>(request, '/keywords/leases')).keyword}`,
  'an order': async (request) => `/numbers/orders/${(await first<{ id: number }>(request, '/orders')).id}`,
};

for (const [name, where] of Object.entries(pages)) {
  test(`${name}: plain words on a desktop and on a phone, every column reachable`, async ({ page, request }) => {
    const path = typeof where === 'string' ? where : await where(request);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(path);
    await settled(page);
    expect(await apiVocabularyOnScreen(page), `API codes or field names on ${path} at 1440 px`).toEqual([]);

    // Turned to a phone's width, as a window is narrowed: the layout follows without a new load.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.waitForFunction('innerWidth === 390');
    await settled(page);
    expect(await apiVocabularyOnScreen(page), `API codes or field names on ${path} at 390 px`).toEqual([]);
    // A grid measures its new width on its next resize observation: a clipped column must stay clipped to fail.
    await expect
      .poll(() => page.evaluate<string[]>(CLIPPED_GRIDS), { message: `grids clipping columns on ${path} at 390 px` })
      .toEqual([]);
  });
}
