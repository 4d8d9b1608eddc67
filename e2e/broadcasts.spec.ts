import type { APIRequestContext, Page } from '@playwright/test';
import { detailValue } from './support/detailList';
import { expect, expectAccessible, test } from './support/fixtures';
import { sandboxGet, sandboxPost } from './support/sandboxApi';
import { runBroadcastUntil } from './support/simulation';

const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
/** Numbers in an exchange of their own per test, so parallel tests never share recipients. */
const numbers = (exchange: number, count: number) =>
  Array.from({ length: count }, (_, index) => `(213) ${exchange} ${String(1000 + index * 7).padStart(4, '0')}`);

/** A contact list made straight through the sandbox: setup, not part of what the test exercises. */
async function createContactList(request: APIRequestContext, name: string, phoneNumbers: string[]) {
  await sandboxPost(request, '/contacts/lists', {
    name,
    contactNumbers: phoneNumbers.map((number) => `1${number.replace(/\D/g, '')}`),
  });
}

/**
 * A voice broadcast with one batch of `recipients`, made straight through the sandbox: setup for tests
 * whose subject comes after creation (creating one in the console is a test of its own).
 */
async function createBroadcastDirectly(
  request: APIRequestContext,
  name: string,
  batchName: string,
  recipients: string[],
  maxActive = 20,
) {
  const { id } = await sandboxPost<{ id: number }>(request, '/calls/broadcasts', {
    name,
    fromNumber: '12135550111',
    sounds: { liveSoundText: 'Hello from the end-to-end test.', machineSoundText: 'Sorry we missed you.' },
    maxActive,
  });
  await sandboxPost(request, `/calls/broadcasts/${id}/batches`, {
    name: batchName,
    recipients: recipients.map((number) => ({ phoneNumber: `1${number.replace(/\D/g, '')}` })),
  });
  return id;
}

/** The same, started, dialling one call at a time, so it is still running when the test acts on it. */
async function createRunningBroadcastDirectly(request: APIRequestContext, name: string, recipients: string[]) {
  const id = await createBroadcastDirectly(request, name, 'First batch', recipients, 1);
  await sandboxPost(request, `/calls/broadcasts/${id}/start`, undefined);
  return id;
}

/** Fills the new-broadcast form (TTS messages, a library sound for the transfer) and creates it. */
async function createBroadcast(page: Page, name: string, transferSound: string) {
  await page.goto('/broadcasts/voice/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New voice broadcast' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('combobox', { name: 'Caller id' }).click();
  await page.getByRole('option', { name: '(213) 555-0111' }).click();
  await page.getByLabel('Live answer message text').fill('Hello from the end-to-end test.');
  await page.getByRole('radiogroup', { name: 'Answering machine message source' }).getByLabel('Text to speech').check();
  await page.getByLabel('Answering machine message text').fill('Sorry we missed you.');
  await page.getByRole('radiogroup', { name: 'Transfer message source' }).getByLabel('Library sound').check();
  await page.getByRole('combobox', { name: 'Transfer message sound' }).fill(transferSound);
  await page
    .getByRole('option', { name: new RegExp(transferSound) })
    .first()
    .click();
  await expect(page.getByRole('group', { name: new RegExp(`Audio player: ${transferSound}`) })).toBeVisible();
  await page.getByLabel('Max concurrent calls').fill('20');
  await page.getByRole('button', { name: 'Create broadcast' }).click();
  // Creating turns the messages into speech on a worker thread: seconds on a busy machine, the first time.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 45_000 });
}

test('a broadcast made with TTS messages gets a batch from a contact list, disabled and enabled again', async ({
  page,
  request,
}) => {
  const name = unique('Journey');
  const listName = unique('Journey list');
  await createContactList(request, listName, numbers(601, 24));
  await createBroadcast(page, name, 'Welcome greeting');

  const batches = page.getByRole('region', { name: 'Batches' });
  await batches.getByRole('button', { name: 'Add batch' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a batch' });
  await dialog.getByLabel('Batch name').fill('List batch');
  await dialog.getByRole('combobox', { name: 'Contact list' }).click();
  await page.getByRole('option', { name: new RegExp(listName) }).click();
  await dialog.getByRole('button', { name: 'Add batch' }).click();
  await expect(dialog).toBeHidden();
  const batchRow = batches.getByRole('row', { name: /List batch/ });
  await expect(batchRow).toContainText('24');

  // Disable and enable again: the switch goes through updateCampaignBatch.
  const enabled = batches.getByRole('switch', { name: 'Batch List batch enabled' });
  await enabled.click();
  await expect(enabled).not.toBeChecked();
  await enabled.click();
  await expect(enabled).toBeChecked();
  await batches.getByRole('button', { name: 'List batch' }).click();
  const batchDialog = page.getByRole('dialog', { name: /Batch List batch/ });
  await expect(detailValue(batchDialog, 'Recipients')).toHaveText('24');
  await expect(detailValue(batchDialog, 'Remaining')).toHaveText('24');
  await expect(detailValue(batchDialog, 'Enabled')).toHaveText('Yes');
});

test('started after its pre-flight summary, a broadcast runs to the end and its calls open by batch', async ({
  page,
  request,
}) => {
  // Made straight through the sandbox: making one in the console is the previous test's subject.
  const name = unique('Run');
  const id = await createBroadcastDirectly(request, name, 'Run batch', numbers(605, 24));
  await page.goto(`/broadcasts/voice/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();

  await page.getByRole('button', { name: 'Start' }).click();
  const preflight = page.getByRole('dialog', { name: `Start ${name}?` });
  await expect(detailValue(preflight, 'Recipients to call')).toHaveText('24');
  await expect(detailValue(preflight, 'Estimated cost')).toHaveText('about 24 credits (estimate)');
  await expectAccessible(page);
  await preflight.getByRole('button', { name: 'Start broadcast' }).click();

  // The page watches the broadcast run while the test moves simulated time to its end.
  const stats = page.getByRole('region', { name: 'Statistics' });
  const status = detailValue(page.getByRole('region', { name: 'Settings' }), 'Status');
  await expect(status).toHaveText('Running');
  await runBroadcastUntil(request, id, 'FINISHED');
  await expect(stats.getByText(/24 of 24 recipients done/)).toBeVisible();
  await expect(status).toHaveText('Finished');
  // Everyone was called: starting again is offered, not put forward.
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  const { billedAmount } = await sandboxGet<{ billedAmount: number }>(request, `/calls/broadcasts/${id}/stats`);
  expect(billedAmount).toBeGreaterThan(0);
  await expect(detailValue(stats, 'Billed credits')).toHaveText(billedAmount.toLocaleString('en-US'));

  const calls = page.getByRole('region', { name: 'Calls' });
  await calls.getByRole('combobox', { name: 'Batch' }).click();
  await page.getByRole('option', { name: 'Run batch' }).click();
  await expect(page).toHaveURL(/batch=\d+/);
  await calls.getByRole('grid').getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^Call \d+$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Attempts' })).toBeVisible();
});

test('plays the recordings of the seeded survey, from the call and from its own page', async ({ page }) => {
  // The seeded survey is an IVR broadcast whose answered calls were recorded by the simulator.
  await page.goto('/broadcasts/voice?name=Customer%20satisfaction');
  await page.getByRole('link', { name: 'Customer satisfaction survey' }).click();
  await page
    .getByRole('grid', { name: 'Calls of this broadcast' })
    .getByRole('row')
    .filter({ hasText: 'Live answer' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: /^Call \d+$/ })).toBeVisible();
  await playRecording(page, /^Recording "feedback"/);
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Recording feedback details' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Recording feedback of call \d+$/ })).toBeVisible();
  await playRecording(page, /^Recording "feedback"/);
  await page.goBack();
  await page.getByRole('link', { name: /^Permanent link \(recording \d+\)$/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Recording feedback of call \d+$/ })).toBeVisible();
  await playRecording(page, /^Recording "feedback"/);
});

/** Waits for the recording's waveform to be drawn, then plays it: the audio really decoded. */
async function playRecording(page: Page, title: RegExp) {
  const player = page.getByRole('group', { name: new RegExp(`^Audio player: ${title.source.slice(1)}`) });
  await expect(player.getByRole('slider', { name: /^Seek in / })).toHaveAttribute('aria-disabled', 'false');
  await player.getByRole('button', { name: /^Play / }).click();
  await expect(player.getByRole('button', { name: /^Pause / })).toBeVisible();
}

test('edits a broadcast, adds recipients, stops and archives it with confirmation', async ({ page, request }) => {
  const name = unique('Lifecycle');
  const id = await createRunningBroadcastDirectly(request, name, numbers(602, 300));
  await page.goto(`/broadcasts/voice/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByLabel('Name')).toHaveValue(name);
  await page.getByLabel('Max concurrent calls').fill('2');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(detailValue(page.getByRole('region', { name: 'Settings' }), 'Max concurrent calls')).toHaveText('2');

  await page.getByRole('region', { name: 'Batches' }).getByRole('button', { name: 'Add recipients' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add recipients' });
  await dialog.getByLabel('Recipient numbers').fill('(213) 602-9900');
  await dialog.getByRole('button', { name: 'Add recipients' }).click();
  await expect(page.getByText('1 recipient added')).toBeVisible();

  await page.getByRole('region', { name: 'Batches' }).getByRole('button', { name: 'Add batch' }).click();
  const batchDialog = page.getByRole('dialog', { name: 'Add a batch' });
  await batchDialog.getByRole('radio', { name: 'Pasted numbers' }).check();
  await batchDialog.getByLabel('Phone numbers').fill('(213) 602-9901\n(213) 602-9902');
  await batchDialog.getByRole('button', { name: 'Add batch' }).click();
  await expect(batchDialog).toBeHidden();

  await page.getByRole('button', { name: 'Stop' }).click();
  await page
    .getByRole('dialog', { name: 'Stop this broadcast?' })
    .getByRole('button', { name: 'Stop broadcast' })
    .click();
  await expect(detailValue(page.getByRole('region', { name: 'Settings' }), 'Status')).toHaveText('Stopped');

  await page.getByRole('button', { name: 'Archive' }).click();
  const archive = page.getByRole('dialog', { name: 'Archive this broadcast?' });
  await expect(archive).toContainText('hides it from the broadcast list');
  await archive.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText('This broadcast is archived')).toBeVisible();

  await page.goto(`/broadcasts/voice?name=${encodeURIComponent(name)}`);
  await expect(page.getByRole('grid', { name: 'Voice broadcasts' }).getByText('No rows')).toBeVisible();
});

test('filters the list by name, label and running state in the address', async ({ page }) => {
  await page.goto('/broadcasts/voice');
  await page.getByLabel('Label', { exact: true }).fill('clinic');
  await expect(page).toHaveURL(/label=clinic/);
  await expect(page.getByRole('link', { name: 'Flu clinic outreach' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Running' }).click();
  await page.getByRole('option', { name: 'Not running' }).click();
  await expect(page).toHaveURL(/running=false/);
  await page.reload();
  await expect(page.getByLabel('Label', { exact: true })).toHaveValue('clinic');
  await expect(page.getByRole('link', { name: 'Spring appointment reminders' })).toBeVisible();
});

test('shows where the calls went on a map, filtered by result', async ({ page }) => {
  await page.goto('/broadcasts/voice?name=Spring');
  await page.getByRole('link', { name: 'Spring appointment reminders' }).click();
  const map = page.getByRole('region', { name: 'Where the calls went' });
  await expect(map.getByRole('table', { name: 'Calls by state' }).getByText('CA', { exact: true })).toBeVisible();
  await map.getByRole('combobox', { name: 'Calls shown on the map' }).click();
  await page.getByRole('option', { name: 'Answering machine' }).click();
  await expect(map.getByRole('img', { name: /Map of calls by state: CA \d+/ })).toBeVisible();
  await expectAccessible(page);
});

test('bad input is answered beside its cause', async ({ page }) => {
  await page.goto('/broadcasts/voice/new');
  await expect(page.getByRole('heading', { level: 1, name: 'New voice broadcast' })).toBeVisible();
  await page.getByLabel('Name').fill(unique('Bad input'));
  await page.getByRole('radio', { name: 'IVR dialplan' }).check();
  const editor = page.getByRole('textbox', { name: 'Dialplan XML' });
  await editor.click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('<dialplan><play>Hi</dialplan>');
  await page.getByRole('button', { name: 'Add schedule' }).click();
  await page.getByLabel('Schedule 1 start date').fill('2030-05-02');
  await page.getByLabel('Schedule 1 stop date').fill('2030-05-01');
  await page.getByRole('button', { name: 'Create broadcast' }).click();
  await expect(page.getByText('The schedule ends before it starts')).toBeVisible();
  await page.getByLabel('Schedule 1 stop date').fill('2030-05-03');
  await page.getByRole('button', { name: 'Create broadcast' }).click();
  // Said in words with its place, the line marked, and the editor focused there.
  await expect(
    page.getByText(/The dialplan is not well-formed XML at line 1, column \d+: <\/dialplan> does not close <play>/),
  ).toBeVisible();
  await expect(editor).toBeFocused();
  // The editor closes tags as they are typed: the marked line holds the typed text and what it added.
  await expect(page.locator('.cm-dialplan-error-line')).toContainText('<dialplan><play>Hi</dialplan>');
  await expectAccessible(page);
});
