import { expect, test } from './support/fixtures';
import { saveScreenshot } from './support/screenshots';

// The README's "First five minutes", page by page, photographed from the seeded demo account.

test('screenshots: the broadcast list and a finished broadcast', async ({ page }) => {
  await page.goto('/broadcasts/voice');
  await expect(
    page
      .getByRole('grid', { name: 'Voice broadcasts' })
      .getByText(/of \d+ done/)
      .first(),
  ).toBeVisible();
  await saveScreenshot(page, 'broadcasts');
  // Found by name: broadcasts other tests make may have pushed it off the first page.
  await page.goto(`/broadcasts/voice?name=${encodeURIComponent('Spring appointment reminders')}`);
  await page.getByRole('link', { name: 'Spring appointment reminders' }).click();
  await expect(page.getByRole('region', { name: 'Statistics' }).getByRole('img', { name: /^Results/ })).toBeVisible();
  await saveScreenshot(page, 'broadcast');
});

test('screenshots: a new broadcast, the sounds and the calls', async ({ page }) => {
  await page.goto('/broadcasts/voice/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New voice broadcast' })).toBeVisible();
  await saveScreenshot(page, 'new-broadcast');
  await page.goto('/sounds');
  await expect(page.getByRole('link', { name: 'Appointment reminder' }).first()).toBeVisible();
  await saveScreenshot(page, 'sounds');
  await page.goto('/calls');
  await expect(page.getByRole('grid').getByRole('row').nth(1)).toBeVisible();
  await saveScreenshot(page, 'calls');
});
