import compress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyReply } from 'fastify';
import { resolve } from 'node:path';
import { consoleApi } from './consoleApi.ts';
import { routeHtml } from './routePreloads.ts';
import type { ConsoleSettings } from './consoleSettings.ts';
import { isConsoleServerPath, isPrivatePath } from './servedPaths.ts';

export interface ProductionServerOptions {
  settings: ConsoleSettings;
  /** The built app (`npm run build`). */
  distDir: string;
  /** Which proxies in front may set X-Forwarded-* (Fastify's `trustProxy`); the loopback address by default. */
  trustProxy?: boolean | string;
}

// Vite names every built asset after its content hash, so a file under /assets/ never changes.
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * `npm run serve`: the built console, its sessions and the `/api` proxy from one Fastify process, fit to run
 * behind a reverse proxy. Assets go out precompressed (brotli or gzip, as the browser accepts), other
 * answers compressed on the fly; client routes get `index.html` with the chunks of their page preloaded.
 */
export async function buildProductionServer({ settings, distDir, trustProxy = 'loopback' }: ProductionServerOptions) {
  const app = Fastify({ trustProxy, requestTimeout: 300_000, routerOptions: { ignoreTrailingSlash: true } });
  // Dot-files that found their way into dist/ (an .env copied by a deploy script) stay private.
  app.addHook('onRequest', async (request, reply) => {
    if (isPrivatePath(request.url)) return reply.code(404).type('text/plain').send('Not found');
  });
  await app.register(compress, { threshold: 1024 });
  await app.register(consoleApi, { settings });
  await app.register(fastifyStatic, {
    root: resolve(distDir),
    wildcard: true,
    index: false,
    // The build wrote brotli and gzip copies of every asset (server/precompress.ts): sent as they are.
    preCompressed: true,
    setHeaders(reply, path) {
      reply.header('cache-control', /[\\/]assets[\\/]/.test(path) ? IMMUTABLE : 'no-cache');
    },
  });
  const htmlFor = routeHtml(distDir);
  const sendApp = (path: string, reply: FastifyReply) =>
    reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(htmlFor(path));
  app.get('/', (_request, reply) => sendApp('/', reply));
  // Any other page path is a client route: the app decides what it shows, including "page not found".
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0];
    const isPage = request.method === 'GET' && !isConsoleServerPath(path) && !/\.[a-z0-9]+$/i.test(path);
    if (isPage) return sendApp(path, reply);
    return reply.code(404).type('text/plain').send('Not found');
  });
  return app;
}
