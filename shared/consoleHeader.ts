/**
 * Set by the console on every `/api` request and by its server on every request it forwards. A page on
 * another site cannot add it without a CORS preflight, which the console server never grants; the sandbox
 * also uses it to tell the console's requests from direct ones in its coverage report.
 */
export const CONSOLE_HEADER = 'x-callfire-console';
