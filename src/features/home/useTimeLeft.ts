import { useQuery } from '@tanstack/react-query';
import { LIVE_REFRESH_MS } from '../../api/resources/broadcasts';
import { latestCallsQuery } from '../../api/resources/calls';
import { latestTextTimesQuery } from '../../api/resources/texts';
import type { BroadcastKind } from '../../components/broadcastProgress';
import { estimateTimeLeft, type WorkSpan } from './pace';

/** How many finished calls or texts the pace is measured over. */
const PACE_SAMPLE = 50;

/**
 * The estimated time left of a running broadcast: its newest finished calls (from their first dial to
 * their last hang-up) or texts (from queued to delivered), on the server's clock.
 */
export function useTimeLeft(kind: BroadcastKind, id: number, remaining: number | undefined): number | undefined {
  const filters = { campaignId: id, states: 'FINISHED' };
  const calls = useQuery({
    ...latestCallsQuery(filters, PACE_SAMPLE),
    enabled: kind === 'voice',
    refetchInterval: LIVE_REFRESH_MS,
  });
  const texts = useQuery({
    ...latestTextTimesQuery(filters, PACE_SAMPLE),
    enabled: kind === 'text',
    refetchInterval: LIVE_REFRESH_MS,
  });
  if (remaining === undefined) return undefined;
  const spans: WorkSpan[] =
    kind === 'voice'
      ? (calls.data?.items ?? []).map(({ records = [] }) => ({
          start: records[0]?.originateTime,
          end: records.at(-1)?.finishTime,
        }))
      : (texts.data?.items ?? []).map((text) => ({ start: text.created, end: text.modified }));
  return estimateTimeLeft(remaining, spans);
}
