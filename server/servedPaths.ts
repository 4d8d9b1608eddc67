/** Project folders the browser never needs: server code, the sandbox (and its database), tooling, reports. */
const PRIVATE_FOLDERS = new Set(['server', 'sandbox', 'scripts', 'e2e', 'openapi', 'reports', 'test-results']);

/** Vite's dependency cache (`node_modules/.vite`, or `.vite-…` for a second server): the one dot-folder a page loads from. */
const VITE_CACHE = /^\/node_modules\/\.vite[\w-]*\//;

/**
 * Whether the dev or preview server must refuse a path: the private folders, and any dot-file or
 * dot-folder (`.sandbox/callfire.db`, `.git`, `.env`) anywhere in it, also through Vite's `/@fs/` door.
 */
export function isPrivatePath(url: string | undefined): boolean {
  let path: string;
  try {
    path = decodeURIComponent((url ?? '/').split(/[?#]/)[0]).replace(/\\/g, '/');
  } catch {
    return true;
  }
  const cache = VITE_CACHE.exec(path);
  if (cache && !`/${path.slice(cache[0].length)}`.includes('/.')) return false;
  const segments = path.split('/').filter(Boolean);
  if (segments.some((segment) => segment.startsWith('.'))) return true;
  return PRIVATE_FOLDERS.has(segments[0]) || (segments[0] === '@fs' && segments.some((s) => PRIVATE_FOLDERS.has(s)));
}

/** Paths the console's own server answers; everything else is the single-page app and its assets. */
export const isConsoleServerPath = (url: string | undefined) => /^\/(api|auth|audit)(?=[/?]|$)/.test(url ?? '');
