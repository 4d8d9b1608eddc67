import { createQueryClient } from './queryClient';

/** The console's one query client: created with the page, so queries can start before React renders. */
export const appQueryClient = createQueryClient();
