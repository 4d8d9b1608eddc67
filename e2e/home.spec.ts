import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { sandboxGet, sandboxPost } from './support/sandboxApi';
import { saveScreenshot } from './support/screenshots';
import { advanceClock } from './support/simulation';

const RECIPIENTS = 120;

/**
 * A running voice broadcast made straight through the sandbox: one call at a time to many numbers, so
 * it is still running after the few minutes of simulated time the test moves (other tests move the
 * shared clock too, for their own broadcasts).
 */
async function startLongBroadcast(request: APIRequestContext, name: string) {
  const exchange = 700 + Math.floor(Math.random() * 200);
  const recipients = Array.from({ length: RECIPIENTS }, (_, index) => ({
    phoneNumber: `1310${exchange}${String(1000 + index).padStart(4, '0')}`,
  }));
  const { id } = await sandboxPost<{ id: number }>(request, '/calls/broadcasts?start=true', {
    name,
    fromNumber: '12135550111',
    maxActive: 1,
    sounds: { liveSoundText: 'Hello from the home page test.', machineSoundText: 'Sorry we missed you.' },
    recipients,
  });
  return id;
}

const doneCount = async (text: string) => Number(/(\d+) of \d+ done/.exec(text)?.[1]);

test('the home page shows a running broadcast with its live progress and time left', async ({ page, request }) => {
  const name = `Home progress ${Date.now().toString(36)}`;
  await startLongBroadcast(request, name);
  await advanceClock(request, 3 * 60_000);

  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Home' })).toBeVisible();
  const running = page.getByRole('region', { name: 'Running now' }).getByRole('listitem', { name });
  await expect(running).toContainText(new RegExp(`\\d+ of ${RECIPIENTS} done \\(\\d+%\\)`));
  await expect(running).toContainText(/about \d+ (min|h)( \d+ min)? left/);
  const progress = running.getByRole('progressbar');
  const before = await doneCount(await running.innerText());
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(RECIPIENTS);

  // The page follows the run as simulated time moves on.
  await advanceClock(request, 3 * 60_000);
  await expect.poll(async () => doneCount(await running.innerText())).toBeGreaterThan(before);
  await expect(progress).toHaveAttribute('aria-valuenow', /\d+/);
  await expect(page.getByRole('link', { name })).toHaveAttribute('href', /\/broadcasts\/voice\/\d+$/);
  await saveScreenshot(page, 'home');
});

/**
 * A call answered just now whose IVR records the answer (numbers ending in 00–54 are answered), played
 * out on the simulated clock: the newest recording, whatever other tests dial meanwhile.
 */
async function recordAnAnswer(request: APIRequestContext) {
  const phoneNumber = `1213${600 + Math.floor(Math.random() * 300)}${String(Math.floor(Math.random() * 100)).padStart(2, '0')}42`;
  const dialplanXml = '<dialplan><play type="tts">How was your visit?</play><record name="answer"/></dialplan>';
  const [call] = (await sandboxPost<{ items: { id: number }[] }>(request, '/calls', [{ phoneNumber, dialplanXml }]))
    .items;
  await expect
    .poll(async () => {
      await advanceClock(request, 60_000);
      return (await sandboxGet<{ items?: unknown[] }>(request, `/calls/${call!.id}/recordings`)).items?.length ?? 0;
    })
    .toBeGreaterThan(0);
}

test('the home page sums up today, the credits, what needs attention and the latest recordings', async ({
  page,
  request,
}) => {
  await recordAnAnswer(request);
  await page.goto('/');
  const today = page.getByRole('region', { name: "Today's calls" });
  await expect(today.getByRole('link').first()).toHaveAttribute(
    'href',
    /\/calls\?begin=\d{4}-\d\d-\d\dT00:00&states=FINISHED$/,
  );
  const credits = page.getByRole('region', { name: 'Credits' });
  await expect(credits.getByText('Remaining')).toBeVisible();
  await expect(credits.getByRole('definition').first()).toHaveText(/^[\d,.]+$/);
  // The answer recorded above is among the newest, playable here.
  const recordings = page.getByRole('region', { name: 'Latest recordings' });
  await expect(recordings.getByRole('group', { name: /^Audio player: / }).first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Console areas' }).getByRole('link', { name: 'Home' })).toHaveClass(
    /active/,
  );
});
