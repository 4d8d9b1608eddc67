import type { Schema } from '../../api/types';

export interface HistoryEntry {
  kind: 'call' | 'text';
  action: Schema<'ContactHistoryAction'>;
}

/** Calls and texts of a contact as one timeline, newest first. */
export function historyTimeline(history: Schema<'ContactHistory'> | undefined): HistoryEntry[] {
  const entries: HistoryEntry[] = [
    ...(history?.calls ?? []).map((action) => ({ kind: 'call' as const, action })),
    ...(history?.texts ?? []).map((action) => ({ kind: 'text' as const, action })),
  ];
  return entries.sort((a, b) => (b.action.created ?? 0) - (a.action.created ?? 0));
}
