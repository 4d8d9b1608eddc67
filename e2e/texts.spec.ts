import type { APIRequestContext } from '@playwright/test';
import { makePng } from '../sandbox/areas/sounds/demoImage';
import { detailValue } from './support/detailList';
import { anyOf, expect, expectAccessible, failedRequest, test } from './support/fixtures';
import { sandboxGet, sandboxPost } from './support/sandboxApi';
import { advanceClock, runTextBroadcastUntil } from './support/simulation';

const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/**
 * A number no other test (or repeat) texts, ending in `lastTwo`: the simulated recipient's reply
 * depends on the last two digits only (00–29 reply, `REPLIES[digits % 6]`: 02 "INFO please", 04 "STOP").
 */
const freshNumber = (lastTwo: string) => {
  const middle = String(Math.floor(Math.random() * 10_000)).padStart(4, '0');
  return `(213) 6${middle.slice(0, 2)}-${middle.slice(2)}${lastTwo}`;
};
const digitsOf = (number: string) => `1${number.replace(/\D/g, '')}`;

/** A text broadcast made straight through the sandbox: setup, not what the test exercises. */
async function createTextBroadcast(request: APIRequestContext, name: string, start = false) {
  const { id } = await sandboxPost<{ id: number }>(request, `/texts/broadcasts?start=${start}`, {
    name,
    message: 'Hi ${first}, your code is ${code}.',
    recipients: [
      { phoneNumber: '12136051040', attributes: { first: 'Ann', code: '11' } },
      { phoneNumber: '12136051041', attributes: { first: 'Bo', code: '22' } },
    ],
  });
  return id;
}

test('the message previews a recipient’s text, counts its parts and says what happens past 160 characters', async ({
  page,
}) => {
  await page.goto('/broadcasts/text/new');
  await page.getByLabel('Recipients', { exact: true }).fill('(213) 605-1040, first=Ann, code=11');

  // The preview fills placeholders from the first recipient and names those it has no value for.
  const message = page.getByLabel('Message', { exact: true });
  await message.fill('Hi ${first}, your code is ${code}${suffix}.');
  await expect(page.getByRole('status', { name: 'Message preview' })).toContainText('Hi Ann, your code is 11.');
  await expect(page.getByText('${suffix} has no value for (213) 605-1040')).toBeVisible();

  // Over 160 characters: the strategy decides what is sent, and the form says so.
  await message.fill(`Hi \${first}, ${'x'.repeat(170)}`);
  await expect(page.getByText('178 characters · 2 parts of 160')).toBeVisible();
  await expect(page.getByText('Sent as 2 messages, each billed.')).toBeVisible();
  await page.getByRole('combobox', { name: 'Over 160 characters' }).click();
  await page.getByRole('option', { name: 'Do not send it' }).click();
  await expect(page.getByText('Over 160 characters: it will not be sent (too big).')).toBeVisible();
  await expectAccessible(page);
});

test('text broadcasts are a tab of the broadcasts area, with their own list and form', async ({ page }) => {
  await page.goto('/broadcasts');
  await expect(page).toHaveURL(/\/broadcasts\/voice$/);
  await page.getByRole('tab', { name: 'Text' }).click();
  await expect(page).toHaveURL(/\/broadcasts\/text$/);
  await expect(page.getByRole('grid', { name: 'Text broadcasts' })).toBeVisible();
  await page.getByRole('link', { name: 'New broadcast' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New text broadcast' })).toBeVisible();
});

test('a text broadcast is created with its sender, strategy and a media attachment, then edited', async ({ page }) => {
  const name = unique('Reminder texts');
  await page.goto('/broadcasts/text/new');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('combobox', { name: 'From number' }).click();
  await page.getByRole('option', { name: '(213) 555-0111' }).click();
  await page.getByLabel('Message', { exact: true }).fill('Hi ${first}, your code is ${code}.');
  await page.getByRole('combobox', { name: 'Over 160 characters' }).click();
  await page.getByRole('option', { name: 'Do not send it' }).click();
  const image = unique('map').replace(/\s/g, '-');
  await page.getByLabel('Media file to attach').setInputFiles({
    name: `${image}.png`,
    mimeType: 'image/png',
    buffer: makePng(16, 16, (x, y) => [x * 16, y * 16, Math.floor(Math.random() * 256)]),
  });
  await expect(page.getByRole('button', { name: `Attached: ${image}` })).toBeVisible();
  await page.getByLabel('Recipients', { exact: true }).fill('(213) 605-1040, first=Ann, code=11');
  await page.getByRole('button', { name: 'Create broadcast' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  const settings = page.getByRole('region', { name: 'Settings' });
  await expect(detailValue(settings, 'From')).toHaveText('(213) 555-0111');
  await expect(detailValue(settings, 'Message')).toHaveText('Hi ${first}, your code is ${code}.');
  await expect(detailValue(settings, 'Over 160 characters')).toHaveText('Do not send it');
  await expect(detailValue(settings, 'Media')).toHaveText(image);

  // Edit (updateTextBroadcast): a sign-off, several parts again, and no attachment.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Message', { exact: true })).toHaveValue('Hi ${first}, your code is ${code}.');
  await page.getByLabel('Message', { exact: true }).fill('Hi ${first}, your code is ${code}. Thanks!');
  await page.getByRole('combobox', { name: 'Over 160 characters' }).click();
  await page.getByRole('option', { name: 'Send it in several messages (each billed)' }).click();
  await page.getByRole('button', { name: `Attached: ${image}` }).press('Delete');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(detailValue(settings, 'Message')).toHaveText('Hi ${first}, your code is ${code}. Thanks!');
  await expect(detailValue(settings, 'Over 160 characters')).toHaveText('Send it in several messages (each billed)');
  await expect(detailValue(settings, 'Media')).toHaveText('None');
});

test('a broadcast gains a batch of pasted numbers and recipients with their attributes', async ({ page, request }) => {
  const name = unique('Templated texts');
  const id = await createTextBroadcast(request, name);
  await page.goto(`/broadcasts/text/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

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
  const added = await sandboxGet<{ items: { attributes?: Record<string, string> }[] }>(
    request,
    `/texts/broadcasts/${id}/texts?fields=items(attributes)`,
  );
  expect(added.items.map((text) => text.attributes?.first)).toContain('Cy');
});

test('a broadcast starts after its summary and fills each text’s placeholders', async ({ page, request }) => {
  const name = unique('Templated texts');
  const id = await createTextBroadcast(request, name);
  await sandboxPost(request, `/texts/broadcasts/${id}/batches`, {
    name: 'Pasted',
    recipients: [{ phoneNumber: '12136051050' }, { phoneNumber: '12136051051' }],
  });
  await sandboxPost(request, `/texts/broadcasts/${id}/recipients`, [
    { phoneNumber: '12136051060', attributes: { first: 'Cy', code: '33' } },
  ]);
  await page.goto(`/broadcasts/text/${id}`);
  await page.getByRole('button', { name: 'Start' }).click();
  const preflight = page.getByRole('dialog', { name: `Start ${name}?` });
  await expect(detailValue(preflight, 'Recipients to text')).toHaveText('5');
  await expect(detailValue(preflight, 'Estimated cost')).toHaveText('about 5 credits (estimate)');
  await preflight.getByRole('button', { name: 'Start broadcast' }).click();
  await expect(preflight).toBeHidden();
  await runTextBroadcastUntil(request, id, 'FINISHED');

  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats).toContainText('5 of 5 recipients done (100%)');
  await expect(stats.getByRole('img', { name: /Sent 5/ })).toBeVisible();
  await expect(detailValue(stats, 'Billed credits')).toHaveText('5');
  const texts = page.getByRole('grid', { name: 'Texts of this broadcast' });
  await expect(texts).toContainText('Hi Ann, your code is 11.');
  await expect(texts).toContainText('Hi Cy, your code is 33.');
  await expect(texts).toContainText('Hi , your code is .');
  await expectAccessible(page);
});

test('a finished broadcast’s text opens on its own page with what was sent', async ({ page, request }) => {
  const name = unique('Finished texts');
  const id = await createTextBroadcast(request, name, true);
  await runTextBroadcastUntil(request, id, 'FINISHED');
  await page.goto(`/broadcasts/text/${id}`);
  const texts = page.getByRole('grid', { name: 'Texts of this broadcast' });
  await expect(texts).toContainText('Hi Bo, your code is 22.');

  await texts.getByRole('row', { name: /Hi Bo/ }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Text \d+$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Messages sent' })).toContainText('Hi Bo, your code is 22.');
  const text = page.getByRole('region', { name: 'Text', exact: true });
  await expect(detailValue(text, 'Broadcast')).toHaveText(name);
  await expect(detailValue(text, 'To')).toHaveText('(213) 605-1041');
  // The initial recipients' batch is named after the broadcast.
  await expect(detailValue(text, 'Batch')).toHaveText(name);
  await expectAccessible(page);

  // The texts page names each text's broadcast, linking to it.
  await page.goto(`/texts?broadcast=${id}`);
  const rows = page.getByRole('grid', { name: 'Texts' });
  await expect(rows.getByRole('link', { name }).first()).toHaveAttribute('href', `/broadcasts/text/${id}`);
});

test.describe('a missing text', () => {
  test.use({ allowedConsoleErrors: anyOf(failedRequest(404, /\/texts\/987654321/), /Text 987654321 not found/) });

  test('says what is missing and links back to the texts', async ({ page }) => {
    await page.goto('/texts/987654321');
    await expect(page.getByRole('heading', { level: 1, name: 'Text not found' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the texts' }).click();
    await expect(page).toHaveURL(/\/texts$/);
  });
});

test.describe('auto-replies', () => {
  test.use({ allowedConsoleErrors: failedRequest(400, /\/texts\/auto-replys/) });

  test('a second auto-reply for the same number and text is refused beside the field', async ({ page }) => {
    await page.goto('/texts/auto-replies');
    await expect(page.getByRole('grid', { name: 'Auto-replies' })).toBeVisible();

    // The demo data already answers "info" on 67076: a second one is refused beside the field.
    await page.getByRole('button', { name: 'New auto-reply' }).click();
    const dialog = page.getByRole('dialog', { name: 'New auto-reply' });
    await dialog.getByRole('combobox', { name: 'Number' }).click();
    await page.getByRole('option', { name: 'Shared short code 67076' }).click();
    await dialog.getByLabel('Only texts containing (optional)').fill('INFO');
    await dialog.getByRole('textbox', { name: 'Reply' }).fill('Another answer');
    await dialog.getByRole('button', { name: 'Create auto-reply' }).click();
    await expect(dialog.getByText(/already answers 67076/)).toBeVisible();
    await expectAccessible(page);
  });
});

test('an auto-reply is created for a number, found by its number in the address, read and deleted', async ({
  page,
}) => {
  await page.goto('/texts/auto-replies');
  await page.getByRole('button', { name: 'New auto-reply' }).click();
  const dialog = page.getByRole('dialog', { name: 'New auto-reply' });
  const word = unique('parking').replace(/\s/g, '-');
  const reply = `Parking is behind the building (${word}).`;
  await dialog.getByRole('combobox', { name: 'Number' }).click();
  await page.getByRole('option', { name: '(213) 555-0111' }).click();
  await dialog.getByLabel('Only texts containing (optional)').fill(word);
  await dialog.getByRole('textbox', { name: 'Reply' }).fill(reply);
  await dialog.getByRole('button', { name: 'Create auto-reply' }).click();
  await expect(dialog).toBeHidden();

  // The number filter is kept in the address.
  await page.getByLabel('Number', { exact: true }).fill('(213) 555-0111');
  await expect(page).toHaveURL(/number=/);
  await page.reload();
  await expect(page.getByLabel('Number', { exact: true })).toHaveValue('(213) 555-0111');
  await page.getByRole('button', { name: reply }).click();
  const details = page.getByRole('dialog', { name: /Auto-reply \d+/ });
  await expect(detailValue(details, 'Texts to')).toHaveText('(213) 555-0111');
  await expect(detailValue(details, 'Containing')).toHaveText(word);
  await expect(detailValue(details, 'Reply')).toHaveText(reply);
  await details.getByRole('button', { name: 'Close' }).click();

  await page
    .getByRole('row', { name: new RegExp(word) })
    .getByRole('button', { name: 'Delete auto-reply to (213) 555-0111' })
    .click();
  await page.getByRole('dialog', { name: 'Delete this auto-reply?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('button', { name: reply })).toBeHidden();
});

test('texts go to many numbers at once, some with a message of their own', async ({ page }) => {
  const everyone = freshNumber('40');
  const own = freshNumber('41');
  await page.goto('/texts/send');
  await page.getByLabel('Numbers to text').fill(everyone);
  await page.getByLabel('Message for everyone').fill('Your order is ready.');
  await page.getByRole('button', { name: 'Add a number' }).click();
  await page.getByLabel('Number', { exact: true }).fill(own);
  await page.getByLabel('Its message').fill('Your order is late, sorry.');
  await expect(page.getByText('2 of at most 1000 recipients')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Send texts' }).click();
  const sent = page.getByRole('region', { name: 'Texts sent' });
  await expect(sent).toContainText(everyone);
  await sent.getByRole('link', { name: new RegExp(own.replace(/[()]/g, '\\$&')) }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Text \d+$/ })).toBeVisible();
  const text = page.getByRole('region', { name: 'Text', exact: true });
  await expect(detailValue(text, 'From')).toHaveText('67076');
  await expect(detailValue(text, 'Broadcast')).toHaveText('Sent on its own');
  await expect(detailValue(text, 'Message')).toHaveText('Your order is late, sorry.');
});

test('replies arrive: INFO gets the auto-reply, STOP puts the number on the do-not-text list', async ({
  page,
  request,
}) => {
  const asksForInfo = freshNumber('02');
  const optsOut = freshNumber('04');
  await sandboxPost(request, '/texts?defaultMessage=Your%20table%20is%20ready.', [
    { phoneNumber: digitsOf(asksForInfo) },
    { phoneNumber: digitsOf(optsOut) },
  ]);
  await advanceClock(request, 60_000);

  // The demo's auto-reply on 67076 answers texts containing "info".
  await page.goto('/texts/conversations');
  await page.getByRole('link', { name: asksForInfo }).click();
  const thread = page.getByRole('log', { name: 'Texts in this conversation' });
  await expect(thread).toContainText('Your table is ready.');
  await expect(thread).toContainText('INFO please');
  await expect(thread).toContainText('Example Clinic is at 100 Main St. Parking is free.');
  await expectAccessible(page);

  await page.goto(`/texts/conversations/${digitsOf(optsOut)}`);
  await expect(thread).toContainText('STOP');
  const entry = await sandboxGet<{ text?: boolean; source?: string }>(request, `/contacts/dncs/${digitsOf(optsOut)}`);
  expect(entry).toMatchObject({ text: true, source: 'Text STOP' });

  // Filters live in the address: received texts from the first number.
  await page.goto(`/texts?inbound=true&from=${digitsOf(asksForInfo).slice(1)}`);
  const found = page.getByRole('grid', { name: 'Texts' });
  await expect(found).toContainText('INFO please');
  await expect(found).not.toContainText('Your table is ready.');
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
  const settings = page.getByRole('region', { name: 'Settings' });
  await expect(detailValue(settings, 'Status')).toHaveText(/^running$/i);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page
    .getByRole('dialog', { name: 'Stop this broadcast?' })
    .getByRole('button', { name: 'Stop broadcast' })
    .click();
  await expect(detailValue(settings, 'Status')).toHaveText(/^stopped$/i);
  await page.getByRole('button', { name: 'Archive' }).click();
  await page.getByRole('dialog', { name: 'Archive this broadcast?' }).getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('This broadcast is archived')).toBeVisible();
  await expect(detailValue(settings, 'Status')).toHaveText(/^archived$/i);
});
