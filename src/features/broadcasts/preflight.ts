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
  estimate: number;
  /** The estimate with every retry the configuration allows, where retries exist. */
  worstCase?: number;
  /** How the estimate was made. */
  explanation: string;
}

export function preflightOf(broadcast: CallBroadcast, stats: CallBroadcastStats): PreflightSummary {
  const recipients = stats.remainingOutboundCount ?? 0;
  const attempts = broadcast.retryConfig?.maxAttempts ?? 1;
  return {
    recipients,
    recipientsLabel: 'Recipients to call',
    blocked: stats.doNotCallCount ?? 0,
    blockedLabel: 'On the do-not-call list (skipped)',
    estimate: recipients * CREDITS_PER_MINUTE,
    worstCase: recipients * CREDITS_PER_MINUTE * attempts,
    explanation: `The estimate assumes each call is answered for up to a minute at ${formatNumber(CREDITS_PER_MINUTE)} credit per minute; unanswered calls cost nothing and longer calls cost more.`,
  };
}
