import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv } from 'vite';
import { consoleSettings } from './server/consoleSettings.ts';
import { consoleServerPlugin } from './server/vitePlugin.ts';

export default defineConfig(({ mode }) => {
  // Server-side settings only: none of these reach the bundle (they have no VITE_ prefix).
  const env = { ...loadEnv(mode, process.cwd(), ''), ...process.env };
  const port = Number(env.CONSOLE_PORT ?? 5173);
  return {
    plugins: [react(), consoleServerPlugin(consoleSettings(env))],
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
