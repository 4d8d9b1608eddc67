import type { ReadOptions } from '../client';
import { readPages } from '../../lib/readPages';
import { fieldsParam } from '../fields';
import { findCalls } from './calls';
import { numbersOnDoNotContactList } from './dnc';

/** Pages of waiting recipients read for the count. */
const CALLS_PAGE = 1000;
const MAX_CHECKED = 10_000;

export interface PendingDoNotCall {
  /** Waiting recipients whose number is on the do-not-call list now; they will be skipped. */
  count: number;
  /** False when the broadcast has more waiting recipients than were checked, so `count` is a lower bound. */
  complete: boolean;
}

/**
 * Counts, at pre-flight time, the recipients still to be called whose number is on the do-not-call list:
 * numbers added to the list after the recipients were are only skipped when dialled, so the broadcast's
 * stats do not count them yet.
 */
export async function countPendingDoNotCall(campaignId: number, options: ReadOptions = {}): Promise<PendingDoNotCall> {
  const waiting = await readPages(
    (offset, limit) =>
      findCalls(
        { campaignId, states: 'READY', limit, offset, fields: fieldsParam([{ items: ['toNumber'] }, 'totalCount']) },
        options,
      ),
    { pageSize: CALLS_PAGE, max: MAX_CHECKED },
  );
  // How many waiting calls each number has: every one of them is skipped when the number is on the list.
  const numbers = new Map<string, number>();
  for (const { toNumber } of waiting.items) if (toNumber) numbers.set(toNumber, (numbers.get(toNumber) ?? 0) + 1);
  const listed = await numbersOnDoNotContactList([...numbers.keys()], 'call', options);
  let count = 0;
  for (const number of listed) count += numbers.get(number) ?? 0;
  return { count, complete: waiting.complete };
}
