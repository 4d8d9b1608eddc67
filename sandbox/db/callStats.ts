import type { components } from '../../shared/schema';
import { ERROR_RESULTS } from './actions';
import type { Db } from './database';

export type CallBroadcastStats = components['schemas']['CallBroadcastStats'];

interface StateCount {
  state: string;
  final_result: string | null;
  attempts: number;
  count: number;
}

/**
 * Statistics of a broadcast, counted from its calls per state, result and attempts, and from its
 * attempts' totals. All its calls: from the `call_counts` and `call_attempt_totals` counters, a few
 * rows however many calls there are. Those changed within begin..end: from the `calls_stats` index
 * alone and the attempts of those calls.
 */
export function callStats(db: Db, campaignId: number, begin?: number, end?: number): CallBroadcastStats {
  const whole = begin === undefined && end === undefined;
  const from = begin ?? 0;
  const to = end ?? Number.MAX_SAFE_INTEGER;
  const groups = (
    whole
      ? db
          .prepare(
            `SELECT state, NULLIF(final_result, '') AS final_result, attempts, count FROM call_counts
             WHERE campaign_id = ? AND count > 0`,
          )
          .all(campaignId)
      : db
          .prepare(
            `SELECT state, final_result, attempts, COUNT(*) AS count FROM calls
             WHERE campaign_id = ? AND modified >= ? AND modified <= ?
             GROUP BY state, final_result, attempts`,
          )
          .all(campaignId, from, to)
  ) as StateCount[];
  const row = { total: 0, remaining: 0, awaitingRedial: 0, attempted: 0, placed: 0, dnc: 0 };
  const finished: Record<string, number> = {};
  for (const { state, final_result: result, attempts, count } of groups) {
    row.total += count;
    row.attempted += attempts * count;
    if (attempts > 0) row.placed += count;
    if (state === 'READY' || state === 'SELECTED') row.remaining += count;
    if (state === 'READY' && attempts > 0) row.awaitingRedial += count;
    if (state === 'DNC') row.dnc += count;
    if (state === 'FINISHED' && result !== null) finished[result] = (finished[result] ?? 0) + count;
  }
  const finishedWith = (...results: string[]) => results.reduce((sum, result) => sum + (finished[result] ?? 0), 0);
  const live = finishedWith('LA');
  const machine = finishedWith('AM');
  const busy = finishedWith('BUSY');
  const noAnswer = finishedWith('NO_ANS');
  const transfer = finishedWith('XFER', 'XFER_LEG');
  const errors = finishedWith(...ERROR_RESULTS);
  const spent = (
    whole
      ? (db
          .prepare(
            `SELECT duration, billed_seconds AS billedSeconds, billed_amount AS billed
             FROM call_attempt_totals WHERE campaign_id = ?`,
          )
          .get(campaignId) ?? { duration: 0, billedSeconds: 0, billed: 0 })
      : db
          .prepare(
            `SELECT COALESCE(SUM(a.duration), 0) AS duration, COALESCE(SUM(a.billed_seconds), 0) AS billedSeconds,
                    COALESCE(SUM(a.billed_amount), 0) AS billed
             FROM calls c JOIN call_attempts a ON a.call_id = c.id
             WHERE c.campaign_id = ? AND c.modified >= ? AND c.modified <= ?`,
          )
          .get(campaignId, from, to)
  ) as Record<string, number>;
  const counted = row.remaining + live + machine + busy + noAnswer + transfer + errors + row.dnc;
  return {
    totalOutboundCount: row.total,
    totalCount: row.total,
    remainingOutboundCount: row.remaining,
    callsRemaining: row.remaining,
    callsAwaitingRedial: row.awaitingRedial,
    callsAttempted: row.attempted,
    callsPlaced: row.placed,
    dialedCount: row.placed,
    callsLiveAnswer: live,
    liveCount: live,
    answeringMachineCount: machine,
    busyCount: busy,
    noAnswerCount: noAnswer,
    transferCount: transfer,
    errorCount: errors,
    doNotCallCount: row.dnc,
    miscCount: row.total - counted,
    callsDuration: spent.duration,
    billedDuration: spent.billedSeconds,
    billedAmount: Math.round(spent.billed * 10000) / 10000,
    responseRatePercent: row.placed ? Math.round((100 * live) / row.placed) : 0,
  };
}
