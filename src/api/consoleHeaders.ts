import { CONSOLE_HEADER } from '../../shared/consoleHeader';

/** Headers every request to the console's own server carries; the server refuses `/api` writes without them. */
export const consoleRequestHeaders = { [CONSOLE_HEADER]: '1' } as const;
