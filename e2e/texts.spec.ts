import type { APIRequestContext } from '@playwright/test';
import { sandboxUrl } from '../playwright.config';
import { expect as baseExpect, expectAccessible, test } from './support/fixtures';

// Pages of an area are compiled on their first visit; on a loaded machine that outlasts the default wait.
const expect = baseExpect.configure({ timeout: 45_000 });

test.describe.configure({ timeout: 180_000 });

const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** Drives the sandbox's simulated time (test-control routes, SANDBOX_TEST_CONTROL=1); not a console request. */
async function simulate(request: APIRequestContext, path: string, data: object) {
  const response = await request.post(`${sandboxUrl}/__sandbox/${path}`, { data });
  expect(response.ok(), await response.text()).toBe(true);
}

test('a templated text broadcast: preview, batches, start, texts with filled placeholders and stats', async ({
  page,
  request,
}) => {
  await page.goto('/broadcasts');
  await expect(page).toHaveURL(/\/broadcasts\/voice$/);
  await page.getByRole('tab', { name: 'Text' }).click();
  await expect(page).toHaveURL(/\/broadcasts\/text$/);
  await expect(page.getByRole('grid', { name: 'Text broadcasts' })).toBeVisible();
  await expectAccessible(page);

  const name = unique('Reminder texts');
  await page.getByRole('link', { name: 'New broadcast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New text broadcast' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page
    .getByLabel('Recipients', { exact: true })
    .fill('(213) 605-1040, first=Ann, code=11\n(213) 605-1041, first=Bo, code=22');
  await page.getByLabel('Message', { exact: true }).fill('Hi ${first}, your code is ${code}${suffix}.');
  const preview = page.getByRole('status', { name: 'Message preview' });
  await expect(preview).toContainText('Hi Ann, your code is 11.');
  await expect(page.getByText('${suffix} has no value for (213) 605-1040')).toBeVisible();
  await page.getByLabel('Message', { exact: true }).fill('Hi ${first}, your code is ${code}.');
  await expect(page.getByText(/\d+ characters · 1 part of 160/)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Create broadcast' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  // Edit (updateTextBroadcast): the message gains a sign-off.
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Message', { exact: true }).fill('Hi ${first}, your code is ${code}. Thanks!');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Settings' })).toContainText('your code is ${code}. Thanks!');

  // A batch of pasted numbers and recipients with attributes of their own.
  const batches = page.getByRole('region', { name: 'Batches' });
  await batches.getByRole('button', { name: 'Add batch' }).click();
  const batchDialog = page.getByRole('dialog', { name: 'Add a batch' });
  await batchDialog.getByLabel('Batch name').fill('Pasted');
  await batchDialog.getByLabel('Pasted numbers').check();
  await batchDialog.getByLabel('Phone numbers').fill('(213) 605-1050\n(213) 605-1051');
  await batchDialog.getByRole('button', { name: 'Add batch' }).click();
  await expect(batchDialog).toBeHidden();
  await expect(batches.getByRole('row', { name: /Pasted/ })).toContainText('2');
  await batches.getByRole('button', { name: 'Add recipients' }).click();
  const recipientsDialog = page.getByRole('dialog', { name: 'Add recipients' });
  await recipientsDialog.getByLabel('Recipient numbers').fill('(213) 605-1060, first=Cy, code=33');
  await recipientsDialog.getByRole('button', { name: 'Add recipients' }).click();
  await expect(recipientsDialog).toBeHidden();

  await page.getByRole('button', { name: 'Start' }).click();
  const preflight = page.getByRole('dialog', { name: `Start ${name}?` });
  await expect(preflight).toContainText('Recipients to text');
  await expect(preflight).toContainText('5');
  await preflight.getByRole('button', { name: 'Start broadcast' }).click();
  await expect(preflight).toBeHidden();
  const id = Number(page.url().split('/').pop());
  await simulate(request, 'simulate', { broadcastId: id, kind: 'text', status: 'FINISHED', maxMs: 3_600_000 });

  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats).toContainText('5 of 5 recipients done (100%)');
  await expect(stats.getByRole('img', { name: /Sent 5/ })).toBeVisible();
  const texts = page.getByRole('grid', { name: 'Texts of this broadcast' });
  await expect(texts).toContainText('Hi Ann, your code is 11. Thanks!');
  await expect(texts).toContainText('Hi Cy, your code is 33. Thanks!');
  await expect(texts).toContainText('Hi , your code is . Thanks!');
  await texts.getByRole('row', { name: /Hi Bo/ }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Text \d+$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Messages sent' })).toContainText('Hi Bo, your code is 22. Thanks!');
  await expectAccessible(page);
});

test('a reply that matches an auto-reply gets the reply; the conversation shows both', async ({ page, request }) => {
  await page.goto('/texts/auto-replies');
  await expect(page.getByRole('grid', { name: 'Auto-replies' })).toBeVisible();
  await expectAccessible(page);

  // The demo data already answers "info" on 67076: a second one is refused beside the field.
  await page.getByRole('button', { name: 'New auto-reply' }).click();
  const dialog = page.getByRole('dialog', { name: 'New auto-reply' });
  await dialog.getByRole('combobox', { name: 'Number' }).click();
  await page.getByRole('option', { name: 'Shared short code 67076' }).click();
  await dialog.getByLabel('Only texts containing (optional)').fill('INFO');
  await dialog.getByRole('textbox', { name: 'Reply' }).fill('Another answer');
  await dialog.getByRole('button', { name: 'Create auto-reply' }).click();
  await expect(dialog.getByText(/already answers 67076/)).toBeVisible();

  const reply = unique('We are at 100 Main St.');
  await dialog.getByRole('combobox', { name: 'Number' }).click();
  await page.getByRole('option', { name: '(213) 555-0111' }).click();
  await dialog.getByLabel('Only texts containing (optional)').fill('info');
  await dialog.getByRole('textbox', { name: 'Reply' }).fill(reply);
  await dialog.getByRole('button', { name: 'Create auto-reply' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: reply }).click();
  await expect(page.getByRole('dialog', { name: /Auto-reply \d+/ })).toContainText('(213) 555-0111');
  await page.getByRole('button', { name: 'Close' }).click();

  // Text a number whose simulated owner answers "INFO please" (last digits 02).
  await page.goto('/texts/send');
  await page.getByLabel('Numbers to text').fill('(213) 606-1002');
  await page.getByRole('combobox', { name: 'From number' }).click();
  await page.getByRole('option', { name: '(213) 555-0111' }).click();
  await page.getByLabel('Message for everyone').fill('Your order is ready.');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send texts' }).click();
  await expect(page.getByRole('region', { name: 'Texts sent' })).toContainText('(213) 606-1002');
  await simulate(request, 'clock/advance', { ms: 60_000 });

  await page.goto('/texts/conversations/12136061002');
  const thread = page.getByRole('log', { name: 'Texts in this conversation' });
  await expect(thread).toContainText('Your order is ready.');
  await expect(thread).toContainText('INFO please');
  await expect(thread).toContainText(reply);
  await expectAccessible(page);

  await page.goto('/texts?inbound=true&from=2136061002');
  await expect(page.getByRole('grid', { name: 'Texts' })).toContainText('INFO please');

  await page.goto('/texts/auto-replies?number=2135550111');
  await page.getByRole('button', { name: 'Delete auto-reply to (213) 555-0111' }).last().click();
  await page.getByRole('dialog', { name: 'Delete this auto-reply?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: reply })).toBeHidden();
});

test('a running text broadcast stops and archives, both confirmed', async ({ page }) => {
  const name = unique('Night texts');
  await page.goto('/broadcasts/text/new');
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Message', { exact: true }).fill('Good night');
  await page.getByLabel('Recipients', { exact: true }).fill('(213) 607-1040');
  // A one-minute window of local time: the broadcast runs but waits to send.
  await page.getByLabel("Only text during these hours of each recipient's local time").check();
  await page.getByLabel('Local time from').fill('03:00');
  await page.getByLabel('Local time until').fill('03:01');
  await page.getByRole('button', { name: 'Create and start' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Stop' }).click();
  await page
    .getByRole('dialog', { name: 'Stop this broadcast?' })
    .getByRole('button', { name: 'Stop broadcast' })
    .click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog', { name: 'Archive this broadcast?' }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('This broadcast is archived')).toBeVisible();
});
