import type { TextBroadcast, TextBroadcastStats } from '../../api/resources/broadcasts';
import { formatNumber } from '../../lib/format';
import { deliveryOf, fillPlaceholders } from '../../../shared/textMessage';
import type { PreflightSummary } from './preflight';
import { statsViewOf, type StatsView } from './statsView';

/** CallFire's text statistics as the shared statistics panel shows them. */
export const textStatsView = (stats: TextBroadcastStats): StatsView =>
  statsViewOf(
    stats,
    'Texts',
    [
      { label: 'Unsent', value: formatNumber(stats.unsentCount) },
      { label: 'Billed credits', value: formatNumber(stats.billedAmount) },
    ],
    [
      { label: 'Sent', value: stats.sentCount ?? 0 },
      { label: 'Received', value: stats.recievedCount ?? 0 },
      { label: 'Do not text', value: stats.doNotTextCount ?? 0 },
      { label: 'Too big', value: stats.tooBigCount ?? 0 },
      { label: 'Errors', value: stats.errorCount ?? 0 },
    ],
  );

/** Credits of one text: one per 160-character part, three for a multimedia message, none when too big. */
export function creditsPerText(broadcast: TextBroadcast): number {
  if (broadcast.media?.length) return 3;
  // Placeholders change the length per recipient; the template without them is the estimate's basis.
  const delivery = deliveryOf(fillPlaceholders(broadcast.message ?? '', {}).text, broadcast.bigMessageStrategy);
  if (delivery.kind === 'tooBig') return 0;
  return delivery.kind === 'mms' ? 3 : delivery.parts.length;
}

export function textPreflightOf(broadcast: TextBroadcast, stats: TextBroadcastStats): PreflightSummary {
  const recipients = stats.remainingOutboundCount ?? 0;
  const perText = creditsPerText(broadcast);
  return {
    recipients,
    recipientsLabel: 'Recipients to text',
    blocked: stats.doNotTextCount ?? 0,
    blockedLabel: 'On the do-not-text list (skipped)',
    estimate: recipients * perText,
    explanation:
      perText === 0
        ? 'The message is over 160 characters and the broadcast does not send such messages: nothing will be sent.'
        : `The estimate counts ${formatNumber(perText)} credit${perText === 1 ? '' : 's'} a text (1 a 160-character part, 3 a multimedia message); placeholders filled with long values may add parts, and failed texts cost nothing.`,
  };
}
