import type { APIRequestContext } from '@playwright/test';
import { sandboxPost } from './sandboxApi';

/** A run-unique tag, so parallel tests never meet each other's data. */
export const unique = (prefix: string) =>
  `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/** Unique fictional numbers in the 555-01xx example range, different per call. */
export function uniqueNumbers(count: number): string[] {
  const area = 200 + Math.floor(Math.random() * 700);
  const line = Math.floor(Math.random() * 90);
  return Array.from({ length: count }, (_, index) => `1${area}555${String(100 + line + index).padStart(4, '0')}`);
}

/** Setup data straight through the sandbox (not through the console), so it does not count as UI coverage. */
export async function createContactsDirectly(request: APIRequestContext, contacts: object[]): Promise<number[]> {
  const body = await sandboxPost<{ items: { id: number }[] }>(request, '/contacts', contacts);
  return body.items.map((item) => item.id);
}
