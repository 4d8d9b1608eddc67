import type { APIRequestContext, Page } from '@playwright/test';
import { sandboxUrl, signInConsoleUrl } from '../playwright.config';
import { CONSOLE_HEADER } from '../shared/consoleHeader';
import { detailValue } from './support/detailList';
import { anyOf, expect, expectAccessible, failedRequest, failedSessionRequest, test } from './support/fixtures';
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
  await expect(profile.getByText('Account holder')).toBeVisible();
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
  // The page's accessibility is checked where the shell opens each area (shell.spec.ts).
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

// The sandbox's second account: these tests own its data, and each makes names and numbers of its own.
const ACCOUNT = { login: 'sandbox-2', password: 'sandbox-2-password' };
const accountAuthorization = (login: string, password: string) =>
  `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;
const uniqueName = (prefix: string) => `${prefix} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.describe('with sign-in (a console without credentials of its own)', () => {
  test.use({ baseURL: signInConsoleUrl });

  async function signIn(page: Page, login: string, password: string) {
    await page.getByLabel('API login').fill(login);
    await page.getByLabel('Password', { exact: true }).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /**
   * Signs `page` in through the console server's session route, as the sign-in form does, for tests whose
   * subject is what comes after: the form itself is exercised by the sign-in test.
   */
  async function signInDirectly(page: Page, login = ACCOUNT.login, password = ACCOUNT.password) {
    const response = await page.request.post('/auth/session', {
      data: { login, password },
      headers: { [CONSOLE_HEADER]: '1' },
    });
    expect(response.status(), await response.text()).toBe(200);
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
    const response = await fetch(`${sandboxUrl}/__sandbox/callerids/${number}/verification-code`, {
      headers: { authorization: accountAuthorization(ACCOUNT.login, ACCOUNT.password) },
    });
    return ((await response.json()) as { verificationCode: string }).verificationCode;
  }

  /** An API credential of the second account, made straight through the sandbox (setup, not UI coverage). */
  async function createCredentialDirectly(request: APIRequestContext, name: string) {
    const response = await request.post(`${sandboxUrl}/v2/me/api/credentials`, {
      headers: { authorization: accountAuthorization(ACCOUNT.login, ACCOUNT.password) },
      data: { name },
    });
    expect(response.ok(), await response.text()).toBe(true);
    return (await response.json()) as { id: number; username: string; password: string };
  }

  // Before sign-in the session check answers 401, and so does a wrong password: the browser logs both.
  const signInErrors = failedSessionRequest(401);
  test.use({ allowedConsoleErrors: signInErrors });

  test('sign-in leads back to the page asked for, refuses a wrong password and keeps the password unreadable', async ({
    page,
  }) => {
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
  });

  test.describe('a list page opened signed out', () => {
    // Its route asks for its first rows while the session check runs, so the console's server refuses that too.
    test.use({ allowedConsoleErrors: anyOf(signInErrors, failedRequest(401, /\/contacts/)) });

    test('still goes to sign-in, and shows its rows once signed in', async ({ page }) => {
      await page.goto('/contacts?pageSize=10');
      await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Fcontacts%3FpageSize%3D10/);
      await signIn(page, ACCOUNT.login, ACCOUNT.password);
      await expect(page).toHaveURL(/\/contacts\?pageSize=10$/);
      await expect(page.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
      await expect(page.getByRole('grid', { name: 'Contacts' })).toBeVisible();
    });
  });

  test('an API credential is created (its password shown once), disabled, enabled and deleted', async ({ page }) => {
    const name = uniqueName('E2E robot');
    await signInDirectly(page);
    await page.goto('/account/credentials');
    await page.getByRole('button', { name: 'New credential' }).click();
    const form = page.getByRole('dialog', { name: 'New API credential' });
    await form.getByRole('button', { name: 'Create' }).click();
    await expect(form.getByText('Give the credential a name')).toBeVisible();
    await form.getByLabel('Name').fill(name);
    await form.getByRole('button', { name: 'Create' }).click();
    const created = page.getByRole('dialog', { name: new RegExp(name) });
    await expect(created.getByText('it will not be shown again')).toBeVisible();
    await expect(created.getByRole('textbox', { name: 'Login' })).not.toHaveValue('');
    const password = await created.getByRole('textbox', { name: 'Password' }).inputValue();
    expect(password.length).toBeGreaterThanOrEqual(20);
    await created.getByRole('button', { name: 'I have copied it' }).click();

    const grid = page.getByRole('grid', { name: 'API credentials' });
    const row = grid.getByRole('row', { name: new RegExp(name) });
    await expect(row).toContainText('Enabled');
    await page.getByRole('button', { name: `Details of ${name}` }).click();
    const details = page.getByRole('dialog', { name });
    await expect(details.getByText(`****${password.slice(-4)}`)).toBeVisible();
    await details.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: `Disable ${name}` }).click();
    await expect(row).toContainText('Disabled');
    await page.getByRole('button', { name: `Enable ${name}` }).click();
    await expect(row).toContainText('Enabled');
    await page.getByRole('button', { name: `Delete ${name}` }).click();
    await page
      .getByRole('dialog', { name: `Delete “${name}”?` })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(row).toHaveCount(0);
    await expectPasswordUnreadable(page, password);
  });

  test.describe(() => {
    // Once its credential is disabled, every request the reloaded page makes at once is refused (401),
    // whichever comes first, and the session ends.
    test.use({ allowedConsoleErrors: anyOf(signInErrors, failedRequest(401, /\/[^?\]]*/)) });

    test('an API credential signs in, until it is disabled and its session ends', async ({ page, request }) => {
      const credential = await createCredentialDirectly(request, uniqueName('E2E signer'));
      await page.goto('/account');
      await expect(page).toHaveURL(/\/sign-in/);
      await signIn(page, credential.username, credential.password);
      await expect(page.getByRole('region', { name: 'Profile' }).getByText('Second Sandbox Account')).toBeVisible();

      const disabled = await request.post(`${sandboxUrl}/v2/me/api/credentials/${credential.id}/disable`, {
        headers: { authorization: accountAuthorization(ACCOUNT.login, ACCOUNT.password) },
      });
      expect(disabled.ok()).toBe(true);
      await page.reload();
      await expect(page).toHaveURL(/\/sign-in\?returnTo=%2Faccount&ended=1/);
      await expect(page.getByText('Your session ended')).toBeVisible();
    });
  });

  test('a caller id is verified with the code of its verification call', async ({ page }) => {
    // A number of this run's own, so a sandbox kept from an earlier run has not verified it yet.
    const line = String(100 + Math.floor(Math.random() * 100)).padStart(4, '0');
    const number = `1213555${line}`;
    const shown = `(213) 555-${line}`;
    await signInDirectly(page);
    await page.goto('/account/caller-ids');
    await expect(page.getByRole('heading', { name: 'Caller ids', level: 1 })).toBeVisible();

    await page.getByLabel('Phone number').fill('12');
    await page.getByRole('button', { name: 'Send verification call' }).click();
    await expect(page.getByLabel('Phone number')).toHaveAccessibleDescription(/.+/);
    await page.getByLabel('Phone number').fill(shown);
    await page.getByRole('button', { name: 'Send verification call' }).click();
    await expect(page.getByText(`is calling ${shown}`)).toBeVisible();
    const code = await verificationCode(number);
    await page.getByLabel('Verification code').fill(code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByText('That code is not right')).toBeVisible();
    await page.getByLabel('Verification code').fill(code);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect(page.getByRole('list', { name: 'Verified caller ids' })).toContainText(shown);
    await expectAccessible(page);
  });

  test('billing keeps its interval in the address, and signing out ends the session', async ({ page }) => {
    await signInDirectly(page);
    await page.goto('/account/billing');
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
