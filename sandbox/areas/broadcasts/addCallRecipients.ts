import type { components } from '../../../src/api/schema';
import { completeBatch, insertBatch, type CampaignRow } from '../../db/broadcasts';
import { insertCalls } from '../../db/calls';
import type { Db } from '../../db/database';
import { resolveRecipients, type ResolveOptions } from '../../simulator/recipients';

type Recipient = components['schemas']['Recipient'];

/**
 * Adds recipients to a broadcast as a batch (CallFire makes one for every addition: a named batch,
 * recipients added on their own, or those given when the broadcast is created or updated). Each
 * recipient becomes a READY call of the batch (INVALID or DNC where that applies); the batch's
 * status tells whether any entry was invalid. Returns the batch's id and its calls' ids.
 */
export function addCallBatch(
  db: Db,
  campaign: CampaignRow,
  name: string | undefined,
  recipients: Recipient[],
  options: Pick<ResolveOptions, 'field' | 'strict' | 'scrubDuplicates'>,
  now: number,
): { batchId: number; callIds: number[] } {
  const present = db.prepare('SELECT 1 FROM calls WHERE campaign_id = ? AND to_number = ? LIMIT 1');
  return db.transaction(() => {
    const batchId = insertBatch(db, campaign.id, name, now);
    const resolved = resolveRecipients(db, recipients, {
      ...options,
      alreadyPresent: (number) => present.get(campaign.id, number) !== undefined,
      kind: 'call',
      now,
    });
    const labels = JSON.parse(campaign.labels) as string[];
    const callIds = insertCalls(
      db,
      resolved.map((recipient) => ({
        campaignId: campaign.id,
        batchId,
        contactId: recipient.contactId,
        fromNumber: recipient.fromNumber ?? campaign.from_number ?? undefined,
        toNumber: recipient.toNumber,
        state: recipient.state,
        finalCallResult: recipient.state === 'DNC' ? 'DNC' : undefined,
        timeZone: recipient.timeZone,
        labels,
        attributes: recipient.attributes,
      })),
      now,
    );
    completeBatch(
      db,
      batchId,
      callIds.length,
      resolved.some((recipient) => recipient.state === 'INVALID'),
    );
    return { batchId, callIds };
  })();
}
