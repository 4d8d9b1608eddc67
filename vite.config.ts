import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { consoleSettings } from './server/consoleSettings.ts';
import { precompressPlugin } from './server/precompress.ts';
import { consoleServerPlugin } from './server/vitePlugin.ts';

const nodeModules = (packages: string) => new RegExp(`node_modules[\\\\/](${packages})[\\\\/]`);
const MUI_CORE = nodeModules(
  '@mui[\\\\/](?:material|system|utils|styled-engine|private-theming|core-downloads-tracker)|@emotion|@popperjs|react-transition-group|react-is|stylis|@babel[\\\\/]runtime|clsx|prop-types',
);

/**
 * Vendor chunks. A group takes its modules' dependencies too, unless an earlier group took them: so the
 * shared ones come first (React, the MUI core the shell needs, the MUI core the pages share, the MUI X
 * internals), then each heavy library, which then loads only with the pages that use it.
 * Icons are not grouped: each page bundles the few it imports (by path).
 */
export const VENDOR_GROUPS = [
  { name: 'react', test: nodeModules('react|react-dom|react-router|scheduler|@tanstack[\\\\/][a-z-]+') },
  // The MUI components the shell itself renders: on every page, so part of the first load.
  { name: 'mui', test: MUI_CORE, tags: ['$initial' as const] },
  // The other MUI components, split by the set of pages that use them (a page loads only its own). Sets
  // under 8 kB join their closest neighbour: a list page fetched ~35 such files, 6 at a time over HTTP/1.1,
  // and now ~20, for no more bytes in all (the 43 pages together: 46 kB gzip less).
  {
    name: 'mui-components',
    test: MUI_CORE,
    entriesAware: true,
    entriesAwareMergeThreshold: 8_000,
  },
  { name: 'mui-x', test: nodeModules('@mui[\\\\/]x-internals|reselect|use-sync-external-store') },
  { name: 'data-grid', test: nodeModules('@mui[\\\\/](?:x-data-grid|x-virtualizer)') },
  { name: 'charts', test: nodeModules('@mui[\\\\/](?:x-charts|x-charts-vendor|x-internal-gestures)|bezier-easing') },
  { name: 'maps', test: nodeModules('react-simple-maps|d3-[a-z-]+|topojson-client|us-atlas') },
  {
    name: 'codemirror',
    test: nodeModules(
      '@codemirror[\\\\/][a-z-]+|@lezer[\\\\/][a-z-]+|@uiw[\\\\/][a-z-]+|@marijn[\\\\/][a-z-]+|crelt|style-mod|w3c-keyname',
    ),
  },
  { name: 'wavesurfer', test: nodeModules('wavesurfer\\.js') },
];

export default defineConfig(({ mode }) => {
  // Server-side settings only: none of these reach the bundle (they have no VITE_ prefix).
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const port = Number(env.CONSOLE_PORT ?? 5173);
  return {
    plugins: [react(), consoleServerPlugin(consoleSettings(env)), precompressPlugin()],
    // Scan every page up front, so opening a lazy page never makes Vite re-optimise and reload.
    optimizeDeps: { entries: ['index.html', 'src/**/*.tsx'] },
    build: {
      // dist/.vite/manifest.json: which chunks each route loads (read by `npm run bench -- bundle`; never served).
      manifest: true,
      rolldownOptions: {
        output: {
          // Chunks split by the pages that share them are named after all those pages: keep the group's name only.
          chunkFileNames: ({ name }) => `assets/${name.split('~')[0]}-[hash].js`,
          // Libraries change less often than the app: separate chunks stay cached across releases. Each heavy
          // library has its own group, so it loads only with the pages that use it (the shell needs React and
          // MUI core alone); the patterns are disjoint, so no group pulls another's modules along.
          codeSplitting: {
            groups: VENDOR_GROUPS,
          },
        },
      },
    },
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      // No CORS: only the console's own pages may call `/api`.
      cors: false,
      // The browser needs the app's sources and dependencies, nothing else of the project.
      fs: { strict: true, allow: ['index.html', 'src', 'shared', 'public', 'node_modules'] },
      // Transform the lazy pages at start-up, so the first visit to an area does not wait for it.
      warmup: { clientFiles: ['./src/features/*/routes.tsx', './src/features/**/*Page.tsx'] },
    },
    preview: { host: '127.0.0.1', port, strictPort: true, cors: false },
  };
});
