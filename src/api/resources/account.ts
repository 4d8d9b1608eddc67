import { queryOptions } from '@tanstack/react-query';
import { usageWindow, type UsageWindowChoice } from '../../lib/usageWindows';
import { api, unwrap } from '../client';

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
