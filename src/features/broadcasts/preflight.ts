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

/**
 * The pre-flight summary. `pendingDoNotCall` are waiting recipients whose number went on the do-not-call
 * list after they were added: they will be skipped, so they count as do-not-call and cost nothing.
 */
export function preflightOf(broadcast: CallBroadcast, stats: CallBroadcastStats, pendingDoNotCall = 0): Preflight {
  const recipients = Math.max(0, (stats.remainingOutboundCount ?? 0) - pendingDoNotCall);
  const attempts = broadcast.retryConfig?.maxAttempts ?? 1;
  return {
    recipients,
    doNotCall: (stats.doNotCallCount ?? 0) + pendingDoNotCall,
    estimate: recipients * CREDITS_PER_MINUTE,
    worstCase: recipients * CREDITS_PER_MINUTE * attempts,
  };
}
