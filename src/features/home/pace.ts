/** When one finished call or text began and ended (epoch milliseconds, the server's clock). */
export interface WorkSpan {
  start?: number;
  end?: number;
}

/**
 * How many milliseconds the rest of a broadcast will take at its recent pace: the recently finished
 * calls (or texts) over the time they spanned, so the broadcast's own concurrency is counted in.
 * Undefined while nothing has finished yet, since there is no pace to go by.
 */
export function estimateTimeLeft(remaining: number, finished: WorkSpan[]): number | undefined {
  if (remaining <= 0) return 0;
  const timed = finished.filter(
    (span): span is Required<WorkSpan> => span.start !== undefined && span.end !== undefined && span.end >= span.start,
  );
  if (timed.length === 0) return undefined;
  const from = Math.min(...timed.map((span) => span.start));
  const to = Math.max(...timed.map((span) => span.end));
  // A span of zero (texts delivered within the same millisecond) counts as one second.
  const perItem = Math.max(to - from, 1000) / timed.length;
  return remaining * perItem;
}

const MINUTE = 60_000;

/** `about 12 min`, `about 2 h 5 min`, `under a minute`: an estimate, said as one. */
export function formatTimeLeft(ms: number): string {
  if (ms < MINUTE) return 'under a minute';
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return `about ${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `about ${hours} h ${rest} min` : `about ${hours} h`;
}
