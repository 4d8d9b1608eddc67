import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../client';
import type { operations } from '../../../shared/schema';
import type { Schema } from '../types';
import { accountKeys } from './account';
import { pageQuery } from './pageQuery';
import { resourceMutation } from './resourceMutation';

type Query<K extends keyof operations> = NonNullable<operations[K]['parameters']['query']>;
type Paging = { offset: number; limit: number };

/** What findNumberLeases is asked, paging aside. */
export type NumberLeaseSearch = Omit<Query<'findNumberLeases'>, 'limit' | 'offset' | 'fields'>;
export type RegionSearch = Omit<Query<'findNumberRegions'>, 'limit' | 'offset' | 'fields'>;
export type LocalNumberSearch = Omit<Query<'findNumbersLocal'>, 'limit' | 'fields'>;
export type OrderSearch = Omit<Query<'findOrders'>, 'limit' | 'offset' | 'fields'>;
export type NumberLease = Schema<'NumberLease'>;
export type NumberConfig = Schema<'NumberConfig'>;
export type KeywordLease = Schema<'KeywordLease'>;
export type NumberOrder = Schema<'NumberOrder'>;
export type NumberPurchaseRequest = Schema<'NumberPurchaseRequest'>;

/** Query keys of numbers, keywords and orders, from the most general to the most specific. */
export const numberKeys = {
  all: ['numbers'] as const,
  leases: () => [...numberKeys.all, 'lease'] as const,
  leasePage: (search: NumberLeaseSearch, paging: Paging) => [...numberKeys.leases(), 'page', search, paging] as const,
  lease: (number: string) => [...numberKeys.leases(), 'one', number] as const,
  configs: () => [...numberKeys.all, 'config'] as const,
  configPage: (search: NumberLeaseSearch, paging: Paging) => [...numberKeys.configs(), 'page', search, paging] as const,
  config: (number: string) => [...numberKeys.configs(), 'one', number] as const,
  catalogue: () => [...numberKeys.all, 'catalogue'] as const,
  regions: (search: RegionSearch, paging: Paging) => [...numberKeys.catalogue(), 'regions', search, paging] as const,
  local: (search: LocalNumberSearch, limit: number) => [...numberKeys.catalogue(), 'local', search, limit] as const,
  tollFree: (pattern: string, limit: number) => [...numberKeys.catalogue(), 'toll-free', pattern, limit] as const,
  keywordAvailability: (keyword: string) => [...numberKeys.catalogue(), 'keyword', keyword] as const,
  availableKeywords: (keywords: readonly string[]) => [...numberKeys.catalogue(), 'keywords', keywords] as const,
  keywordLeases: () => [...numberKeys.all, 'keyword-lease'] as const,
  keywordLeasePage: (filter: string, paging: Paging) =>
    [...numberKeys.keywordLeases(), 'page', filter, paging] as const,
  keywordLease: (keyword: string) => [...numberKeys.keywordLeases(), 'one', keyword] as const,
  orders: () => [...numberKeys.all, 'order'] as const,
  orderPage: (search: OrderSearch, paging: Paging) => [...numberKeys.orders(), 'page', search, paging] as const,
  order: (id: number) => [...numberKeys.orders(), 'one', id] as const,
};

export const numberLeasesQuery = (search: NumberLeaseSearch, paging: Paging) =>
  pageQuery(numberKeys.leasePage(search, paging), (signal) =>
    unwrap(api.GET('/numbers/leases', { params: { query: { ...search, ...paging } }, signal })),
  );

/** The configurations of the same page of numbers as numberLeasesQuery (same filters, same order). */
export const numberConfigsQuery = (search: NumberLeaseSearch, paging: Paging) =>
  pageQuery(numberKeys.configPage(search, paging), (signal) => {
    const { tollFree: _tollFree, lata: _lata, rateCenter: _rateCenter, ...filters } = search;
    return unwrap(api.GET('/numbers/leases/configs', { params: { query: { ...filters, ...paging } }, signal }));
  });

export const numberLeaseQuery = (number: string) =>
  queryOptions({
    queryKey: numberKeys.lease(number),
    queryFn: ({ signal }) => unwrap(api.GET('/numbers/leases/{number}', { params: { path: { number } }, signal })),
  });

export const numberConfigQuery = (number: string) =>
  queryOptions({
    queryKey: numberKeys.config(number),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/numbers/leases/configs/{number}', { params: { path: { number } }, signal })),
  });

export const regionsQuery = (search: RegionSearch, paging: Paging) =>
  pageQuery(numberKeys.regions(search, paging), (signal) =>
    unwrap(api.GET('/numbers/regions', { params: { query: { ...search, ...paging } }, signal })),
  );

export const localNumbersQuery = (search: LocalNumberSearch, limit: number) =>
  queryOptions({
    queryKey: numberKeys.local(search, limit),
    queryFn: ({ signal }) => unwrap(api.GET('/numbers/local', { params: { query: { ...search, limit } }, signal })),
    staleTime: 0,
  });

export const tollFreeNumbersQuery = (pattern: string, limit: number) =>
  queryOptions({
    queryKey: numberKeys.tollFree(pattern, limit),
    queryFn: ({ signal }) => unwrap(api.GET('/numbers/tollfree', { params: { query: { pattern, limit } }, signal })),
    staleTime: 0,
  });

/** One keyword's availability, asked as the operator types. */
export const keywordAvailableQuery = (keyword: string) =>
  queryOptions({
    queryKey: numberKeys.keywordAvailability(keyword),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/keywords/{keyword}/available', { params: { path: { keyword } }, signal })),
    staleTime: 0,
    throwOnError: false,
  });

/** Which of several keywords can be bought, checked again just before an order. */
export const availableKeywordsQuery = (keywords: readonly string[]) =>
  queryOptions({
    queryKey: numberKeys.availableKeywords(keywords),
    queryFn: async ({ signal }) => {
      const list = await unwrap(api.GET('/keywords', { params: { query: { keywords: [...keywords] } }, signal }));
      return new Set(list.items.map((item) => item.keyword?.toUpperCase()));
    },
    staleTime: 0,
    throwOnError: false,
  });

export const keywordLeasesQuery = (filter: string, paging: Paging) =>
  pageQuery(numberKeys.keywordLeasePage(filter, paging), (signal) =>
    unwrap(api.GET('/keywords/leases', { params: { query: { ...(filter ? { filter } : {}), ...paging } }, signal })),
  );

export const keywordLeaseQuery = (keyword: string) =>
  queryOptions({
    queryKey: numberKeys.keywordLease(keyword),
    queryFn: ({ signal }) => unwrap(api.GET('/keywords/leases/{keyword}', { params: { path: { keyword } }, signal })),
  });

export const ordersQuery = (search: OrderSearch, paging: Paging) =>
  pageQuery(numberKeys.orderPage(search, paging), (signal) =>
    unwrap(api.GET('/orders', { params: { query: { ...search, ...paging } }, signal })),
  );

/** An order, followed every second while CallFire is still processing it. */
export const orderQuery = (id: number) =>
  queryOptions({
    queryKey: numberKeys.order(id),
    queryFn: ({ signal }) => unwrap(api.GET('/orders/{id}', { params: { path: { id } }, signal })),
    refetchInterval: (query) => (query.state.data?.status === 'PROCESSING' ? 1000 : false),
  });

type LeaseChanges = Pick<NumberLease, 'autoRenew' | 'labels' | 'callFeatureStatus' | 'textFeatureStatus'>;
type KeywordLeaseChanges = Pick<
  KeywordLease,
  'autoRenew' | 'contactListId' | 'doubleOptInEnabled' | 'optInConfirmationMessage' | 'labels'
>;

export const numberMutations = {
  /** `on` names the switch's new position, so a switch can show it while the request is under way. */
  updateLease: () =>
    resourceMutation({
      mutationFn: ({ number, changes }: { number: string; changes: LeaseChanges; on?: boolean }) =>
        unwrap(api.PUT('/numbers/leases/{number}', { params: { path: { number } }, body: changes })),
      changes: [numberKeys.leases()],
    }),
  updateConfig: (number: string) =>
    resourceMutation({
      mutationFn: (config: NumberConfig) =>
        unwrap(api.PUT('/numbers/leases/configs/{number}', { params: { path: { number } }, body: config })),
      changes: [numberKeys.configs()],
    }),
  updateKeywordLease: () =>
    resourceMutation({
      mutationFn: ({ keyword, changes }: { keyword: string; changes: KeywordLeaseChanges }) =>
        unwrap(api.PUT('/keywords/leases/{keyword}', { params: { path: { keyword } }, body: changes })),
      changes: [numberKeys.keywordLeases()],
    }),
  /** Buying spends credits and takes the items out of the catalogue. */
  orderNumbers: () =>
    resourceMutation({
      mutationFn: (purchase: NumberPurchaseRequest) => unwrap(api.POST('/orders/numbers', { body: purchase })),
      changes: [numberKeys.all, accountKeys.all],
    }),
  orderKeywords: () =>
    resourceMutation({
      mutationFn: (keywords: string[]) => unwrap(api.POST('/orders/keywords', { body: { keywords } })),
      changes: [numberKeys.all, accountKeys.all],
    }),
};
