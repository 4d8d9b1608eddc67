import type { SandboxArea } from '../../context';
import { insertCallerId } from '../../db/callerIds';

/** For tests on an empty sandbox: an area whose seed gives the account one number of its own to text from. */
export const ownNumberArea = (number: string): SandboxArea => ({
  name: 'own-number',
  migrations: [],
  handlers: {},
  seed: ({ db, now }) => insertCallerId(db, number, true, now()),
});
