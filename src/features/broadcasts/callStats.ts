import type { CallBroadcastStats } from '../../api/resources/broadcasts';
import { formatNumber } from '../../lib/format';
import type { StatsView } from './StatsPanel';

/** The result counts a chart shows, in CallFire's stats fields. */
function resultCounts(stats: CallBroadcastStats) {
  return [
    { label: 'Live answer', value: stats.liveCount ?? 0 },
    { label: 'Machine', value: stats.answeringMachineCount ?? 0 },
    { label: 'Busy', value: stats.busyCount ?? 0 },
    { label: 'No answer', value: stats.noAnswerCount ?? 0 },
    { label: 'Transferred', value: stats.transferCount ?? 0 },
    { label: 'Do not call', value: stats.doNotCallCount ?? 0 },
    { label: 'Errors', value: stats.errorCount ?? 0 },
  ];
}

/** CallFire's call statistics as the shared statistics panel shows them. */
export function callStatsView(stats: CallBroadcastStats): StatsView {
  const counts = resultCounts(stats);
  return {
    total: stats.totalOutboundCount ?? 0,
    remaining: stats.remainingOutboundCount ?? 0,
    unit: 'Calls',
    counts,
    details: [
      { label: 'Calls placed', value: formatNumber(stats.callsPlaced) },
      { label: 'Attempts', value: formatNumber(stats.callsAttempted) },
      { label: 'Awaiting redial', value: formatNumber(stats.callsAwaitingRedial) },
      { label: 'Response rate', value: `${stats.responseRatePercent ?? 0}%` },
      { label: 'Talk time', value: `${formatNumber(Math.round((stats.callsDuration ?? 0) / 60))} min` },
      { label: 'Billed credits', value: formatNumber(stats.billedAmount) },
      ...counts.map((count) => ({ label: count.label, value: formatNumber(count.value) })),
    ],
  };
}
