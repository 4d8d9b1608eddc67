import type { Page } from '@playwright/test';
import { expect as baseExpect, expectAccessible, test } from './support/fixtures';

// Buying and configuring go through several pages and orders take a moment to process: these tests
// allow more time than the defaults, so a busy machine does not fail them.
test.describe.configure({ timeout: 120_000 });
const expect = baseExpect.configure({ timeout: 30_000 });

const display = (number: string) => `(${number.slice(1, 4)}) ${number.slice(4, 7)}-${number.slice(7)}`;

/** The account's credit balance as the order summary shows it. */
async function creditBalance(page: Page): Promise<number> {
  const text = await page.getByTestId('credit-balance').textContent();
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

test('finds a region, buys a local number, and makes it an IVR and then a call-tracking number', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/numbers/buy');
  await expect(page.getByRole('heading', { level: 1, name: 'Buy numbers' })).toBeVisible();

  // Region finder: a state and a city, then the numbers of one region.
  await chooseOption(page, 'State', 'Wyoming');
  await page.getByRole('button', { name: 'Find regions' }).click();
  await expect(page).toHaveURL(/state=WY/);
  const regions = page.getByRole('grid', { name: 'Regions' });
  await expect(regions.getByRole('row').nth(1)).toBeVisible();
  await regions
    .getByRole('button', { name: /^Show numbers in/ })
    .first()
    .click();
  const choices = page.getByRole('group', { name: 'Local numbers for sale' });
  const first = choices.getByRole('checkbox').first();
  await first.check();
  const label = (await choices.getByRole('checkbox').first().locator('xpath=ancestor::label').textContent()) ?? '';
  const shown = /\(\d{3}\) \d{3}-\d{4}/.exec(label)![0];
  const number = `1${shown.replace(/\D/g, '')}`;

  // The summary prices it against the balance; confirming places the order.
  await expect(page.getByTestId('order-total')).toHaveText('50 credits');
  await expect(page.getByTestId('credit-balance')).not.toHaveText('…');
  const before = await creditBalance(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Buy for 50 credits' }).click();
  await page.getByRole('dialog', { name: 'Place this order?' }).getByRole('button', { name: 'Buy' }).click();
  await expect(page).toHaveURL(/\/numbers\/orders\/\d+$/);
  await expect(page.getByText('The order is finished; everything it bought is yours.')).toBeVisible();

  // The credits dropped by the price (other tests may spend some too, never give any back).
  await page.goto('/numbers/buy');
  await expect(page.getByTestId('credit-balance')).not.toHaveText('…');
  expect(await creditBalance(page)).toBeLessThanOrEqual(before - 50);

  // The lease appears in the list, filtered by the number's exchange.
  await page.goto(`/numbers?prefix=${number.slice(0, 7)}`);
  const row = page.getByRole('row').filter({ hasText: shown });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Not set up');
  await row.getByRole('link', { name: shown }).click();
  await expect(page.getByRole('heading', { level: 1, name: display(number) })).toBeVisible();

  // Lease switches save at once.
  await page.getByRole('switch', { name: `Texts ${display(number)}` }).uncheck();
  await expect(page.getByRole('switch', { name: `Texts ${display(number)}` })).not.toBeChecked();

  // IVR: a dialplan that is not well-formed is refused beside the editor, a good one is saved.
  await page.getByRole('radio', { name: 'IVR' }).check();
  const editor = page.getByRole('textbox', { name: 'Dialplan XML' });
  await editor.fill('<dialplan><play type="tts">Hello');
  await page.getByRole('button', { name: 'Save inbound settings' }).click();
  await expect(page.getByText(/The dialplan is not well-formed XML/)).toBeVisible();
  await editor.fill('<dialplan name="Shop"><play type="tts">Thanks for calling the shop.</play></dialplan>');
  await page.getByRole('button', { name: 'Save inbound settings' }).click();
  await expect(page.getByText(`${display(number)} now answers with IVR`)).toBeVisible();
  await expectAccessible(page);

  // Switching to call tracking warns first; then every setting is filled in and saved.
  // The radio only moves once the switch is confirmed.
  await page.getByRole('radio', { name: 'Call tracking' }).click();
  await page
    .getByRole('dialog', { name: /a call-tracking number\?$/ })
    .getByRole('button', { name: 'Switch to Call tracking' })
    .click();
  await expect(page.getByText(/Saving replaces this number's IVR settings/)).toBeVisible();
  await page.getByLabel('Transfer numbers (tried in turn)').fill('(213) 555-0150\n(310) 555-0160');
  await page.getByRole('switch', { name: 'Record every call' }).check();
  await page.getByRole('switch', { name: 'Take a voicemail when nobody answers' }).check();
  await page.getByRole('switch', { name: /Transfer only during these hours/ }).check();
  await page.getByLabel('Account id').fill('UA-12345-2');
  await page.getByRole('button', { name: 'Save inbound settings' }).click();
  await expect(page.getByText(`${display(number)} now answers with Call tracking`)).toBeVisible();

  await page.reload();
  await expect(page.getByRole('radio', { name: 'Call tracking' })).toBeChecked();
  await expect(page.getByLabel('Transfer numbers (tried in turn)')).toHaveValue('12135550150\n13105550160');
  await expect(page.getByRole('switch', { name: `Texts ${display(number)}` })).not.toBeChecked();
  await page.goto(`/numbers?prefix=${number.slice(0, 7)}`);
  await expect(page.getByRole('row').filter({ hasText: shown })).toContainText('Call tracking');
});

test('finds toll-free numbers by pattern', async ({ page }) => {
  await page.goto('/numbers/buy?kind=tollFree');
  await page.getByLabel('Pattern').fill('88*');
  const choices = page.getByRole('group', { name: 'Toll-free numbers for sale' });
  await expect(choices.getByRole('checkbox').first()).toBeVisible();
  await expect(choices).toContainText('(888)');
  await expect(choices).not.toContainText('(800)');
  await page.getByLabel('Pattern').fill('8');
  await expect(page.getByText('Three characters ending in *, such as 8** or 88*')).toBeVisible();
  await expectAccessible(page);
});

test('checks keywords as they are typed, buys one and turns its auto-renewal off', async ({ page }) => {
  const keyword = `E2E${Date.now().toString(36).toUpperCase()}`;
  await page.goto('/numbers/keywords');
  await page.getByLabel('Keywords to check').fill(`${keyword.toLowerCase()} stop`);
  const availability = page
    .getByRole('group', { name: 'Keyword availability' })
    .or(page.getByLabel('Keyword availability'));
  await expect(availability.getByText('Available')).toBeVisible();
  await expect(availability.getByText('Taken')).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'STOP' })).toBeDisabled();
  await page.getByRole('checkbox', { name: keyword }).check();
  await expect(page.getByTestId('order-total')).toHaveText('200 credits');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Buy for 200 credits' }).click();
  await page.getByRole('dialog', { name: 'Place this order?' }).getByRole('button', { name: 'Buy' }).click();
  await expect(page.getByText('The order is finished; everything it bought is yours.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'keywords bought' })).toContainText(keyword);

  await page.goto(`/numbers/keywords?filter=${keyword}`);
  const renew = page.getByRole('switch', { name: `Auto-renew ${keyword}` });
  await expect(renew).toBeChecked();
  await renew.uncheck();
  await expect(renew).toBeEnabled();
  await page.reload();
  await expect(page.getByRole('switch', { name: `Auto-renew ${keyword}` })).not.toBeChecked();

  await page.getByRole('link', { name: keyword }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Keyword ${keyword}` })).toBeVisible();
  await page.getByRole('switch', { name: 'Ask people to confirm before they join' }).check();
  await page.getByLabel('Confirmation message').fill('Reply YES to join.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Saved ${keyword}`)).toBeVisible();
  await expectAccessible(page);
});

test('lists past orders and opens one', async ({ page }) => {
  await page.goto('/numbers/orders?status=FINISHED');
  const orders = page.getByRole('grid', { name: 'Orders' });
  await expect(orders.getByRole('row').filter({ hasText: '2 keywords' })).toBeVisible();
  await expectAccessible(page);
  await orders.getByRole('row').filter({ hasText: '2 keywords' }).getByRole('link').click();
  await expect(page.getByRole('list', { name: 'keywords bought' })).toContainText('SANDBOX');
  await page.getByRole('link', { name: 'SANDBOX' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Keyword SANDBOX' })).toBeVisible();
});
