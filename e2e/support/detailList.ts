import type { Locator } from '@playwright/test';

/** The value shown beside `label` in a list of details (`components/DetailList`, a <dl>) inside `scope`. */
export const detailValue = (scope: Locator, label: string) =>
  scope.locator(`dt:text-is(${JSON.stringify(label)}) + dd`);
