import { queryOptions } from '@tanstack/react-query';
import { CALL_RESULTS } from '../../lib/callOutcomes';
import {
  RETRYABLE_RESULTS,
  candidatesByResult,
  lastResultPerNumber,
  type ActionOutcome,
  type CallAgainCandidates,
  type CampaignChannel,
} from '../../lib/callAgain';
import { TEXT_RESULTS } from '../../lib/textOutcomes';
import { api } from '../client';
import { fieldsParam } from '../fields';
import { accountKeys } from './account';
import { broadcastKeys, broadcastResource, type CallBroadcast, type TextBroadcast } from './broadcasts';
import { callKeys, findCalls } from './calls';
import { numbersOnDoNotContactList } from './dnc';
import { resourceMutation } from './resourceMutation';
import { findTexts, textKeys } from './texts';

/** Calls or texts read per findCalls/findTexts request. */
const PAGE_SIZE = 1000;

export interface ReadProgress {
  read: number;
  /** Every call or text to read, once the first page of each pass has said how many there are. */
  total: number;
}

interface Page {
  items: ActionOutcome[];
  totalCount: number;
}

type Client = typeof api;

/** Where each kind keeps a call's or text's final result. */
const RESULT_FIELD = { voice: 'finalCallResult', text: 'finalTextResult' } as const;

/** What is read of each call or text: its id, number and final result. */
type OutcomeRow = { id?: number; toNumber?: string } & Partial<Record<(typeof RESULT_FIELD)[CampaignChannel], string>>;

/** One page of the broadcast's calls or texts whose final result is one of `results`. */
async function outcomePage(
  client: Client,
  kind: CampaignChannel,
  campaignId: number,
  results: readonly string[],
  offset: number,
  signal?: AbortSignal,
): Promise<Page> {
  const resultField = RESULT_FIELD[kind];
  const query = {
    campaignId,
    results: results.join(','),
    offset,
    limit: PAGE_SIZE,
    fields: fieldsParam(['totalCount', { items: ['id', 'toNumber', resultField] }]),
  };
  const page: { items: OutcomeRow[]; totalCount: number } =
    kind === 'voice' ? await findCalls(query, { signal, client }) : await findTexts(query, { signal, client });
  return {
    totalCount: page.totalCount,
    items: page.items.map((row) => ({ id: row.id!, toNumber: row.toNumber ?? '', result: row[resultField] ?? '' })),
  };
}

/**
 * Reads, for calling again, every number's last result in a finished or stopped broadcast and which of
 * the retryable ones are on the do-not-contact list now. Two passes of findCalls (or findTexts) filtered
 * by the broadcast: its retryable results, then every other result (so a number reached in a later
 * batch is not a candidate), each paged through to the end; `onProgress` follows both.
 */
export async function readCallAgainCandidates(
  kind: CampaignChannel,
  campaignId: number,
  {
    signal,
    client = api,
    onProgress,
  }: { signal?: AbortSignal; client?: Client; onProgress?: (progress: ReadProgress) => void } = {},
): Promise<CallAgainCandidates> {
  const retryable: readonly string[] = RETRYABLE_RESULTS[kind];
  const others = (kind === 'voice' ? CALL_RESULTS : TEXT_RESULTS).filter((result) => !retryable.includes(result));
  const passes = [retryable, others];
  // Both first pages at once, so the total is known before the long reading starts.
  const firsts = await Promise.all(passes.map((results) => outcomePage(client, kind, campaignId, results, 0, signal)));
  const total = firsts.reduce((sum, page) => sum + page.totalCount, 0);
  const outcomes: ActionOutcome[] = firsts.flatMap((page) => page.items);
  onProgress?.({ read: outcomes.length, total });
  for (const [index, results] of passes.entries()) {
    let page = firsts[index];
    for (let offset = PAGE_SIZE; page.items.length === PAGE_SIZE; offset += PAGE_SIZE) {
      page = await outcomePage(client, kind, campaignId, results, offset, signal);
      outcomes.push(...page.items);
      onProgress?.({ read: outcomes.length, total: Math.max(total, outcomes.length) });
    }
  }
  const byResult = candidatesByResult(lastResultPerNumber(outcomes), retryable);
  const blocked = await numbersOnDoNotContactList([...byResult.values()].flat(), kind === 'voice' ? 'call' : 'text', {
    signal,
    client,
  });
  return { byResult, blocked };
}

/** Read afresh each time the dialog opens: results and the do-not-contact list change. */
export const callAgainQuery = (
  kind: CampaignChannel,
  campaignId: number,
  onProgress: (progress: ReadProgress) => void,
) =>
  queryOptions({
    queryKey: [...broadcastKeys.all, 'call-again', kind, campaignId] as const,
    queryFn: ({ signal }) => readCallAgainCandidates(kind, campaignId, { signal, onProgress }),
    staleTime: 0,
    gcTime: 0,
  });

const recipientsOf = (numbers: readonly string[]) => numbers.map((phoneNumber) => ({ phoneNumber }));

// Calling again adds calls or texts and starts a broadcast, which bills credits.
const CALL_AGAIN_EFFECTS = [broadcastKeys.all, callKeys.all, textKeys.all, accountKeys.all];

export const callAgainMutations = {
  /** The numbers as a new batch of the same broadcast, which is then started again. */
  asBatch: (kind: CampaignChannel, id: number) =>
    resourceMutation({
      mutationFn: async ({ name, numbers }: { name: string; numbers: readonly string[] }) => {
        const { requests } = broadcastResource(kind);
        await requests.addBatch(id, { name, recipients: recipientsOf(numbers) });
        await requests.command(id, 'start');
        return id;
      },
      changes: CALL_AGAIN_EFFECTS,
    }),
  /** The numbers as a new broadcast with `settings` (those of the first), started at once; returns its id. */
  asBroadcast: (kind: CampaignChannel) =>
    resourceMutation({
      mutationFn: async ({
        settings,
        numbers,
      }: {
        settings: CallBroadcast | TextBroadcast;
        numbers: readonly string[];
      }) =>
        (await broadcastResource(kind).requests.create({ ...settings, recipients: recipientsOf(numbers) }, true)).id,
      changes: CALL_AGAIN_EFFECTS,
    }),
};
