import type { BroadcastFilters } from '../../api/resources/broadcasts';

export const BROADCAST_FILTERS = ['name', 'label', 'running', 'archived'] as const;
export const BROADCAST_PAGE_SIZE = 10;

/** The list's filters, kept in the address, as findCallBroadcasts/findTextBroadcasts take them. */
export function broadcastFiltersOf({
  name,
  label,
  running,
  archived,
}: Record<(typeof BROADCAST_FILTERS)[number], string>): BroadcastFilters & { archived: boolean } {
  return {
    name: name || undefined,
    label: label || undefined,
    running: running === '' ? undefined : running === 'true',
    archived: archived === 'true',
  };
}
