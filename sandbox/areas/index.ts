import type { SandboxArea } from '../context';
import { accountArea } from './account/accountArea';
import { broadcastsArea } from './broadcasts/broadcastsArea';
import { callsArea } from './calls/callsArea';
import { contactsArea } from './contacts/contactsArea';
import { dncArea } from './dnc/dncArea';
import { numbersArea } from './numbers/numbersArea';
import { soundsArea } from './sounds/soundsArea';
import { textsArea } from './texts/textsArea';

/** Every area the sandbox serves; an area added here gets its tables, routes and seed data. */
export const areas: SandboxArea[] = [
  accountArea,
  contactsArea,
  soundsArea,
  dncArea,
  callsArea,
  textsArea,
  broadcastsArea,
  numbersArea,
];
