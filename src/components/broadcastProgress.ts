import { useQuery } from '@tanstack/react-query';
import { statsQuery } from '../api/resources/broadcasts';
import { textStatsQuery } from '../api/resources/textBroadcasts';

export type BroadcastKind = 'voice' | 'text';

/** How far a broadcast of either kind has come, from its statistics. */
export interface BroadcastProgress {
  total: number;
  remaining: number;
  done: number;
  /** Whole percent of the recipients done. */
  percent: number;
  errors: number;
}

/** A broadcast's progress, polled while `live`; undefined until its statistics arrive. */
export function useBroadcastProgress(kind: BroadcastKind, id: number, live: boolean): BroadcastProgress | undefined {
  const voice = useQuery({ ...statsQuery(id, live), enabled: kind === 'voice' });
  const text = useQuery({ ...textStatsQuery(id, live), enabled: kind === 'text' });
  const stats = kind === 'voice' ? voice.data : text.data;
  if (!stats) return undefined;
  const total = stats.totalOutboundCount ?? 0;
  const remaining = stats.remainingOutboundCount ?? 0;
  const done = total - remaining;
  return {
    total,
    remaining,
    done,
    percent: total ? Math.round((100 * done) / total) : 0,
    errors: stats.errorCount ?? 0,
  };
}
