import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { runBroadcastUntil } from './support/simulation';

/**
 * Screens stay true across areas without a reload: each test loads the console once and then only
 * follows its own links, so what it sees comes from the query cache and its invalidations.
 */
const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

const openArea = (page: Page, label: string) =>
  page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();

async function createBroadcast(page: Page, name: string, { start = false } = {}) {
  await openArea(page, 'Broadcasts');
  await page
    .getByRole('link', { name: /New (voice )?broadcast/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'New voice broadcast' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('combobox', { name: 'Caller id' }).click();
  await page.getByRole('option', { name: '(213) 555-0111' }).click();
  // A text of its own: the library keeps one sound per audio, named after the first broadcast to use it.
  await page.getByLabel('Live answer message text').fill(`Hello from ${name}.`);
  await page.getByLabel('Phone numbers').fill(['(213) 604 1001', '(213) 604 1002', '(213) 604 1003'].join('\n'));
  await page.getByRole('button', { name: start ? 'Create and start' : 'Create broadcast' }).click();
  // Creating turns the message into speech on a worker thread: seconds on a busy machine, the first time.
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 45_000 });
}

test('a list made on the contacts pages is offered at once by a broadcast’s "Add batch" dialog', async ({ page }) => {
  const broadcast = unique('Fresh lists');
  await page.goto('/broadcasts/voice');
  await createBroadcast(page, broadcast);
  // The dialog loads the lists once, so they are cached before the new list exists.
  await page.getByRole('region', { name: 'Batches' }).getByRole('button', { name: 'Add batch' }).click();
  await page.getByRole('dialog', { name: 'Add a batch' }).getByRole('button', { name: 'Cancel' }).click();

  const list = unique('Fresh list');
  await openArea(page, 'Contacts');
  await page.getByRole('tab', { name: 'Contact lists' }).click();
  await page.getByRole('button', { name: 'New list' }).click();
  const create = page.getByRole('dialog', { name: 'New list' });
  await create.getByLabel('List name').fill(list);
  await create.getByLabel('Phone numbers').fill('(213) 604 2001');
  await create.getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: list })).toBeVisible();

  await page.goBack();
  await page.goBack();
  await openArea(page, 'Broadcasts');
  await page.getByRole('link', { name: broadcast }).click();
  await page.getByRole('region', { name: 'Batches' }).getByRole('button', { name: 'Add batch' }).click();
  await page.getByRole('dialog', { name: 'Add a batch' }).getByRole('combobox', { name: 'Contact list' }).click();
  await expect(page.getByRole('option', { name: new RegExp(list) })).toBeVisible();
});

test('a broadcast created with a TTS message puts its sound in the library at once', async ({ page }) => {
  await page.goto('/sounds');
  await expect(page.getByRole('list', { name: 'Sounds' })).toBeVisible();
  const broadcast = unique('Fresh sounds');
  await createBroadcast(page, broadcast);
  await openArea(page, 'Sounds');
  await page.getByLabel('Filter by name').fill(broadcast);
  await expect(
    page.getByRole('list', { name: 'Sounds' }).getByRole('listitem', { name: new RegExp(`${broadcast}: live answer`) }),
  ).toBeVisible();
});

test('while a broadcast runs, the account page’s remaining credits fall', async ({ page, request }) => {
  await page.goto('/account');
  const credits = page.getByRole('region', { name: 'Credits' });
  const remaining = async () =>
    Number(
      (await credits.getByText('Total remaining').locator('xpath=following-sibling::*[1]').innerText()).replace(
        /[^\d.]/g,
        '',
      ),
    );
  await expect(credits.getByText('Total remaining')).toBeVisible();
  const before = await remaining();

  await createBroadcast(page, unique('Fresh credits'), { start: true });
  // Simulated time moves on (the broadcast dials and bills its calls) while the operator looks elsewhere.
  await runBroadcastUntil(request, Number(/\/broadcasts\/voice\/(\d+)/.exec(page.url())![1]), 'FINISHED');
  await openArea(page, 'Account');
  await expect.poll(remaining).toBeLessThan(before);
});
