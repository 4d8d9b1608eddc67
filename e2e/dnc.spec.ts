import type { Page } from '@playwright/test';
import { anyOf, expect, expectAccessible, failedRequest, test } from './support/fixtures';
import { sandboxPost } from './support/sandboxApi';

/** The browser's clipboard classes, reached through globalThis: this file compiles without the DOM library. */
interface BrowserClipboard {
  DataTransfer: new () => { setData(format: string, data: string): void };
  ClipboardEvent: new (type: string, init: { clipboardData: unknown; bubbles: boolean; cancelable: boolean }) => Event;
}

/**
 * Numbers no other test (or earlier run against the same sandbox) uses: a random exchange in an area
 * code of the test's own, line numbers below the sandbox's carrier-blocked 99xx range.
 */
function uniqueNumbers(areaCode: string, count: number): string[] {
  const exchange = 200 + Math.floor(Math.random() * 700);
  const start = Math.floor(Math.random() * (9900 - count));
  return Array.from(
    { length: count },
    (_, index) => `1${areaCode}${exchange}${String(start + index).padStart(4, '0')}`,
  );
}

const display = (number: string) => `(${number.slice(1, 4)}) ${number.slice(4, 7)}-${number.slice(7)}`;
const uniqueSource = (name: string) => `${name} ${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * Puts numbers on the list straight through the sandbox (adding them in the console has tests of its own)
 * and opens the list filtered by their source, as the console does after adding.
 */
async function addNumbers(page: Page, numbers: string[], source: string) {
  await sandboxPost(page.request, '/contacts/dncs', { numbers, call: true, text: true, source });
  await page.goto(`/dnc?source=${encodeURIComponent(source)}`);
}

/** Makes CallFire answer one kind of request with an error (the test allows the browser's log of it). */
async function refuse(page: Page, url: string, method: string, status: number, message: string) {
  await page.route(url, (route) =>
    route.request().method() === method
      ? route.fulfill({
          status,
          contentType: 'application/json',
          body: JSON.stringify({ httpStatusCode: status, internalCode: 0, message }),
        })
      : route.continue(),
  );
}

const row = (page: Page, number: string) => page.getByRole('row').filter({ hasText: display(number) });

test('bulk add points out invalid entries, adds the rest and keeps the invalid ones on screen', async ({ page }) => {
  const numbers = uniqueNumbers('917', 3);
  const source = uniqueSource('Walk-in opt-outs');
  await page.goto('/dnc/add');
  await expect(page.getByRole('heading', { level: 1, name: 'Add do-not-contact numbers' })).toBeVisible();

  await page
    .getByLabel('Phone numbers')
    .fill(`${display(numbers[0])}, +${numbers[1]}\n${numbers[2].slice(1)}\nnot-a-number\n555-0100\n${numbers[0]}`);
  await expect(page.getByText('3 numbers ready to add (1 duplicates left out)')).toBeVisible();
  const invalid = page.getByRole('list', { name: 'Invalid entries' });
  await expect(invalid).toContainText('not-a-number');
  await expect(invalid).toContainText('555-0100: A phone number has 10 digits');
  await page.getByLabel('Source').fill(source);
  await page.getByLabel('Do not text').uncheck();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Add 3 numbers' }).click();
  await expect(page.getByLabel('Phone numbers')).toHaveValue('not-a-number\n555-0100');

  // Leaving with entries still in the box asks first.
  await page.getByRole('button', { name: 'Back to the list' }).click();
  await page.getByRole('dialog', { name: 'Leave without saving?' }).getByRole('button', { name: 'Leave' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Do not contact' })).toBeVisible();
  await page.getByRole('textbox', { name: 'Source' }).fill(source);
  await expect(page.getByText('3 numbers', { exact: true })).toBeVisible();
  for (const number of numbers) await expect(row(page, number)).toBeVisible();
  await expect(page.getByLabel(`Do not call ${display(numbers[0])}`)).toBeChecked();
  await expect(page.getByLabel(`Do not text ${display(numbers[0])}`)).not.toBeChecked();
});

test('the list filters by prefix and flags, and keeps them in the address', async ({ page }) => {
  const numbers = uniqueNumbers('631', 2);
  const source = uniqueSource('Filters');
  await addNumbers(page, numbers, source);
  await expect(page.getByText('2 numbers', { exact: true })).toBeVisible();
  await page.getByLabel('Number starts with').fill(numbers[1].slice(1));
  await expect(page).toHaveURL(/prefix=/);
  await expect(page.getByText('1 number', { exact: true })).toBeVisible();
  await expect(row(page, numbers[1])).toBeVisible();
  await page.getByLabel('Number starts with').fill('12a');
  await expect(page.getByText('Digits only')).toBeVisible();
  await page.getByLabel('Number starts with').fill('');
  await expect(page.getByText('2 numbers', { exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Source' })).toHaveValue(source);
  // The box follows the address bar, which updates just after the click.
  await page.getByLabel('Do-not-call only').click();
  await expect(page).toHaveURL(/call=true/);
  await expect(page.getByText('2 numbers', { exact: true })).toBeVisible();
  await page.getByLabel('Campaign id').fill('987654');
  await expect(page.getByText('0 numbers', { exact: true })).toBeVisible();
});

test('a large paste is kept aside and added in batches', async ({ page }) => {
  const numbers = uniqueNumbers('480', 5000);
  const source = uniqueSource('Large paste');
  await page.goto('/dnc/add');
  await page.getByLabel('Phone numbers').evaluate((box, text) => {
    const { DataTransfer, ClipboardEvent } = globalThis as unknown as BrowserClipboard;
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
  }, numbers.join('\n'));
  await expect(page.getByRole('region', { name: 'Phone numbers' })).toContainText('Pasted: 5,000 lines');
  await expect(page.getByText('5,000 numbers ready to add')).toBeVisible();
  await page.getByLabel('Source').fill(source);
  await page.getByRole('button', { name: 'Add 5,000 numbers' }).click();
  await expect(page.getByText('Added 5,000 numbers to the do-not-contact list')).toBeVisible();
  await expect(page.getByText('5,000 numbers', { exact: true })).toBeVisible();
});

test('the add form refuses an empty list and no list chosen', async ({ page }) => {
  await page.goto('/dnc/add');
  await page.getByRole('button', { name: 'Add numbers' }).click();
  await expect(page.getByText('Paste or type at least one phone number')).toBeVisible();
  await page.getByLabel('Phone numbers').fill('2135550100');
  await page.getByLabel('Do not call').uncheck();
  await page.getByLabel('Do not text').uncheck();
  await page.getByRole('button', { name: 'Add 1 number' }).click();
  await expect(page.getByText('Choose do-not-call, do-not-text or both')).toBeVisible();
});

test('a CSV file fills the list from its phone column', async ({ page }) => {
  const numbers = uniqueNumbers('929', 2);
  await page.goto('/dnc/add');
  await page.getByLabel('Load a CSV file').setInputFiles({
    name: 'opt-outs.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`name,phone\nAnn,${display(numbers[0])}\nBob,${numbers[1]}\n`),
  });
  await expect(page.getByText('Loaded 2 values from the “phone” column of opt-outs.csv')).toBeVisible();
  await expect(page.getByLabel('Phone numbers')).toHaveValue(`${display(numbers[0])}\n${numbers[1]}`);
  await expect(page.getByText('2 numbers ready to add')).toBeVisible();
});

test.describe(() => {
  test.use({ allowedConsoleErrors: failedRequest(400, /\/contacts\/dncs/) });

  test('a refused batch is reported and its numbers stay on screen', async ({ page }) => {
    const numbers = uniqueNumbers('949', 2);
    await refuse(page, '**/api/contacts/dncs', 'POST', 400, 'body.numbers: refused for the test');
    await page.goto('/dnc/add');
    await page.getByLabel('Phone numbers').fill(numbers.join('\n'));
    await page.getByRole('button', { name: 'Add 2 numbers' }).click();
    await expect(page.getByText('Added 0 of 2 numbers')).toBeVisible();
    await expect(page.getByText(/CallFire refused 2: body.numbers: refused for the test/)).toBeVisible();
    await expect(page.getByLabel('Phone numbers')).toHaveValue(numbers.join('\n'));
  });
});

test.describe(() => {
  test.use({ allowedConsoleErrors: failedRequest(500, /\/contacts\/dncs\/\d+/) });

  test('toggling a flag in the list saves it, and rolls back when CallFire refuses', async ({ page }) => {
    const [number] = uniqueNumbers('718', 1);
    const source = uniqueSource('Toggle');
    await addNumbers(page, [number], source);
    const textSwitch = page.getByLabel(`Do not text ${display(number)}`);
    await expect(textSwitch).toBeChecked();
    await textSwitch.click();
    await expect(textSwitch).not.toBeChecked();
    await page.reload();
    await expect(page.getByLabel(`Do not text ${display(number)}`)).not.toBeChecked();

    await refuse(page, '**/api/contacts/dncs/*', 'PUT', 500, 'CallFire had a problem');
    const callSwitch = page.getByLabel(`Do not call ${display(number)}`);
    await callSwitch.click();
    await expect(page.getByText('CallFire had a problem')).toBeVisible();
    await expect(callSwitch).toBeChecked();
  });
});

test('an entry is opened, edited and deleted from its own page', async ({ page }) => {
  const [number] = uniqueNumbers('646', 1);
  const source = uniqueSource('Edit');
  await addNumbers(page, [number], source);
  await page.getByRole('link', { name: display(number) }).click();
  await expect(page.getByRole('heading', { level: 1, name: display(number) })).toBeVisible();
  await expect(page.getByLabel('Source')).toHaveValue(source);
  await expectAccessible(page);

  await page.getByLabel('Source').fill('');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a source')).toBeVisible();
  const renamed = `${source} renamed`;
  await page.getByLabel('Source').fill(renamed);
  await page.getByLabel('Block inbound texts from this number').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText(`Saved ${display(number)}`)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Source')).toHaveValue(renamed);
  await expect(page.getByLabel('Block inbound texts from this number')).toBeChecked();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/dnc$/);
  await expect(page.getByText(`Deleted ${display(number)}`)).toBeVisible();
});

test.describe(() => {
  // The sandbox's 404 and 400 answers are logged by the browser, and by React Router for its error page.
  test.use({
    allowedConsoleErrors: anyOf(
      failedRequest(404, /\/contacts\/dncs\/12125559876/),
      failedRequest(400, /\/contacts\/dncs\/hello/),
      /ApiError: (Do-not-contact number 12125559876 not found|number: "hello" is not a valid phone number)/,
    ),
  });

  test('an unknown or malformed number shows why it cannot be opened', async ({ page }) => {
    await page.goto('/dnc/12125559876');
    await expect(page.getByRole('alert')).toContainText('Do-not-contact number 12125559876 not found');
    await page.goto('/dnc/hello');
    await expect(page.getByRole('alert')).toContainText('"hello" is not a valid phone number');
  });
});

test('deleting one row and then the selected rows', async ({ page }) => {
  const numbers = uniqueNumbers('347', 3);
  await addNumbers(page, numbers, uniqueSource('Select'));
  await page.getByRole('button', { name: `Delete ${display(numbers[0])}` }).click();
  await expect(page.getByRole('dialog')).toContainText(`${display(numbers[0])} will be removed`);
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(row(page, numbers[0])).toHaveCount(0);

  await row(page, numbers[1]).getByRole('checkbox').check();
  await row(page, numbers[2]).getByRole('checkbox').check();
  await page.getByRole('button', { name: 'Delete selected (2)' }).click();
  await expect(page.getByRole('dialog')).toContainText('These 2 numbers will be removed');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('Deleted 2 numbers')).toBeVisible();
  await expect(page.getByText('0 numbers', { exact: true })).toBeVisible();
});

test('deleting a source states how many entries it holds', async ({ page }) => {
  const source = uniqueSource('Old import');
  await addNumbers(page, uniqueNumbers('212', 4), source);
  await page.getByRole('button', { name: 'Delete a source' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Source')).toHaveValue(source);
  await expect(dialog).toContainText(`This deletes all 4 entries from “${source}”`);
  await expectAccessible(page);
  await dialog.getByLabel('Source').fill(`${source} missing`);
  await expect(dialog.getByText(`No entries have the source “${source} missing”`)).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Delete' })).toBeDisabled();
  await dialog.getByLabel('Source').fill(source);
  await dialog.getByRole('button', { name: 'Delete 4 entries' }).click();
  await expect(page.getByText(`Deleted 4 entries from “${source}”`)).toBeVisible();
  await expect(page.getByText('0 numbers', { exact: true })).toBeVisible();
});

test('the current filter exports to CSV', async ({ page }) => {
  const numbers = uniqueNumbers('415', 2);
  const source = uniqueSource('Export');
  await addNumbers(page, numbers, source);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Number,Do not call,Do not text,Inbound calls blocked,Inbound texts blocked,Source,Campaign id,Added',
  );
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(numbers.sort());
  expect(lines[1]).toContain(`,yes,yes,no,no,${source},`);
});

test('the universal lookup combines carrier blocks with the account list', async ({ page }) => {
  const [listed] = uniqueNumbers('305', 1);
  await addNumbers(page, [listed], uniqueSource('Universal'));
  await page.getByRole('link', { name: 'Check a number' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check a number' })).toBeVisible();

  await page.getByLabel('Number to check').fill('12');
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('A phone number has 10 digits')).toBeVisible();

  await page.getByLabel('Number to check').fill(display(listed));
  await page.getByRole('button', { name: 'Check' }).click();
  const outbound = page.getByRole('row', { name: /^Outbound/ });
  await expect(outbound.getByRole('cell').nth(0)).toHaveText('Blocked');
  await expect(outbound.getByRole('cell').nth(1)).toHaveText('Blocked');
  await expect(
    page
      .getByRole('row', { name: /^Inbound/ })
      .getByRole('cell')
      .nth(0),
  ).toHaveText('Allowed');
  await expectAccessible(page);

  await page.getByLabel('Number to check').fill('(212) 555-9901');
  await page.getByLabel('Your number (optional)').fill(display(listed));
  await page.getByRole('button', { name: 'Check' }).click();
  await expect(page).toHaveURL(/to=12125559901&from=/);
  const result = page.getByRole('region', { name: 'Result' });
  await expect(result.getByText('Blocked')).toHaveCount(4);
  await expect(result.getByText('Allowed')).toHaveCount(0);
});
