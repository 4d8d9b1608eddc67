import type { CallBroadcast, CallBroadcastStats } from '../../api/resources/broadcasts';
import { formatNumber } from '../../lib/format';

/** What one answered minute costs in CallFire credits; the estimate assumes every call is answered for a minute. */
export const CREDITS_PER_MINUTE = 1;

/** The pre-flight summary of a broadcast of either kind, as the start dialog shows it. */
export interface PreflightSummary {
  recipients: number;
  recipientsLabel: string;
  /** Recipients on the do-not-contact list, skipped. */
  blocked: number;
  blockedLabel: string;
  /** True when `blocked` is a lower bound (the do-not-call list was not read to the end). */
  blockedAtLeast?: boolean;
  estimate: number;
  /** The estimate with every retry the configuration allows, where retries exist. */
  worstCase?: number;
  /** How the estimate was made. */
  explanation: string;
}

/**
 * The pre-flight summary. `pending` counts waiting recipients whose number went on the do-not-call
 * list after they were added: they will be skipped, so they count as do-not-call and cost nothing.
 */
export function preflightOf(
  broadcast: CallBroadcast,
  stats: CallBroadcastStats,
  pending: { count: number; complete: boolean } = { count: 0, complete: true },
): PreflightSummary {
  const recipients = Math.max(0, (stats.remainingOutboundCount ?? 0) - pending.count);
  const attempts = broadcast.retryConfig?.maxAttempts ?? 1;
  return {
    recipients,
    recipientsLabel: 'Recipients to call',
    blocked: (stats.doNotCallCount ?? 0) + pending.count,
    blockedLabel: 'On the do-not-call list (skipped)',
    blockedAtLeast: !pending.complete,
    estimate: recipients * CREDITS_PER_MINUTE,
    worstCase: recipients * CREDITS_PER_MINUTE * attempts,
    explanation: `The estimate assumes each call is answered for up to a minute at ${formatNumber(CREDITS_PER_MINUTE)} credit per minute; unanswered calls cost nothing and longer calls cost more.`,
  };
}
