import { expect, test } from './support/fixtures';
import { sandboxGet } from './support/sandboxApi';

const SEEDED = 'Spring appointment reminders';

test('the broadcast list shows progress, results and creation; a finished broadcast is not put forward to start', async ({
  page,
}) => {
  await page.goto('/broadcasts/voice?name=Spring');
  const row = page.getByRole('grid', { name: 'Voice broadcasts' }).getByRole('row').filter({ hasText: SEEDED });
  await expect(row).toContainText(/\d+ of \d+ done \(100%\)/);
  await expect(row).toContainText(/\d+ Live answer/);
  await expect(row.getByRole('gridcell').filter({ hasText: /\d{4}/ }).first()).toBeVisible();

  await row.getByRole('link', { name: SEEDED }).click();
  await expect(page.getByRole('heading', { level: 1, name: SEEDED })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeHidden();

  // Every result is named on the chart, and the terms are explained.
  const stats = page.getByRole('region', { name: 'Statistics' });
  await expect(stats.getByRole('img', { name: /^Results: Live answer \d+, Machine \d+/ })).toBeVisible();
  for (const label of ['Live answer', 'Machine', 'Busy', 'No answer', 'Transferred', 'Do not call', 'Errors'])
    await expect(stats.locator('svg').getByText(label, { exact: true })).toBeVisible();
  await stats.getByRole('button', { name: 'What "Response rate" means' }).hover();
  await expect(page.getByRole('tooltip')).toHaveText(/share of placed calls that a person answered/);
});

test("a broadcast's calls export to CSV", async ({ page, request }) => {
  await page.goto('/broadcasts/voice?name=Spring');
  await page.getByRole('link', { name: SEEDED }).click();
  await expect(page).toHaveURL(/\/broadcasts\/voice\/\d+$/);
  const id = Number(/\/broadcasts\/voice\/(\d+)/.exec(page.url())?.[1]);
  const { totalCount } = await sandboxGet<{ totalCount: number }>(
    request,
    `/calls/broadcasts/${id}/calls?limit=1&fields=totalCount`,
  );
  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Calls' }).getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^spring-appointment-reminders-calls-\d{4}-\d\d-\d\d\.csv$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Call,To,From,Contact,State,Result,Attempts,Talk time (seconds),Credits,Batch,Created (UTC),Last change (UTC)',
  );
  expect(lines).toHaveLength(totalCount + 1);
  expect(text).toContain(',Finished,');
});
