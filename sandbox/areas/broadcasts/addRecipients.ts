import type { components } from '../../../shared/schema';
import { ACTION_TABLES, completeBatch, insertBatch, type CampaignRow } from '../../db/broadcasts';
import { insertCalls } from '../../db/calls';
import type { Db } from '../../db/database';
import { insertTextRows, SHARED_SHORT_CODE } from '../../db/texts';
import { resolveRecipients, type ResolveOptions } from '../../simulator/recipients';

type Recipient = components['schemas']['Recipient'];
type TextRecipient = components['schemas']['TextRecipient'];

type AddOptions = Pick<ResolveOptions, 'field' | 'strict' | 'scrubDuplicates'>;

function resolveFor(db: Db, campaign: CampaignRow, recipients: Recipient[], options: AddOptions, now: number) {
  // The broadcast's numbers are read once, and only when duplicates are to be scrubbed.
  let present: Set<string> | undefined;
  const numbersOfCampaign = () =>
    new Set(
      db
        .prepare(`SELECT to_number FROM ${ACTION_TABLES[campaign.kind]} WHERE campaign_id = ?`)
        .pluck()
        .all(campaign.id) as string[],
    );
  return resolveRecipients(db, recipients, {
    ...options,
    alreadyPresent: (number) => (present ??= numbersOfCampaign()).has(number),
    kind: campaign.kind,
    now,
  });
}

/**
 * Adds recipients to a voice broadcast as a batch (CallFire makes one for every addition: a named
 * batch, recipients added on their own, or those given when the broadcast is created or updated).
 * Each recipient becomes a READY call of the batch (INVALID or DNC where that applies); the batch's
 * status tells whether any entry was invalid. Returns the batch's id and its calls' ids.
 */
export function addCallBatch(
  db: Db,
  campaign: CampaignRow,
  name: string | undefined,
  recipients: Recipient[],
  options: AddOptions,
  now: number,
): { batchId: number; callIds: number[] } {
  return db.transaction(() => {
    const batchId = insertBatch(db, campaign.id, name, now);
    const resolved = resolveFor(db, campaign, recipients, options, now);
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

/**
 * Adds recipients to a text broadcast as a batch of their own, like `addCallBatch`: one READY text
 * per recipient (INVALID, or DNC with result DNT, where that applies); a recipient's own message and
 * media replace the broadcast's. Returns the batch's id and its texts' ids.
 */
export function addTextBatch(
  db: Db,
  campaign: CampaignRow,
  name: string | undefined,
  recipients: TextRecipient[],
  options: AddOptions,
  now: number,
): { batchId: number; textIds: number[] } {
  return db.transaction(() => {
    const batchId = insertBatch(db, campaign.id, name, now);
    const labels = JSON.parse(campaign.labels) as string[];
    const resolved = resolveFor(db, campaign, recipients, options, now);
    const textIds = insertTextRows(
      db,
      resolved.map((recipient) => {
        const own = recipients[recipient.index];
        return {
          campaignId: campaign.id,
          batchId,
          contactId: recipient.contactId,
          fromNumber: recipient.fromNumber ?? campaign.from_number ?? SHARED_SHORT_CODE,
          toNumber: recipient.toNumber,
          state: recipient.state,
          finalTextResult: recipient.state === 'DNC' ? 'DNT' : undefined,
          timeZone: recipient.timeZone,
          labels,
          attributes: recipient.attributes,
          template: own.message?.trim() ? own.message : undefined,
          mediaIds: own.media?.length
            ? own.media.flatMap((media) => (media.id === undefined ? [] : [media.id]))
            : undefined,
        };
      }),
      now,
    );
    completeBatch(
      db,
      batchId,
      textIds.length,
      resolved.some((recipient) => recipient.state === 'INVALID'),
    );
    return { batchId, textIds };
  })();
}

/** Adds a batch of recipients to a broadcast of either kind; returns the batch's id. */
export function addBatch(
  db: Db,
  campaign: CampaignRow,
  name: string | undefined,
  recipients: Recipient[] | TextRecipient[],
  options: AddOptions,
  now: number,
): number {
  return campaign.kind === 'call'
    ? addCallBatch(db, campaign, name, recipients, options, now).batchId
    : addTextBatch(db, campaign, name, recipients, options, now).batchId;
}
