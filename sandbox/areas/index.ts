import type { SandboxArea } from '../context';
import { accountArea } from './account/accountArea';
import { broadcastsArea } from './broadcasts/broadcastsArea';
import { callsArea } from './calls/callsArea';

/** Every area the sandbox serves; an area added here gets its tables, routes and seed data. */
export const areas: SandboxArea[] = [accountArea, callsArea, broadcastsArea];
