import type { CampaignKind } from '../db/broadcasts';
import type { Db } from '../db/database';
import { dncFlagsFor } from '../db/dnc';

/**
 * True when the account's do-not-contact list forbids this channel for the number: `call` blocks
 * calls, `text` blocks texts. Checked just before dialling, since a number can be put on the list
 * while a broadcast waits (recipients being added are checked as a batch with `dncNumbersAmong`).
 */
export function isOnDoNotContactList(db: Db, number: string, kind: CampaignKind): boolean {
  const flags = dncFlagsFor(db, number);
  return kind === 'call' ? flags?.call === true : flags?.text === true;
}
