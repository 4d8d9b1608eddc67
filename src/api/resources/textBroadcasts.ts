import { textBroadcasts } from './broadcasts';

export type { TextBroadcast, TextBroadcastStats } from './broadcasts';

/** The text broadcast reads other areas use by their own names; the broadcasts resource serves both kinds. */
export const textBroadcastsQuery = textBroadcasts.list;
export const textBroadcastQuery = textBroadcasts.detail;
export const textStatsQuery = textBroadcasts.stats;
