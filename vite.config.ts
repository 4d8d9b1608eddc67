import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { callfireProxy, callfireTarget } from './server/callfireProxy.ts';

export default defineConfig(({ mode }) => {
  // Server-side settings only: none of these reach the bundle (they have no VITE_ prefix).
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const proxy = { '/api': callfireProxy(callfireTarget(env)) };
  const port = Number(env.CONSOLE_PORT ?? 5173);
  return {
    plugins: [react()],
    // Scan every page up front, so opening a lazy page never makes Vite re-optimise and reload.
    optimizeDeps: { entries: ['index.html', 'src/**/*.tsx'] },
    build: {
      rolldownOptions: {
        output: {
          // Libraries change less often than the app: separate chunks stay cached across releases.
          codeSplitting: {
            groups: [
              { name: 'mui', test: /node_modules[\\/]@(mui|emotion)/ },
              { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack)[\\/]/ },
            ],
          },
        },
      },
    },
    server: {
      host: '127.0.0.1',
      port,
      strictPort: true,
      proxy,
      // Transform the lazy pages at start-up, so the first visit to an area does not wait for it.
      warmup: { clientFiles: ['./src/features/*/routes.tsx', './src/features/**/*Page.tsx'] },
    },
    preview: { host: '127.0.0.1', port, strictPort: true, proxy },
  };
});
