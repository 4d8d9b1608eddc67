import type { components } from '../../src/api/schema';
import type { Db } from './database';

export type CallBroadcastStats = components['schemas']['CallBroadcastStats'];

/** Statistics of a broadcast, counted from its calls (optionally those changed within begin..end). */
export function callStats(db: Db, campaignId: number, begin?: number, end?: number): CallBroadcastStats {
  const row = db
    .prepare(
      `SELECT COUNT(*) AS total,
              COALESCE(SUM(state IN ('READY', 'SELECTED')), 0) AS remaining,
              COALESCE(SUM(state = 'READY' AND attempts > 0), 0) AS awaitingRedial,
              COALESCE(SUM(attempts), 0) AS attempted,
              COALESCE(SUM(attempts > 0), 0) AS placed,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'LA'), 0) AS live,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'AM'), 0) AS machine,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'BUSY'), 0) AS busy,
              COALESCE(SUM(state = 'FINISHED' AND final_result = 'NO_ANS'), 0) AS noAnswer,
              COALESCE(SUM(state = 'FINISHED' AND final_result IN ('XFER', 'XFER_LEG')), 0) AS transfer,
              COALESCE(SUM(state = 'FINISHED' AND final_result IN ('INTERNAL_ERROR', 'CARRIER_ERROR', 'CARRIER_TEMP_ERROR')), 0) AS errors,
              COALESCE(SUM(state = 'DNC'), 0) AS dnc
       FROM calls WHERE campaign_id = ? AND modified >= ? AND modified <= ?`,
    )
    .get(campaignId, begin ?? 0, end ?? Number.MAX_SAFE_INTEGER) as Record<string, number>;
  const spent = db
    .prepare(
      `SELECT COALESCE(SUM(a.duration), 0) AS duration, COALESCE(SUM(a.billed_seconds), 0) AS billedSeconds,
              COALESCE(SUM(a.billed_amount), 0) AS billed
       FROM calls c JOIN call_attempts a ON a.call_id = c.id
       WHERE c.campaign_id = ? AND c.modified >= ? AND c.modified <= ?`,
    )
    .get(campaignId, begin ?? 0, end ?? Number.MAX_SAFE_INTEGER) as Record<string, number>;
  const counted =
    row.remaining + row.live + row.machine + row.busy + row.noAnswer + row.transfer + row.errors + row.dnc;
  return {
    totalOutboundCount: row.total,
    totalCount: row.total,
    remainingOutboundCount: row.remaining,
    callsRemaining: row.remaining,
    callsAwaitingRedial: row.awaitingRedial,
    callsAttempted: row.attempted,
    callsPlaced: row.placed,
    dialedCount: row.placed,
    callsLiveAnswer: row.live,
    liveCount: row.live,
    answeringMachineCount: row.machine,
    busyCount: row.busy,
    noAnswerCount: row.noAnswer,
    transferCount: row.transfer,
    errorCount: row.errors,
    doNotCallCount: row.dnc,
    miscCount: row.total - counted,
    callsDuration: spent.duration,
    billedDuration: spent.billedSeconds,
    billedAmount: Math.round(spent.billed * 10000) / 10000,
    responseRatePercent: row.placed ? Math.round((100 * row.live) / row.placed) : 0,
  };
}
