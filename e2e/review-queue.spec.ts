import type { Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';

/** The recording now in the player has really played: its clock moved off 0:00 without any seeking. */
async function expectPlayed(page: Page, position: number) {
  // The first recording is the queue's start, with no position in the address yet.
  if (position > 1) await expect(page).toHaveURL(new RegExp(`[?&]position=${position}(&|$)`));
  await expect(page.getByRole('status').filter({ hasText: `Recording ${position} of ` })).toBeVisible();
  const player = page.getByRole('group', { name: /^Audio player: Recording "feedback" of call \d+$/ });
  await expect(player.getByLabel('Current time')).not.toHaveText('0:00');
}

test('the review queue plays a broadcast’s recordings one after another by keyboard', async ({ page }) => {
  // The seeded survey is an IVR broadcast whose answered calls were recorded by the simulator.
  await page.goto('/broadcasts/voice?name=Customer%20satisfaction');
  await page.getByRole('link', { name: 'Customer satisfaction survey' }).click();
  await page.getByRole('region', { name: 'Calls' }).getByRole('link', { name: 'Review recordings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review recordings' })).toBeVisible();
  await expect(page).toHaveURL(/\/calls\/review\?broadcast=\d+/);
  await expect(page.getByRole('status').filter({ hasText: /^Recording 1 of \d+/ })).toBeVisible();
  // Each step is the keyboard's: the next recording is not left to start by itself.
  await page.getByRole('switch', { name: 'Play the next one automatically' }).uncheck();
  await expectAccessible(page);

  await page.locator('body').press('[');
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveText('0.75×');
  await page.locator('body').press('r');
  await expectPlayed(page, 1);
  await page.locator('body').press('n');
  await expectPlayed(page, 2);
  await page.locator('body').press('n');
  await expectPlayed(page, 3);
  await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveText('0.75×');
  const queue = page.getByRole('list', { name: 'Recordings in the queue' });
  await expect(queue.locator('[aria-current="true"]')).toHaveText(/^3\. /);

  // The address resumes the review where it was.
  await page.reload();
  await expect(page.getByRole('status').filter({ hasText: /^Recording 3 of \d+/ })).toBeVisible();
  await page.locator('body').press('p');
  await expect(page).toHaveURL(/[?&]position=2(&|$)/);
});
