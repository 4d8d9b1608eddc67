import { queryOptions } from '@tanstack/react-query';
import { usageWindow, type UsageWindowChoice } from '../../lib/usageWindows';
import { api, unwrap } from '../client';
import { resourceMutation } from './resourceMutation';

/** Query keys of the account and its billing, from the most general to the most specific. */
export const accountKeys = {
  all: ['account'] as const,
  profile: () => [...accountKeys.all, 'profile'] as const,
  planUsage: () => [...accountKeys.all, 'plan-usage'] as const,
  creditUsage: (choice: UsageWindowChoice) => [...accountKeys.all, 'credit-usage', choice] as const,
};

export const accountQuery = () =>
  queryOptions({
    queryKey: accountKeys.profile(),
    queryFn: ({ signal }) => unwrap(api.GET('/me/account', { signal })),
  });

/** Credits and plan usage. `pollMs` while something spends credits (a broadcast running). */
export const planUsageQuery = (pollMs: number | false = false) =>
  queryOptions({
    queryKey: accountKeys.planUsage(),
    queryFn: ({ signal }) => unwrap(api.GET('/me/billing/plan-usage', { signal })),
    refetchInterval: pollMs,
  });

/** The window is computed when the request is made, so a refresh always counts up to now. */
export const creditUsageQuery = (choice: UsageWindowChoice) =>
  queryOptions({
    queryKey: accountKeys.creditUsage(choice),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/me/billing/credit-usage', { params: { query: usageWindow(choice, Date.now()) }, signal })),
  });

export const credentialKeys = {
  all: [...accountKeys.all, 'credentials'] as const,
  page: (name: string, limit: number, offset: number) => [...credentialKeys.all, { name, limit, offset }] as const,
};

export const apiCredentialsQuery = (name: string, limit: number, offset: number) =>
  queryOptions({
    queryKey: credentialKeys.page(name, limit, offset),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/me/api/credentials', { params: { query: { name: name || undefined, limit, offset } }, signal })),
  });

/** Credit usage for a fixed interval, such as one month of the billing chart. */
export const intervalUsageQuery = (intervalBegin: number, intervalEnd: number) =>
  queryOptions({
    queryKey: [...accountKeys.all, 'interval-usage', intervalBegin, intervalEnd] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/me/billing/credit-usage', { params: { query: { intervalBegin, intervalEnd } }, signal })),
  });

export const apiCredentialQuery = (id: number) =>
  queryOptions({
    queryKey: [...credentialKeys.all, 'one', id] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/me/api/credentials/{id}', { params: { path: { id } }, signal })),
  });

const byId = (id: number) => ({ params: { path: { id } } });

export const credentialMutations = {
  /** Answers the new credential with its password, which CallFire sends only this once. */
  create: () =>
    resourceMutation({
      mutationFn: (name: string) => unwrap(api.POST('/me/api/credentials', { body: { name } })),
      changes: [credentialKeys.all],
    }),
  setEnabled: () =>
    resourceMutation({
      mutationFn: ({ id, enabled }: { id: number; enabled: boolean }) =>
        unwrap(
          enabled
            ? api.POST('/me/api/credentials/{id}/enable', byId(id))
            : api.POST('/me/api/credentials/{id}/disable', byId(id)),
        ),
      changes: [credentialKeys.all],
    }),
  remove: () =>
    resourceMutation({
      mutationFn: (id: number) => unwrap(api.DELETE('/me/api/credentials/{id}', byId(id))),
      changes: [credentialKeys.all],
    }),
};
