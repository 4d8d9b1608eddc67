import type { components } from '../../../src/api/schema';
import { completeBatch, insertBatch, type CampaignRow } from '../../db/broadcasts';
import { insertCalls, type Call } from '../../db/calls';
import type { Db } from '../../db/database';
import { insertTexts, SHARED_SHORT_CODE, type Text } from '../../db/texts';
import { resolveRecipients } from '../../simulator/recipients';

type Recipient = components['schemas']['Recipient'];
type TextRecipient = components['schemas']['TextRecipient'];

interface AddOptions {
  field: string;
  strict: boolean;
  scrubDuplicates: boolean;
  batchId?: number;
}

function resolveFor(db: Db, campaign: CampaignRow, recipients: Recipient[], options: AddOptions, now: number) {
  const table = campaign.kind === 'call' ? 'calls' : 'texts';
  const present = db.prepare(`SELECT 1 FROM ${table} WHERE campaign_id = ? AND to_number = ? LIMIT 1`);
  return resolveRecipients(db, recipients, {
    field: options.field,
    strict: options.strict,
    scrubDuplicates: options.scrubDuplicates,
    alreadyPresent: (number) => present.get(campaign.id, number) !== undefined,
    kind: campaign.kind,
    now,
  });
}

/** Creates one READY call per recipient of a voice broadcast (INVALID or DNC where that applies). */
export function addCallRecipients(
  db: Db,
  campaign: CampaignRow,
  recipients: Recipient[],
  options: AddOptions,
  now: number,
): Call[] {
  const labels = JSON.parse(campaign.labels) as string[];
  return insertCalls(
    db,
    resolveFor(db, campaign, recipients, options, now).map((recipient) => ({
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

/**
 * Creates one READY text per recipient of a text broadcast (INVALID, or DNC with result DNT, where
 * that applies); a recipient's own message and media replace the broadcast's.
 */
export function addTextRecipients(
  db: Db,
  campaign: CampaignRow,
  recipients: TextRecipient[],
  options: AddOptions,
  now: number,
): Text[] {
  const labels = JSON.parse(campaign.labels) as string[];
  return insertTexts(
    db,
    resolveFor(db, campaign, recipients, options, now).map((recipient) => {
      const own = recipients[recipient.index];
      return {
        campaignId: campaign.id,
        batchId: options.batchId,
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
}

/** Adds a batch of recipients to a broadcast of either kind; its status tells whether any entry was invalid. */
export function addBatch(
  db: Db,
  campaign: CampaignRow,
  name: string | undefined,
  recipients: Recipient[] | TextRecipient[],
  options: Omit<AddOptions, 'batchId'>,
  now: number,
): number {
  return db.transaction(() => {
    const batchId = insertBatch(db, campaign.id, name, now);
    const added =
      campaign.kind === 'call'
        ? addCallRecipients(db, campaign, recipients, { ...options, batchId }, now)
        : addTextRecipients(db, campaign, recipients, { ...options, batchId }, now);
    completeBatch(
      db,
      batchId,
      added.length,
      added.some((action) => action.state === 'INVALID'),
    );
    return batchId;
  })();
}
