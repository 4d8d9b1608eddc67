import type { APIRequestContext } from '@playwright/test';
import { detailValue } from './support/detailList';
import { anyOf, expect, expectAccessible, failedRequest, test } from './support/fixtures';
import { sandboxGet } from './support/sandboxApi';

const remainingCredits = async (request: APIRequestContext) =>
  (await sandboxGet<{ totalRemainingCredits: number }>(request, '/me/billing/plan-usage')).totalRemainingCredits;

test('the account overview shows the sandbox account, credits and usage', async ({ page, request }) => {
  // Other tests spend credits meanwhile, so the figure shown lies between the totals before and after.
  const before = await remainingCredits(request);
  await page.goto('/account');
  const profile = page.getByRole('region', { name: 'Profile' });
  await expect(profile.getByText('Sandbox Account')).toBeVisible();
  await expect(profile.getByText('operator@example.com')).toBeVisible();
  await expect(profile.getByText('Example Outreach Co.')).toBeVisible();
  await expect(profile.getByText('ACCOUNT_HOLDER')).toBeVisible();
  await expect(profile.getByText('1001')).toBeVisible();

  const credits = page.getByRole('region', { name: 'Credits' });
  const total = detailValue(credits, 'Total remaining');
  await expect(total).toHaveText(/^[\d,.]+$/);
  const shown = Number((await total.innerText()).replaceAll(',', ''));
  const after = await remainingCredits(request);
  expect(shown).toBeGreaterThanOrEqual(after);
  expect(shown).toBeLessThanOrEqual(before);

  const usage = page.getByRole('region', { name: 'Usage' });
  await expect(detailValue(usage, 'Credits used')).toHaveText(/^[\d,.]+$/);
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

test.describe(() => {
  // The browser logs the refused request, and React Router the error its error page shows.
  test.use({
    allowedConsoleErrors: anyOf(failedRequest(503, /\/me\/account/), /ApiError: CallFire is down for maintenance/),
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
    await page.goto('/account');
    await expect(page.getByRole('alert')).toContainText('CallFire is down for maintenance');
    failing = false;
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByText('operator@example.com')).toBeVisible();
  });
});
