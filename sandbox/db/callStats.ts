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
 * Statistics of a broadcast, counted from its calls (optionally those changed within begin..end). The
 * calls are counted per state, result and attempts from the `calls_stats` index alone, and the attempts'
 * totals summed from the broadcast's own attempts, so no call row is read however many there are.
 */
export function callStats(db: Db, campaignId: number, begin?: number, end?: number): CallBroadcastStats {
  const from = begin ?? 0;
  const to = end ?? Number.MAX_SAFE_INTEGER;
  const groups = db
    .prepare(
      `SELECT state, final_result, attempts, COUNT(*) AS count FROM calls
       WHERE campaign_id = ? AND modified >= ? AND modified <= ?
       GROUP BY state, final_result, attempts`,
    )
    .all(campaignId, from, to) as StateCount[];
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
  // Without a time range every attempt of the broadcast counts: summed from its own index, no join.
  const spent = (
    begin === undefined && end === undefined
      ? db
          .prepare(
            `SELECT COALESCE(SUM(duration), 0) AS duration, COALESCE(SUM(billed_seconds), 0) AS billedSeconds,
                    COALESCE(SUM(billed_amount), 0) AS billed
             FROM call_attempts WHERE campaign_id = ?`,
          )
          .get(campaignId)
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
