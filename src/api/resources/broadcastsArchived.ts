import { queryOptions } from '@tanstack/react-query';
import { readPages } from '../../lib/readPages';
import { ApiError } from '../ApiError';
import { fieldsParam } from '../fields';
import { broadcastKeys, broadcastResource, type BroadcastKind } from './broadcasts';
import { findCalls } from './calls';
import { findTexts } from './texts';

const PAGE_SIZE = 1000;
/** How many calls or texts are read for their broadcasts at the most. */
export const MAX_SCANNED = 20_000;

const CAMPAIGN_IDS = fieldsParam([{ items: ['campaignId'] }, 'totalCount']);

/** One page of the account's calls or texts, only their broadcast's id. */
const campaignIdPage = (kind: BroadcastKind, offset: number, limit: number, signal: AbortSignal) => {
  const query = { offset, limit, fields: CAMPAIGN_IDS };
  return kind === 'voice' ? findCalls(query, { signal }) : findTexts(query, { signal });
};

/**
 * The archived broadcasts of one kind. CallFire's findCallBroadcasts and findTextBroadcasts never list
 * archived broadcasts and take no filter for them, but the calls and texts of an archived broadcast are
 * still found and name their broadcast: the broadcasts they name are read (getCallBroadcast or
 * getTextBroadcast, which still answer for archived ones) and the archived kept. One archived before
 * any recipient was added has no call or text, so it is not found. `complete` is false when the
 * account has more calls or texts than were read.
 */
export async function findArchivedBroadcasts<K extends BroadcastKind>(kind: K, signal: AbortSignal) {
  const scanned = await readPages((offset, limit) => campaignIdPage(kind, offset, limit, signal), {
    pageSize: PAGE_SIZE,
    max: MAX_SCANNED,
  });
  const ids = [...new Set(scanned.items.map((item) => item.campaignId ?? 0))].filter((id) => id > 0);
  const { requests } = broadcastResource(kind);
  // A broadcast gone since its calls were made is passed over; any other failure is the search's.
  const broadcasts = await Promise.all(
    ids.map((id) =>
      requests.get(id, signal).catch((error: unknown) => {
        if (error instanceof ApiError && error.status === 404) return undefined;
        throw error;
      }),
    ),
  );
  const items = broadcasts
    .flatMap((broadcast) => (broadcast?.status === 'ARCHIVED' ? [broadcast] : []))
    .sort((a, b) => (b.id ?? 0) - (a.id ?? 0));
  return { items, complete: scanned.complete };
}

export const archivedBroadcastsQuery = <K extends BroadcastKind>(kind: K) =>
  queryOptions({
    queryKey: broadcastKeys.archived(kind),
    queryFn: ({ signal }) => findArchivedBroadcasts(kind, signal),
  });
