import type { APIRequestContext } from '@playwright/test';
import { sandboxUrl } from '../../playwright.config';

/**
 * Simulated time under the test's control, through the e2e sandbox's test-only routes
 * (`SANDBOX_TEST_CONTROL=1`). The sandbox has one clock for every test running in parallel, so a test
 * moves it only as far as its own work needs: a broadcast to a status, or a span it can name. Running
 * everything to idle would also finish other tests' broadcasts under their feet.
 */
async function control<T>(request: APIRequestContext, path: string, data: object): Promise<T> {
  const response = await request.post(`${sandboxUrl}/__sandbox/${path}`, { data });
  if (!response.ok()) throw new Error(`${path} ${JSON.stringify(data)}: ${response.status()} ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * Runs the simulator until the voice broadcast has `status`; fails if it has not within `maxMs` of
 * simulated time (an hour unless said), which bounds how far a mistake moves everybody's clock.
 */
export async function runBroadcastUntil(
  request: APIRequestContext,
  broadcastId: number,
  status: string,
  maxMs = 60 * 60 * 1000,
) {
  await control(request, 'simulate', { broadcastId, kind: 'voice', status, maxMs });
}

/** Moves simulated time forward by `ms`, running the simulator over the span. */
export async function advanceClock(request: APIRequestContext, ms: number) {
  await control(request, 'clock/advance', { ms });
}

/** Runs the simulator until the text broadcast has `status`, within `maxMs` of simulated time (an hour unless said). */
export async function runTextBroadcastUntil(
  request: APIRequestContext,
  broadcastId: number,
  status: string,
  maxMs = 60 * 60 * 1000,
) {
  await control(request, 'simulate', { broadcastId, kind: 'text', status, maxMs });
}
