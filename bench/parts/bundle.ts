/**
 * `npm run bench -- bundle`: what the browser downloads. Builds the app, then from Vite's manifest
 * follows each route's static imports: the first route (`/` opens the home page) is the entry
 * plus that page; each other page costs what it adds on top of the entry. The budget of a page is its
 * area's own code: what it adds less the library chunks (`VENDOR_GROUPS`: the data grid, charts, maps…),
 * which other pages share and the browser keeps cached; what it adds with them is reported beside. Sizes
 * are gzip -9, as the production server sends them (it also has brotli copies, reported beside).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { productionBuild } from '../console';
import { type Figure, figure } from '../figures';
import { VENDOR_GROUPS } from '../../vite.config';

interface Chunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  css?: string[];
}

const DIST = 'dist';
const LANDING_PAGE = 'src/features/home/HomePage.tsx';
const FIRST_ROUTE_BUDGET_KB = 200;
const PAGE_BUDGET_KB = 100;

/** The chunk's files and those of everything it imports statically (what loading it downloads). */
function closure(manifest: Record<string, Chunk>, key: string, into = new Set<string>()): Set<string> {
  const chunk = manifest[key]!;
  if (into.has(chunk.file)) return into;
  into.add(chunk.file);
  chunk.css?.forEach((css) => into.add(css));
  chunk.imports?.forEach((imported) => closure(manifest, imported, into));
  return into;
}

const sizes = new Map<string, { gzip: number; brotli: number }>();
function sizeOf(file: string) {
  if (!sizes.has(file)) {
    const bytes = readFileSync(join(DIST, file));
    sizes.set(file, { gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes).length });
  }
  return sizes.get(file)!;
}
const kB = (files: Iterable<string>, kind: 'gzip' | 'brotli') =>
  [...files].reduce((total, file) => total + sizeOf(file)[kind], 0) / 1000;

// Library chunks are named after their group (vite.config.ts names chunks `assets/<group>-<hash>.js`).
const LIBRARY_CHUNK = new RegExp(`^assets/(?:${VENDOR_GROUPS.map((group) => group.name).join('|')})-[\\w-]+\\.js$`);

export async function bundleBench(): Promise<Figure[]> {
  productionBuild();
  const manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;
  const entry = closure(
    manifest,
    Object.keys(manifest).find((key) => manifest[key]!.isEntry)!,
  );
  const firstRoute = closure(manifest, LANDING_PAGE, new Set(entry));
  const pages = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && key.endsWith('Page.tsx'))
    .map(([key]) => {
      const added = [...closure(manifest, key)].filter((file) => !entry.has(file));
      return {
        page: key.split('/').pop()!.replace('.tsx', ''),
        gzip: kB(
          added.filter((file) => !LIBRARY_CHUNK.test(file)),
          'gzip',
        ),
        withLibraries: kB(added, 'gzip'),
      };
    })
    .sort((a, b) => b.gzip - a.gzip);
  const figures = [
    figure('bundle', 'first route (/ → home), JS + CSS gzip', 'kB', [kB(firstRoute, 'gzip')], {
      goal: `≤ ${FIRST_ROUTE_BUDGET_KB} kB`,
      met: (result) => result.median <= FIRST_ROUTE_BUDGET_KB,
    }),
    figure('bundle', 'first route, brotli (what browsers get)', 'kB', [kB(firstRoute, 'brotli')]),
  ];
  for (const name of [
    'BroadcastListPage',
    'ContactsPage',
    'CallListPage',
    'BroadcastDetailPage',
    'BroadcastFormPage',
  ]) {
    const page = pages.find((candidate) => candidate.page === name);
    if (page)
      figures.push(
        figure('bundle', `${name}: its own code (gzip)`, 'kB', [page.gzip], {
          goal: `≤ ${PAGE_BUDGET_KB} kB`,
          met: (result) => result.median <= PAGE_BUDGET_KB,
        }),
        figure('bundle', `${name} adds, with the libraries it loads (gzip)`, 'kB', [page.withLibraries]),
      );
  }
  const heaviest = pages[0]!;
  const heaviestWithLibraries = pages.reduce((a, b) => (b.withLibraries > a.withLibraries ? b : a));
  figures.push(
    figure('bundle', `heaviest page with its libraries: ${heaviestWithLibraries.page} adds (gzip)`, 'kB', [
      heaviestWithLibraries.withLibraries,
    ]),
    figure('bundle', `heaviest page: ${heaviest.page}, its own code (gzip)`, 'kB', [heaviest.gzip], {
      goal: `≤ ${PAGE_BUDGET_KB} kB`,
      met: (result) => result.median <= PAGE_BUDGET_KB,
    }),
    figure(
      'bundle',
      `pages whose own code is within ${PAGE_BUDGET_KB} kB gzip`,
      'pages',
      [pages.filter((page) => page.gzip <= PAGE_BUDGET_KB).length],
      {
        goal: `all ${pages.length}`,
        met: (result) => result.median === pages.length,
      },
    ),
  );
  return figures;
}
