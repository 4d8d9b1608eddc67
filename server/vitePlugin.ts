import Fastify from 'fastify';
import type { Connect, Plugin } from 'vite';
import { consoleApi } from './consoleApi.ts';
import type { ConsoleSettings } from './consoleSettings.ts';
import { isConsoleServerPath, isPrivatePath } from './servedPaths.ts';

/**
 * Runs the console's server side (sessions and the `/api` proxy, the same Fastify plugin `npm run serve`
 * uses) inside `vite` and `vite preview`, and refuses project files a browser has no business reading.
 */
export function consoleServerPlugin(settings: ConsoleSettings): Plugin {
  async function mount(middlewares: Connect.Server, onClose: (close: () => void) => void) {
    const app = Fastify({ trustProxy: 'loopback' });
    await app.register(consoleApi, { settings });
    await app.ready();
    onClose(() => void app.close());
    middlewares.use((request, response, next) => {
      if (isPrivatePath(request.url)) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      } else if (isConsoleServerPath(request.url)) {
        app.routing(request, response);
      } else {
        next();
      }
    });
  }
  return {
    name: 'callfire-console-server',
    configureServer: (server) => mount(server.middlewares, (close) => server.httpServer?.once('close', close)),
    configurePreviewServer: (server) => mount(server.middlewares, (close) => server.httpServer.once('close', close)),
  };
}
