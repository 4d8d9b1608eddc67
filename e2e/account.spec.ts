import { expect, expectAccessible, test } from './support/fixtures';

test('the account overview shows the sandbox account, credits and usage', async ({ page }) => {
  await page.goto('/account');
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByText('Sandbox Account')).toBeVisible();
  await expect(profile.getByText('operator@example.com')).toBeVisible();
  await expect(profile.getByText('Example Outreach Co.')).toBeVisible();
  await expect(profile.getByText('ACCOUNT_HOLDER')).toBeVisible();
  await expect(profile.getByText('1001')).toBeVisible();

  const credits = page.getByRole('region', { name: 'Credits' });
  await expect(credits.getByText('Total remaining')).toBeVisible();
  await expect(credits.getByText(/^7,500$/)).toBeVisible();

  const usage = page.getByRole('region', { name: 'Usage' });
  await expect(usage.getByText('Credits used')).toBeVisible();
  await expectAccessible(page);
});

test('the usage period is kept in the address', async ({ page }) => {
  await page.goto('/account');
  await page.getByRole('combobox', { name: 'Period' }).click();
  await page.getByRole('option', { name: 'All time' }).click();
  await expect(page).toHaveURL(/usage=all/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Period' })).toHaveText('All time');
});

test('a failed first load shows the error and recovers with Try again', async ({ page }) => {
  let failing = true;
  await page.route('**/api/me/account', (route) =>
    failing
      ? route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({ httpStatusCode: 503, internalCode: 0, message: 'CallFire is down for maintenance' }),
        })
      : route.continue(),
  );
  // The browser logs failed requests as console errors; this test expects exactly that one.
  page.removeAllListeners('console');
  await page.goto('/account');
  await expect(page.getByRole('alert')).toContainText('CallFire is down for maintenance');
  failing = false;
  await page.getByRole('button', { name: 'Try again' }).click();
  await expect(page.getByText('operator@example.com')).toBeVisible();
});
