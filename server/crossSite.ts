import type { IncomingHttpHeaders } from 'node:http';
import { CONSOLE_HEADER } from '../shared/consoleHeader.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD']);

/**
 * Why a request to `/api` must be refused as cross-site, or undefined when it came from the console.
 * `Origin` must name the console itself and `Sec-Fetch-Site` must not say another site sent it. Writes
 * always need the console's header; reads without it are allowed only when the browser vouches they are
 * same-origin, because `<audio src>` and download links cannot add headers.
 */
export function crossSiteRefusal(method: string, headers: IncomingHttpHeaders): string | undefined {
  const fetchSite = headers['sec-fetch-site'];
  if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return `Requests from another site are refused (Sec-Fetch-Site: ${fetchSite})`;
  }
  const origin = headers.origin;
  // Behind a reverse proxy the public host arrives in X-Forwarded-Host; a cross-site page cannot set it.
  const host = headers['x-forwarded-host'] ?? headers.host;
  if (origin !== undefined && !sameHost(origin, Array.isArray(host) ? host[0] : host)) {
    return `Requests from another site are refused (Origin: ${origin})`;
  }
  if (headers[CONSOLE_HEADER] === undefined) {
    const vouched = SAFE_METHODS.has(method.toUpperCase()) && fetchSite === 'same-origin';
    if (!vouched) return `Requests without the ${CONSOLE_HEADER} header are refused`;
  }
  return undefined;
}

function sameHost(origin: string, host: string | undefined): boolean {
  try {
    return host !== undefined && new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}
