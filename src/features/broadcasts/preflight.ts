import type { CallBroadcast, CallBroadcastStats } from '../../api/resources/broadcasts';

/** What one answered minute costs in CallFire credits; the estimate assumes every call is answered for a minute. */
export const CREDITS_PER_MINUTE = 1;

export interface Preflight {
  recipients: number;
  doNotCall: number;
  /** Credits if every remaining recipient is called once and answers for up to a minute. */
  estimate: number;
  /** The same with every retry the configuration allows. */
  worstCase: number;
}

export function preflightOf(broadcast: CallBroadcast, stats: CallBroadcastStats): Preflight {
  const recipients = stats.remainingOutboundCount ?? 0;
  const attempts = broadcast.retryConfig?.maxAttempts ?? 1;
  return {
    recipients,
    doNotCall: stats.doNotCallCount ?? 0,
    estimate: recipients * CREDITS_PER_MINUTE,
    worstCase: recipients * CREDITS_PER_MINUTE * attempts,
  };
}
