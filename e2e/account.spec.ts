import type { APIRequestContext, Page } from '@playwright/test';
import { sandboxUrl, signInConsoleUrl } from '../playwright.config';
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

// The sandbox's second account: empty at the start, so these tests own all of its data.
const ACCOUNT = { login: 'sandbox-2', password: 'sandbox-2-password' };

test.describe('with sign-in (a console without credentials of its own)', () => {
  test.use({ baseURL: signInConsoleUrl });

  async function signIn(page: Page, login: string, password: string) {
    await page.getByLabel('API login').fill(login);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Nothing the page's scripts can read (cookies, local and session storage) holds the password. */
  async function expectPasswordUnreadable(page: Page, password: string) {
    const readable = await page.evaluate<string>(
      '[document.cookie, JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage })].join("\\n")',
    );
    expect(readable).not.toContain(password);
    const cookies = await page.context().cookies();
    expect(cookies.every((cookie) => cookie.httpOnly && cookie.sameSite === 'Strict')).toBe(true);
    expect(JSON.stringify(cookies)).not.toContain(password);
  }

  async function verificationCode(number: string) {
    const authorization = `Basic ${Buffer.from(`${ACCOUNT.login}:${ACCOUNT.password}`).toString('base64')}`;
    const response = await fetch(`${sandboxUrl}/__sandbox/callerids/${number}/verification-code`, {
      headers: { authorization },
    });
    return ((await response.json()) as { verificationCode: string }).verificationCode;
  }

  test('an operator signs in, manages API credentials, one of which signs in elsewhere until disabled', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    // Before sign-in the session check answers 401, and so does the wrong password: the browser logs both.
    page.removeAllListeners('console');
    await page.goto('/account/credentials');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount%2Fcredentials/);
    await expectAccessible(page);
    await signIn(page, ACCOUNT.login, 'not-the-password');
    await expect(page.getByText('Wrong API login or password')).toBeVisible();
    await signIn(page, ACCOUNT.login, ACCOUNT.password);
    await expect(page).toHaveURL(/\/account\/credentials$/);
    await expect(page.getByRole('heading', { name: 'API credentials', level: 1 })).toBeVisible();
    await expect(page.getByRole('banner').getByText('Second Sandbox Account')).toBeVisible();
    await expectPasswordUnreadable(page, ACCOUNT.password);

    // Create: the password is shown once, with copy buttons.
    await page.getByRole('button', { name: 'New credential' }).click();
    const form = page.getByRole('dialog', { name: 'New API credential' });
    await form.getByRole('button', { name: 'Create' }).click();
    await expect(form.getByText('Give the credential a name')).toBeVisible();
    await form.getByLabel('Name').fill('E2E robot');
    await form.getByRole('button', { name: 'Create' }).click();
    const created = page.getByRole('dialog', { name: /E2E robot/ });
    await expect(created.getByText('it will not be shown again')).toBeVisible();
    const login = await created.getByRole('textbox', { name: 'Login' }).inputValue();
    const password = await created.getByRole('textbox', { name: 'Password' }).inputValue();
    expect(password.length).toBeGreaterThanOrEqual(20);
    await created.getByRole('button', { name: 'I have copied it' }).click();
    const grid = page.getByRole('grid', { name: 'API credentials' });
    await expect(grid.getByRole('row', { name: /E2E robot/ })).toContainText('Enabled');
    await page.getByRole('button', { name: 'Details of E2E robot' }).click();
    const details = page.getByRole('dialog', { name: 'E2E robot' });
    await expect(details.getByText(`****${password.slice(-4)}`)).toBeVisible();
    await details.getByRole('button', { name: 'Close' }).click();

    // The new credential signs in, in a browser of its own.
    const other = await browser.newContext({ baseURL: signInConsoleUrl });
    const robot = await other.newPage();
    robot.removeAllListeners('console'); // its session check before sign-in answers 401
    await robot.goto('/account');
    await expect(robot).toHaveURL(/\/sign-in/);
    await signIn(robot, login, password);
    await expect(robot.getByRole('region', { name: 'Profile' }).getByText('Second Sandbox Account')).toBeVisible();

    // Disabled, it no longer works: the other browser is sent back to sign-in, with a message.
    await page.getByRole('button', { name: 'Disable E2E robot' }).click();
    await expect(grid.getByRole('row', { name: /E2E robot/ })).toContainText('Disabled');
    await robot.reload();
    await expect(robot).toHaveURL(/\/sign-in\?returnTo=%2Faccount&ended=1/);
    await expect(robot.getByText('Your session ended')).toBeVisible();
    await other.close();

    await page.getByRole('button', { name: 'Enable E2E robot' }).click();
    await expect(grid.getByRole('row', { name: /E2E robot/ })).toContainText('Enabled');
    await page.getByRole('button', { name: 'Delete E2E robot' }).click();
    await page.getByRole('dialog', { name: 'Delete “E2E robot”?' }).getByRole('button', { name: 'Delete' }).click();
    await expect(grid.getByRole('row', { name: /E2E robot/ })).toHaveCount(0);
    await expectPasswordUnreadable(page, password);
  });

  test('an operator verifies a caller id, sees billing, and signs out', async ({ page }) => {
    test.setTimeout(90_000);
    page.removeAllListeners('console'); // the session check before sign-in answers 401, which the browser logs
    await page.goto('/account/caller-ids');
    await signIn(page, ACCOUNT.login, ACCOUNT.password);
    await expect(page.getByRole('heading', { name: 'Caller ids', level: 1 })).toBeVisible();
    await expect(page.getByText('No verified caller ids yet.')).toBeVisible();

    await page.getByLabel('Phone number').fill('12');
    await page.getByRole('button', { name: 'Send verification call' }).click();
    await expect(page.getByLabel('Phone number')).toHaveAccessibleDescription(/.+/);
    await page.getByLabel('Phone number').fill('(213) 555-0166');
    await page.getByRole('button', { name: 'Send verification call' }).click();
    await expect(page.getByText(/is calling \(213\) 555-0166/)).toBeVisible();
    const code = await verificationCode('12135550166');
    await page.getByLabel('Verification code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText('That code is not right')).toBeVisible();
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('list', { name: 'Verified caller ids' })).toContainText('(213) 555-0166');
    await expectAccessible(page);

    await page.getByRole('tab', { name: 'Billing' }).click();
    await expect(page.getByText('Credits this period')).toBeVisible();
    await page.getByRole('combobox', { name: 'Interval' }).click();
    await page.getByRole('option', { name: 'Last 12 months' }).click();
    await expect(page).toHaveURL(/interval=12-months/);
    await expect(page.getByRole('img', { name: /Credits used by month/ })).toBeVisible();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in$/);
    await page.goto('/account');
    await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount$/);
  });
});
