import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { precompressPlugin } from '../../server/precompress.ts';

/**
 * The stack floor of `npm run bench -- pageload`: the console's libraries, built by the same Vite and
 * served precompressed by the same server from `dist/bench-floor/` (written after the console's build, so
 * it never ships). `stack.html` renders one MUI table row, `grid.html` one DataGrid row, from one `/api`
 * request each.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/bench-floor/',
  logLevel: 'error',
  plugins: [react(), precompressPlugin()],
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/bench-floor'),
    emptyOutDir: true,
    rolldownOptions: {
      input: { stack: resolve(import.meta.dirname, 'stack.html'), grid: resolve(import.meta.dirname, 'grid.html') },
    },
  },
});
