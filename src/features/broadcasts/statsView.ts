import type { Detail } from '../../components/DetailList';
import { formatNumber } from '../../lib/format';

/** A broadcast's statistics as the panel shows them, whichever kind it is. */
export interface StatsView {
  total: number;
  remaining: number;
  /** What the chart counts: "Calls" or "Texts". */
  unit: string;
  /** Result counts, charted and listed. */
  counts: { label: string; value: number }[];
  /** Other figures, listed before the counts. */
  details: Detail[];
}

/** A stats view from CallFire's outbound totals, the kind's own figures and its result counts (listed after them). */
export function statsViewOf(
  stats: { totalOutboundCount?: number; remainingOutboundCount?: number },
  unit: string,
  figures: Detail[],
  counts: StatsView['counts'],
): StatsView {
  return {
    total: stats.totalOutboundCount ?? 0,
    remaining: stats.remainingOutboundCount ?? 0,
    unit,
    counts,
    details: [...figures, ...counts.map((count) => ({ label: count.label, value: formatNumber(count.value) }))],
  };
}
