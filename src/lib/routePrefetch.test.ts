import { QueryClient } from '@tanstack/react-query';
import { RouterContextProvider } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { prefetchLoader, queryClientContext } from './routePrefetch';
import { listParamsOf } from './useListParams';

const argsFor = (url: string, client: QueryClient) => ({
  request: new Request(url),
  params: {},
  context: new RouterContextProvider(new Map([[queryClientContext, client]])),
  unstable_pattern: '',
  unstable_url: new URL(url),
});

describe('route prefetch', () => {
  it("starts the page's query from its address and returns without waiting for the answer", () => {
    const client = new QueryClient();
    let answer: (value: string[]) => void = () => {};
    const queryFn = vi.fn(() => new Promise<string[]>((resolve) => (answer = resolve)));
    const loader = prefetchLoader((url) => {
      const list = listParamsOf(url.searchParams, ['name'] as const);
      return { queryKey: ['things', list.filters.name, list.offset, list.limit], queryFn };
    });

    expect(loader(argsFor('http://console.test/things?name=ann&page=3&pageSize=10', client) as never)).toBeNull();
    expect(queryFn).toHaveBeenCalledTimes(1);
    expect(client.getQueryState(['things', 'ann', 20, 10])?.fetchStatus).toBe('fetching');
    answer(['Ann']);
  });

  it('asks nothing when the page would not', () => {
    const client = new QueryClient();
    const spy = vi.spyOn(client, 'prefetchQuery');
    prefetchLoader(() => undefined)(argsFor('http://console.test/things', client) as never);
    prefetchLoader(() => ({ queryKey: ['things'], queryFn: () => [], enabled: false }))(
      argsFor('http://console.test/things', client) as never,
    );
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('list parameters from the address', () => {
  it('reads page, size, sort and filters, falling back to defaults for nonsense', () => {
    expect(listParamsOf(new URLSearchParams('page=2&pageSize=50&sort=-name&name=x'), ['name', 'label'])).toEqual({
      page: 1,
      pageSize: 50,
      offset: 50,
      limit: 50,
      sort: '-name',
      filters: { name: 'x', label: '' },
    });
    expect(listParamsOf(new URLSearchParams('page=-1&pageSize=7'), [], 10)).toMatchObject({ page: 0, pageSize: 10 });
  });
});
