import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { detailValue } from './support/detailList';
import { sandboxGet, sandboxPost } from './support/sandboxApi';
import { advanceClock } from './support/simulation';

/**
 * Screens stay true across areas without a reload: each test loads the console once and then only
 * follows its own links, so what it sees comes from the query cache and its invalidations.
 */
const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

const openArea = (page: Page, label: string) =>
  page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();

/**
 * A voice broadcast made straight on the sandbox, playing a library sound: nothing to synthesise, so
 * setting it up takes no time, and the test only goes through the console where freshness is at stake.
 */
async function broadcastDirectly(request: APIRequestContext, name: string, recipients: number) {
  const sounds = await sandboxGet<{ items: { id: number; status: string }[] }>(request, '/campaigns/sounds?limit=100');
  const { id } = await sandboxPost<{ id: number }>(request, '/calls/broadcasts', {
    name,
    fromNumber: '12135550111',
    sounds: { liveSoundId: sounds.items.find((sound) => sound.status === 'ACTIVE')!.id },
    // One call at a time, so the broadcast is still running while its first calls are billed.
    maxActive: 1,
    recipients: Array.from({ length: recipients }, (_, index) => ({ phoneNumber: `1213604${1100 + index}` })),
  });
  return id;
}

async function createBroadcast(page: Page, name: string) {
  await openArea(page, 'Broadcasts');
  await page
    .getByRole('link', { name: /New (voice )?broadcast/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'New voice broadcast' })).toBeVisible();
  await page.getByLabel('Name').fill(name);
  await page.getByRole('combobox', { name: 'Caller id' }).click();
  await page.getByRole('option', { name: '(213) 555-0111' }).click();
  await page.getByLabel('Live answer message text').fill(`Hello from ${name}.`);
  await page.getByLabel('Phone numbers').fill(['(213) 604 1001', '(213) 604 1002', '(213) 604 1003'].join('\n'));
  await page.getByRole('button', { name: 'Create broadcast' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible({ timeout: 45_000 });
}

test('a list made on the contacts pages is offered at once by a broadcast’s "Add batch" dialog', async ({
  page,
  request,
}) => {
  const broadcast = unique('Fresh lists');
  const id = await broadcastDirectly(request, broadcast, 1);
  await page.goto(`/broadcasts/voice/${id}`);
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

  // Back through the console's own history to the broadcast, as an operator would.
  await page.goBack();
  await page.goBack();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: broadcast })).toBeVisible();
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

  const name = unique('Fresh credits');
  const id = await broadcastDirectly(request, name, 20);
  await openArea(page, 'Broadcasts');
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Start' }).click();
  await page
    .getByRole('dialog', { name: `Start ${name}?` })
    .getByRole('button', { name: 'Start broadcast' })
    .click();
  await expect(detailValue(page.getByRole('region', { name: 'Settings' }), 'Status')).toHaveText('Running');

  await openArea(page, 'Account');
  await expect(credits.getByText('Total remaining')).toBeVisible();
  // Simulated time moves on a minute at each look: answered calls are billed while the rest wait.
  await expect
    .poll(
      async () => {
        await advanceClock(request, 60_000);
        return remaining();
      },
      { timeout: 45_000, intervals: [2_000] },
    )
    .toBeLessThan(before);
  const status = await sandboxGet<{ status: string }>(request, `/calls/broadcasts/${id}`);
  expect(status.status).toBe('RUNNING');
});
