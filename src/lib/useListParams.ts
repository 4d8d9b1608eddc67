import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

export const PAGE_SIZES = [10, 25, 50, 100] as const;

/** Where a list stands, read from its address: what the page and its route's loader both ask for. */
export function listParamsOf<Filter extends string>(
  searchParams: URLSearchParams,
  filterNames: readonly Filter[],
  defaultPageSize = 25,
) {
  const pageNumber = Number(searchParams.get('page'));
  const page = Number.isInteger(pageNumber) && pageNumber >= 1 ? pageNumber - 1 : 0;
  const sizeNumber = Number(searchParams.get('pageSize'));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(sizeNumber) ? sizeNumber : defaultPageSize;
  const filters = Object.fromEntries(filterNames.map((name) => [name, searchParams.get(name) ?? ''])) as Record<
    Filter,
    string
  >;
  return {
    page,
    pageSize,
    offset: page * pageSize,
    limit: pageSize,
    sort: searchParams.get('sort') ?? undefined,
    filters,
  };
}

/**
 * A list's state in the address bar, so views can be bookmarked and the back button works:
 * `page` (1-based in the URL), `pageSize`, `sort` (`field` or `-field`) and the named filters.
 * Values that make no sense in a hand-edited URL fall back to defaults.
 */
export function useListParams<Filter extends string>(filterNames: readonly Filter[], defaultPageSize = 25) {
  const [searchParams, setSearchParams] = useSearchParams();
  const {
    page,
    pageSize,
    offset,
    limit,
    sort,
    filters: read,
  } = listParamsOf(searchParams, filterNames, defaultPageSize);
  const filterKey = filterNames.map((name) => read[name]).join('\u0000');
  // filterKey captures every filter value; searchParams itself changes identity on every navigation.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const filters = useMemo(() => read, [filterKey]);

  const update = useCallback(
    (changes: Record<string, string | number | undefined>, resetPage: boolean) =>
      setSearchParams(
        () => {
          // From the address as it is now, not as of the last render: React Router hands the
          // updater the render's params, so two quick changes (a debounced filter, then a switch)
          // would otherwise undo each other.
          const next = new URLSearchParams(window.location.search);
          for (const [name, value] of Object.entries(changes)) {
            if (value === undefined || value === '') next.delete(name);
            else next.set(name, String(value));
          }
          if (resetPage) next.delete('page');
          return next;
        },
        { replace: false },
      ),
    [setSearchParams],
  );

  return {
    page,
    pageSize,
    offset,
    limit,
    sort,
    filters,
    setPagination: (model: { page: number; pageSize: number }) =>
      update(
        { page: model.page > 0 ? model.page + 1 : undefined, pageSize: model.pageSize },
        model.pageSize !== pageSize,
      ),
    setSort: (value: string | undefined) => update({ sort: value }, true),
    /** Changes filters and goes back to the first page, where the new results start. */
    setFilters: (changes: Partial<Record<Filter, string>>) => update(changes, true),
  };
}

export type ListParams<Filter extends string> = ReturnType<typeof useListParams<Filter>>;
