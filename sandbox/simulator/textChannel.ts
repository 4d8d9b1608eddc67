import { deliveryOf, fillPlaceholders, type BigMessageStrategy } from '../../shared/textMessage';
import { campaignSettings, type CampaignRow } from '../db/broadcasts';
import type { Db } from '../db/database';
import type { ActionRow } from '../db/actions';
import { beginSending, endUnsent, finishSending, textActions, type TextAction } from '../db/texts';
import type { ChargeCollector } from './billing';
import type { Channel } from './campaignEngine';
import { receiveText } from './inboundText';
import { CREDITS_PER_MMS, CREDITS_PER_PART, DELIVERY_MS, textOutcome } from './textOutcome';

/** A broadcast's message settings as the text channel reads them. */
interface TextSetup {
  message: string;
  strategy: BigMessageStrategy;
  mediaIds: number[];
}

function setupOf(row: TextAction, campaign: CampaignRow | undefined): TextSetup {
  const settings = campaign ? campaignSettings(campaign) : undefined;
  const broadcastMedia = (settings?.media ?? []).flatMap((media) => (media.id === undefined ? [] : [media.id]));
  return {
    message: row.template ?? settings?.message ?? '',
    strategy: row.script ? 'SEND_MULTIPLE' : (settings?.bigMessageStrategy ?? 'SEND_MULTIPLE'),
    mediaIds: row.media ? (JSON.parse(row.media) as number[]) : broadcastMedia,
  };
}

/** The engine hands over the rows its queries read with `textActions`' columns, not a re-read. */
const asTextRow = (action: ActionRow) => action as TextAction;

/**
 * The text channel of the simulator. Sending fills the message's placeholders from the recipient's
 * attributes and applies the broadcast's big-message strategy (TOO_BIG ends the text at once);
 * delivery takes DELIVERY_MS, then `textOutcome` decides the result and whether the recipient
 * replies. A reply arrives as an inbound text, which may trigger an auto-reply or a STOP.
 */
export function createTextChannel(): Channel {
  return {
    kind: 'text',
    actions: textActions,

    begin(db: Db, action, campaign, now) {
      const row = asTextRow(action);
      const setup = setupOf(row, campaign);
      const attributes = row.attributes ? (JSON.parse(row.attributes) as Record<string, string>) : undefined;
      const { text } = fillPlaceholders(setup.message, attributes);
      const delivery = setup.mediaIds.length
        ? ({ kind: 'mms', parts: [text] } as const)
        : deliveryOf(text, setup.strategy);
      if (delivery.kind === 'tooBig') {
        endUnsent(db, row.id, 'FINISHED', 'TOO_BIG', now, text);
        return;
      }
      const message = delivery.parts.join('');
      beginSending(
        db,
        row.id,
        { message, parts: delivery.parts.length, mms: delivery.kind === 'mms' },
        now,
        now + DELIVERY_MS,
      );
    },

    finish(db: Db, action, _campaign, now, charges: ChargeCollector) {
      const row = asTextRow(action);
      const outcome = textOutcome(row.to_number);
      const sent = outcome.result === 'SENT';
      const credits = !sent ? 0 : row.mms ? CREDITS_PER_MMS : row.parts * CREDITS_PER_PART;
      finishSending(db, row.id, outcome.result, credits, now);
      if (sent) charges.add('text', 1, credits);
      // Replies come to broadcast texts and sendTexts, never to auto-replies (which would loop).
      const isAutoReply = row.script !== null && (JSON.parse(row.script) as { source: string }).source === 'autoReply';
      if (sent && outcome.reply && row.from_number && !isAutoReply)
        receiveText(
          db,
          { fromNumber: row.to_number, toNumber: row.from_number, message: outcome.reply, campaignId: row.campaign_id },
          now,
        );
    },
  };
}
