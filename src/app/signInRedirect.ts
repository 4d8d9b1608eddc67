/** Where to go after signing in: a path of this console only, never another site (`//evil.example`). */
export function safeReturnTo(value: string | null): string {
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/sign-in') ? value : '/';
}

/** The sign-in page's address that comes back to `returnTo`; `ended` says the session ended on its own. */
export function signInPath(returnTo: string, ended = false): string {
  const params = new URLSearchParams({ returnTo: safeReturnTo(returnTo) });
  if (ended) params.set('ended', '1');
  return `/sign-in?${params}`;
}

const currentPath = () => `${window.location.pathname}${window.location.search}`;

/**
 * The session ended (idle, signed out elsewhere, or CallFire stopped accepting its credentials): a full
 * page load to the sign-in page also drops every cached answer of the previous session.
 */
export function returnToSignIn() {
  if (!window.location.pathname.startsWith('/sign-in')) window.location.assign(signInPath(currentPath(), true));
}
