import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { apiErrorFromResponse } from '../ApiError';
import { consoleFetch } from '../consoleFetch';

/** One change logged by the console's server (`server/auditStore.ts`). */
export interface ActivityEntry {
  id: string;
  time: number;
  operator: string;
  /** An operation id of `shared/auditOperations.ts`, or `METHOD /path` for one it does not name. */
  operation: string;
  records: string[];
  /** CallFire's HTTP status; 0 when it could not be reached. */
  status: number;
}

export interface ActivityFilters {
  operator?: string;
  operation?: string;
  /** Inclusive bounds, epoch milliseconds. */
  from?: number;
  to?: number;
}

export interface ActivityPage {
  items: ActivityEntry[];
  totalCount: number;
}

/** Query keys of the activity log; any change through `/api` adds to it, so it is refetched on every visit. */
export const activityKeys = {
  all: ['activity'] as const,
  list: (filters: ActivityFilters, offset: number, limit: number) =>
    [...activityKeys.all, 'list', filters, offset, limit] as const,
};

/** The console server's activity log (not a CallFire resource: it is answered under `/audit`). */
export async function fetchActivity(
  filters: ActivityFilters,
  offset: number,
  limit: number,
  signal?: AbortSignal,
): Promise<ActivityPage> {
  const query = new URLSearchParams({ offset: String(offset), limit: String(limit) });
  for (const [name, value] of Object.entries(filters))
    if (value !== undefined && value !== '') query.set(name, String(value));
  const response = await consoleFetch(`/audit/entries?${query}`, { signal });
  if (!response.ok) throw await apiErrorFromResponse(response);
  return (await response.json()) as ActivityPage;
}

export const activityQuery = (filters: ActivityFilters, offset: number, limit: number) =>
  queryOptions({
    queryKey: activityKeys.list(filters, offset, limit),
    queryFn: ({ signal }) => fetchActivity(filters, offset, limit, signal),
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
