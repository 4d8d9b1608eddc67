const DAY = 24 * 60 * 60 * 1000;

export const usageWindowChoices = {
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  all: 'All time',
} as const;

export type UsageWindowChoice = keyof typeof usageWindowChoices;

export function isUsageWindowChoice(value: string | null): value is UsageWindowChoice {
  return value !== null && value in usageWindowChoices;
}

export interface UsageWindow {
  intervalBegin?: number;
  intervalEnd: number;
}

/** The interval to ask CallFire for, ending now. */
export function usageWindow(choice: UsageWindowChoice, now: number): UsageWindow {
  if (choice === 'all') return { intervalEnd: now };
  const days = choice === '7d' ? 7 : 30;
  return { intervalBegin: now - days * DAY, intervalEnd: now };
}
