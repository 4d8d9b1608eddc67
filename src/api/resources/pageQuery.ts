import { keepPreviousData, queryOptions, type QueryKey } from '@tanstack/react-query';

/**
 * The options of a query for one page of a list. While the next page loads the page shown stays, so a
 * grid keeps its rows and its pager instead of going blank.
 */
export function pageQuery<Data, Key extends QueryKey>(
  queryKey: Key,
  fetchPage: (signal: AbortSignal) => Promise<Data>,
) {
  return queryOptions({ queryKey, queryFn: ({ signal }) => fetchPage(signal), placeholderData: keepPreviousData });
}
