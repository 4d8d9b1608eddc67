import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageModuleOf, ROUTE_PAGES, routeHtml } from './routePreloads';

describe('route preloads', () => {
  it('knows every page the areas route to', () => {
    const known = new Set(ROUTE_PAGES.map(([, page]) => page));
    const routed = readdirSync('src/features').flatMap((area) => {
      let routes: string;
      try {
        routes = readFileSync(join('src/features', area, 'routes.tsx'), 'utf8');
      } catch {
        return [];
      }
      return [...routes.matchAll(/import\('\.\/(\w+Page)'\)/g)].map((match) => `${area}/${match[1]}`);
    });
    expect(routed.length).toBeGreaterThan(30);
    expect(routed.filter((page) => !known.has(page))).toEqual([]);
  });

  it.each([
    ['/contacts', 'src/features/contacts/ContactsPage.tsx'],
    ['/contacts/', 'src/features/contacts/ContactsPage.tsx'],
    ['/contacts/lists', 'src/features/contacts/ContactListsPage.tsx'],
    ['/contacts/42', 'src/features/contacts/ContactDetailPage.tsx'],
    ['/broadcasts/text/7/edit', 'src/features/broadcasts/BroadcastFormPage.tsx'],
    ['/nowhere/at/all', undefined],
  ])('finds the page %s opens', (path, module) => expect(pageModuleOf(path)).toBe(module));

  it("preloads the page's chunks the entry does not load already", () => {
    const dist = mkdtempSync(join(tmpdir(), 'console-preloads-'));
    mkdirSync(join(dist, '.vite'));
    writeFileSync(join(dist, 'index.html'), '<html><head><title>Console</title></head><body></body></html>');
    writeFileSync(
      join(dist, '.vite/manifest.json'),
      JSON.stringify({
        'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_react.js'] },
        '_react.js': { file: 'assets/react.js' },
        '_grid.js': { file: 'assets/grid.js', imports: ['_react.js'] },
        'src/features/calls/CallListPage.tsx': { file: 'assets/CallListPage.js', imports: ['_grid.js'] },
      }),
    );
    const htmlFor = routeHtml(dist);
    const calls = htmlFor('/calls');
    expect(calls).toContain('<link rel="modulepreload" crossorigin href="/assets/CallListPage.js">');
    expect(calls).toContain('<link rel="modulepreload" crossorigin href="/assets/grid.js">');
    expect(calls).not.toContain('react.js');
    expect(htmlFor('/dnc')).toBe('<html><head><title>Console</title></head><body></body></html>');
  });
});
