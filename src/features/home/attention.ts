/** The part of a finished broadcast's recipients that may end in errors before it needs a look. */
export const ERROR_SHARE_FOR_ATTENTION = 0.1;

export interface BroadcastSummary {
  kind: 'voice' | 'text';
  id: number;
  name: string;
  status: string | undefined;
}

export interface AttentionItem extends BroadcastSummary {
  reason: string;
}

/**
 * Why a broadcast needs the operator, if it does: suspended (out of credits when the balance is
 * empty), or finished with errors for a tenth or more of its recipients.
 */
export function attentionReason(
  broadcast: BroadcastSummary,
  stats: { total: number; errors: number } | undefined,
  creditsLeft: number | undefined,
): string | undefined {
  if (broadcast.status === 'SUSPENDED')
    return creditsLeft === 0 ? 'Suspended: the account is out of credits' : 'Suspended';
  if (
    broadcast.status === 'FINISHED' &&
    stats &&
    stats.errors > 0 &&
    stats.errors >= stats.total * ERROR_SHARE_FOR_ATTENTION
  )
    return `Finished with ${stats.errors} of ${stats.total} in error`;
  return undefined;
}
