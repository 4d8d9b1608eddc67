import type { APIRequestContext, Page } from '@playwright/test';
import { expect, expectAccessible, test } from './support/fixtures';
import { sandboxGet, sandboxPost, sandboxPut } from './support/sandboxApi';
import { chooseOption } from './support/selectOption';
import { advanceClock } from './support/simulation';

const display = (number: string) => `(${number.slice(1, 4)}) ${number.slice(4, 7)}-${number.slice(7)}`;
/** How long the sandbox keeps an order PROCESSING, in simulated time (`sandbox/areas/numbers/orders.ts`). */
const ORDER_PROCESSING_MS = 5000;

/** The account's credit balance as the order summary shows it. */
async function creditBalance(page: Page): Promise<number> {
  const text = await page.getByTestId('credit-balance').textContent();
  return Number((text ?? '').replace(/[^\d.]/g, ''));
}

/** Confirms the order the summary prices at `credits`, and moves simulated time past its processing. */
async function placeOrder(page: Page, request: APIRequestContext, credits: number) {
  await page.getByRole('button', { name: `Buy for ${credits} credits` }).click();
  await page.getByRole('dialog', { name: 'Place this order?' }).getByRole('button', { name: 'Buy' }).click();
  await expect(page).toHaveURL(/\/numbers\/orders\/\d+$/);
  await advanceClock(request, ORDER_PROCESSING_MS);
  await expect(page.getByText('The order is finished; everything it bought is yours.')).toBeVisible();
}

/** A local number leased straight through the sandbox (setup for the tests of what comes after buying). */
async function leaseNumberDirectly(request: APIRequestContext, state: string): Promise<string> {
  const { items } = await sandboxGet<{ items: { number: string }[] }>(
    request,
    `/numbers/local?state=${state}&limit=20`,
  );
  // A random one of the first few, so tests running at once rarely want the same number.
  const number = items[Math.floor(Math.random() * items.length)]!.number;
  await sandboxPost(request, '/orders/numbers', { numbers: [number] });
  await advanceClock(request, ORDER_PROCESSING_MS);
  return number;
}

const remainingCredits = async (request: APIRequestContext) =>
  (await sandboxGet<{ totalRemainingCredits: number }>(request, '/me/billing/plan-usage')).totalRemainingCredits;

test('finds a region and buys a local number; the order finishes and costs its price', async ({ page, request }) => {
  await page.goto('/numbers/buy');
  await expect(page.getByRole('heading', { level: 1, name: 'Buy numbers' })).toBeVisible();

  // Region finder: a state and a city, then the numbers of one region.
  await chooseOption(page, page.getByRole('combobox', { name: 'State' }), 'Wyoming');
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

  // The summary prices it against the balance; confirming places the order, which then finishes.
  await expect(page.getByTestId('order-total')).toHaveText('50 credits');
  await expect(page.getByTestId('credit-balance')).not.toHaveText('…');
  const before = await creditBalance(page);
  await placeOrder(page, request, 50);
  const bought = page.getByRole('list', { name: 'local numbers bought' });
  await expect(bought.getByRole('link', { name: shown })).toHaveAttribute('href', `/numbers/${number}`);

  // The credits dropped by the price (other tests may spend some too, never give any back).
  expect(await remainingCredits(request)).toBeLessThanOrEqual(before - 50);
});

test('a leased number is listed, saves its switches at once and refuses a malformed IVR dialplan beside the editor', async ({
  page,
  request,
}) => {
  const number = await leaseNumberDirectly(request, 'VT');
  // The owned numbers list shows the new lease, filtered by the number's exchange, and opens it.
  await page.goto(`/numbers?prefix=${number.slice(0, 7)}`);
  const row = page.getByRole('row').filter({ hasText: display(number) });
  await expect(row).toContainText('Active');
  await expect(row).toContainText('Not set up');
  await row.getByRole('link', { name: display(number) }).click();
  await expect(page.getByRole('heading', { level: 1, name: display(number) })).toBeVisible();

  await page.getByRole('switch', { name: `Texts ${display(number)}` }).uncheck();
  await expect(page.getByRole('switch', { name: `Texts ${display(number)}` })).not.toBeChecked();

  await page.getByRole('radio', { name: 'IVR' }).check();
  const editor = page.getByRole('textbox', { name: 'Dialplan XML' });
  await editor.fill('<dialplan><play type="tts">Hello');
  await page.getByRole('button', { name: 'Save inbound settings' }).click();
  await expect(page.getByText(/The dialplan is not well-formed XML/)).toBeVisible();
  await editor.fill('<dialplan name="Shop"><play type="tts">Thanks for calling the shop.</play></dialplan>');
  await page.getByRole('button', { name: 'Save inbound settings' }).click();
  await expect(page.getByText(`${display(number)} now answers with IVR`)).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(page.getByRole('radio', { name: 'IVR' })).toBeChecked();
  await expect(page.getByRole('switch', { name: `Texts ${display(number)}` })).not.toBeChecked();
});

test('an IVR number becomes a call-tracking number after a warning, with every setting saved', async ({
  page,
  request,
}) => {
  const number = await leaseNumberDirectly(request, 'NH');
  // Made an IVR number straight through the sandbox: the IVR form is the previous test's subject.
  await sandboxPut(request, `/numbers/leases/configs/${number}`, {
    configType: 'IVR',
    ivrInboundConfig: { dialplanXml: '<dialplan name="Desk"><play type="tts">Hello.</play></dialplan>' },
  });
  await page.goto(`/numbers/${number}`);
  await expect(page.getByRole('radio', { name: 'IVR' })).toBeChecked();

  // Switching to call tracking warns first; the radio only moves once the switch is confirmed.
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
  await expect(page.getByRole('switch', { name: 'Record every call' })).toBeChecked();
  await expect(page.getByRole('switch', { name: 'Take a voicemail when nobody answers' })).toBeChecked();
  await expect(page.getByLabel('Account id')).toHaveValue('UA-12345-2');
  await page.goto(`/numbers?prefix=${number.slice(0, 7)}`);
  await expect(page.getByRole('row').filter({ hasText: display(number) })).toContainText('Call tracking');
});

test('finds toll-free numbers by pattern and prices a choice', async ({ page }) => {
  await page.goto('/numbers/buy?kind=tollFree');
  await page.getByLabel('Pattern').fill('88*');
  const choices = page.getByRole('group', { name: 'Toll-free numbers for sale' });
  await expect(choices.getByRole('checkbox').first()).toBeVisible();
  await expect(choices).toContainText('(888)');
  await expect(choices).not.toContainText('(800)');
  // The buy page with its order summary, checked here rather than in the longer local-number journey.
  await choices.getByRole('checkbox').first().check();
  await expect(page.getByTestId('order-total')).toHaveText(/^[\d,]+ credits$/);
  await expectAccessible(page);
  await page.getByLabel('Pattern').fill('8');
  await expect(page.getByText('Three characters ending in *, such as 8** or 88*')).toBeVisible();
});

const uniqueKeyword = () => `E2E${Date.now().toString(36).toUpperCase()}${Math.floor(Math.random() * 100)}`;

test('checks keywords as they are typed and buys one', async ({ page, request }) => {
  const keyword = uniqueKeyword();
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
  await placeOrder(page, request, 200);
  await expect(page.getByRole('list', { name: 'keywords bought' })).toContainText(keyword);
});

test('a leased keyword turns its auto-renewal off and saves its confirmation settings', async ({ page, request }) => {
  // Bought straight through the sandbox: buying is the previous test's subject.
  const keyword = uniqueKeyword();
  await sandboxPost(request, '/orders/keywords', { keywords: [keyword] });
  await advanceClock(request, ORDER_PROCESSING_MS);

  await page.goto(`/numbers/keywords?filter=${keyword}`);
  const renew = page.getByRole('switch', { name: `Auto-renew ${keyword}` });
  await expect(renew).toBeChecked();
  // The grid may still re-render its first rows (a click on a row being replaced is lost); the switch
  // turns at once when it takes the click, so click again only until it has.
  await expect(async () => {
    if (await renew.isChecked()) await renew.click();
    await expect(renew).not.toBeChecked({ timeout: 1000 });
  }).toPass();
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
  await page.reload();
  await expect(page.getByRole('switch', { name: 'Ask people to confirm before they join' })).toBeChecked();
  await expect(page.getByLabel('Confirmation message')).toHaveValue('Reply YES to join.');
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
