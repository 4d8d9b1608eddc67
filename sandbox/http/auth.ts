import { timingSafeEqual } from 'node:crypto';

export interface Credentials {
  login: string;
  password: string;
}

/** Reads `Authorization: Basic …`; anything else counts as no credentials. */
export function parseBasicAuth(header: string | undefined): Credentials | undefined {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header ?? '');
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { login: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Compares secrets in constant time so the check does not leak how much of a guess was right. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Whether credentials are the sandbox account's API login and password. */
export function isSandboxLogin(credentials: Credentials | undefined, expected: Credentials): boolean {
  return Boolean(
    credentials && sameSecret(credentials.login, expected.login) && sameSecret(credentials.password, expected.password),
  );
}
