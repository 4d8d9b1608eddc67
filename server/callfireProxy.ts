import type { ProxyOptions } from 'vite';
import { CONSOLE_HEADER } from '../shared/consoleHeader';

export interface CallfireTarget {
  url: string;
  login: string;
  password: string;
}

/** Where `/api` goes: the embedded sandbox unless the environment names another CallFire API. */
export function callfireTarget(env: Record<string, string | undefined>): CallfireTarget {
  return {
    url: env.CALLFIRE_API_URL ?? `http://127.0.0.1:${env.SANDBOX_PORT ?? 8787}/v2`,
    login: env.CALLFIRE_API_LOGIN ?? env.SANDBOX_LOGIN ?? 'sandbox',
    password: env.CALLFIRE_API_PASSWORD ?? env.SANDBOX_PASSWORD ?? 'sandbox-password',
  };
}

/**
 * The `/api` proxy: strips the prefix, adds CallFire credentials on the server side (the browser
 * never sees them), drops the browser's cookies, and passes bodies, audio included, through untouched.
 */
export function callfireProxy(target: CallfireTarget): ProxyOptions {
  const authorization = `Basic ${Buffer.from(`${target.login}:${target.password}`).toString('base64')}`;
  return {
    target: target.url,
    changeOrigin: true,
    rewrite: (path) => path.replace(/^\/api(?=\/|$)/, ''),
    configure(proxy) {
      proxy.on('proxyReq', (request) => {
        request.setHeader('authorization', authorization);
        request.setHeader(CONSOLE_HEADER, '1');
        request.removeHeader('cookie');
      });
      // A Basic challenge would make the browser open its own login prompt; the console shows the error instead.
      proxy.on('proxyRes', (response) => {
        delete response.headers['www-authenticate'];
      });
    },
  };
}
