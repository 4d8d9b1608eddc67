import { detailValue } from './support/detailList';
import { anyOf, expect, expectAccessible, failedRequest, test } from './support/fixtures';
import { advanceClock } from './support/simulation';

test('finds calls with filters kept in the address', async ({ page }) => {
  await page.goto('/calls');
  await expect(page.getByRole('grid', { name: 'Calls' })).toBeVisible();
  await page.getByRole('combobox', { name: 'States' }).click();
  await page.getByRole('option', { name: 'Finished' }).click();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/states=FINISHED/);

  await page.goto('/calls?results=LA');
  await expect(page.getByRole('combobox', { name: 'Results' })).toHaveText('Live answer');
  await expect(page.getByRole('grid', { name: 'Calls' }).getByText('Live answer').first()).toBeVisible();
  // The broadcast filter is chosen by name; the address keeps its id.
  const broadcastPicker = page.getByRole('combobox', { name: 'Broadcast' });
  await broadcastPicker.click();
  const option = page.getByRole('option').first();
  const broadcastName = (await option.textContent())!;
  await option.click();
  await expect(page).toHaveURL(/results=LA.*broadcast=\d+|broadcast=\d+.*results=LA/);
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Broadcast' })).toHaveValue(broadcastName);
  await page.getByLabel('To number').fill('555');
  await expect(page.getByText('A phone number has 10 digits, or 11 starting with 1')).toBeVisible();
});

test('sends calls to a few numbers and follows one to its result', async ({ page, request }) => {
  await page.goto('/calls/send');
  await expect(page.getByRole('heading', { level: 1, name: 'Send calls' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Numbers to call').fill('(213) 603-0101\n(213) 603-0102');
  await page.getByLabel('Live answer message text').fill('Your order is ready for pickup.');
  await page.getByRole('button', { name: 'Send calls' }).click();
  const sent = page.getByRole('region', { name: 'Calls sent' });
  await expect(sent.getByRole('link')).toHaveCount(2);
  await sent.getByRole('link', { name: /to \(213\) 603-0101/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Call \d+$/ })).toBeVisible();
  const call = page.getByRole('region', { name: 'Call' });
  await expect(detailValue(call, 'To')).toHaveText('(213) 603-0101');
  await expect(detailValue(call, 'Broadcast')).toHaveText('Sent on its own');
  // A number ending in 01 answers in person within a minute of simulated time; the page follows it.
  await advanceClock(request, 5 * 60 * 1000);
  await expect(detailValue(call, 'Result')).toHaveText('Live answer');
});

test('refuses more than 10 numbers beside the field', async ({ page }) => {
  await page.goto('/calls/send');
  const eleven = Array.from({ length: 11 }, (_, index) => `(213) 603-${String(2000 + index)}`);
  await page.getByLabel('Numbers to call').fill(eleven.join('\n'));
  await page.getByLabel('Live answer message text').fill('Hello');
  await page.getByRole('button', { name: 'Send calls' }).click();
  await expect(page.getByText(/At most 10 numbers at once \(11 entered\)/)).toBeVisible();
});

test('a call names its broadcast and batch, linking to the broadcast', async ({ page }) => {
  await page.goto('/calls');
  const grid = page.getByRole('grid', { name: 'Calls' });
  const broadcastLink = grid.locator('a[href^="/broadcasts/voice/"]').first();
  // The broadcast's name replaces the fallback once read (once for every row).
  await expect(broadcastLink).not.toHaveText(/^Voice broadcast \d+$/);
  const name = (await broadcastLink.textContent())!;
  const href = (await broadcastLink.getAttribute('href'))!;
  await grid
    .getByRole('row')
    .filter({ has: page.locator(`a[href="${href}"]`) })
    .first()
    .getByRole('link')
    .first()
    .click();
  const call = page.getByRole('region', { name: 'Call' });
  await expect(detailValue(call, 'Broadcast')).toHaveText(name);
  await detailValue(call, 'Broadcast').getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
});

test.describe('a missing call', () => {
  test.use({ allowedConsoleErrors: anyOf(failedRequest(404, /\/calls\/987654321/), /Call 987654321 not found/) });

  test('says what is missing and links back to the calls', async ({ page }) => {
    await page.goto('/calls/987654321');
    await expect(page.getByRole('heading', { level: 1, name: 'Call not found' })).toBeVisible();
    await expect(page.getByText('There is no call 987654321 in this account')).toBeVisible();
    await page.getByRole('link', { name: 'Back to the calls' }).click();
    await expect(page).toHaveURL(/\/calls$/);
  });
});
