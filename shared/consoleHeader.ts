/**
 * The header the console's proxy adds to every request it forwards, so the sandbox can count the
 * operations the UI uses apart from direct ones.
 */
export const CONSOLE_HEADER = 'x-callfire-console';
