import type { components } from '../../../shared/schema';
import { completeBatch, insertBatch, type CampaignRow } from '../../db/broadcasts';
import { insertCalls, type Call } from '../../db/calls';
import type { Db } from '../../db/database';
import { resolveRecipients } from '../../simulator/recipients';

type Recipient = components['schemas']['Recipient'];

interface AddOptions {
  field: string;
  strict: boolean;
  scrubDuplicates: boolean;
  batchId?: number;
}

/** Creates one READY call per recipient of a broadcast (INVALID or DNC where that applies). */
export function addCallRecipients(
  db: Db,
  campaign: CampaignRow,
  recipients: Recipient[],
  options: AddOptions,
  now: number,
): Call[] {
  const present = db.prepare('SELECT 1 FROM calls WHERE campaign_id = ? AND to_number = ? LIMIT 1');
  const resolved = resolveRecipients(db, recipients, {
    field: options.field,
    strict: options.strict,
    scrubDuplicates: options.scrubDuplicates,
    alreadyPresent: (number) => present.get(campaign.id, number) !== undefined,
    kind: 'call',
    now,
  });
  const labels = JSON.parse(campaign.labels) as string[];
  return insertCalls(
    db,
    resolved.map((recipient) => ({
      campaignId: campaign.id,
      batchId: options.batchId,
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
}

/** Adds a batch of recipients to a broadcast; its status tells whether any entry was invalid. */
export function addCallBatch(
  db: Db,
  campaign: CampaignRow,
  name: string | undefined,
  recipients: Recipient[],
  options: Omit<AddOptions, 'batchId'>,
  now: number,
): number {
  return db.transaction(() => {
    const batchId = insertBatch(db, campaign.id, name, now);
    const calls = addCallRecipients(db, campaign, recipients, { ...options, batchId }, now);
    completeBatch(
      db,
      batchId,
      calls.length,
      calls.some((call) => call.state === 'INVALID'),
    );
    return batchId;
  })();
}
