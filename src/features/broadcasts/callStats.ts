import type { CallBroadcastStats } from '../../api/resources/broadcasts';
import { formatNumber } from '../../lib/format';
import { statsViewOf, type StatsView } from './statsView';

/** What the statistics' terms mean, for the tooltips beside them. */
const STAT_HINTS = {
  placed: 'Recipients dialled at least once.',
  attempts: 'Every dial, redials included.',
  redial: 'Recipients not reached yet who will be dialled again.',
  responseRate: 'The share of placed calls that a person answered (answering machines not counted).',
  talkTime: 'Minutes spent on the line with recipients or their machines.',
  billed: 'Credits charged for these calls so far.',
};

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
export const callStatsView = (stats: CallBroadcastStats): StatsView =>
  statsViewOf(
    stats,
    'Calls',
    [
      { label: 'Calls placed', value: formatNumber(stats.callsPlaced), hint: STAT_HINTS.placed },
      { label: 'Attempts', value: formatNumber(stats.callsAttempted), hint: STAT_HINTS.attempts },
      { label: 'Awaiting redial', value: formatNumber(stats.callsAwaitingRedial), hint: STAT_HINTS.redial },
      { label: 'Response rate', value: `${stats.responseRatePercent ?? 0}%`, hint: STAT_HINTS.responseRate },
      {
        label: 'Talk time',
        value: `${formatNumber(Math.round((stats.callsDuration ?? 0) / 60))} min`,
        hint: STAT_HINTS.talkTime,
      },
      { label: 'Billed credits', value: formatNumber(stats.billedAmount), hint: STAT_HINTS.billed },
    ],
    resultCounts(stats),
  );
