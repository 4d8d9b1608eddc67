import { expect, test } from './support/fixtures';
import { sandboxPost } from './support/sandboxApi';
import { runTextBroadcastUntil } from './support/simulation';

const unique = (name: string) => `${name} ${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

test('archived broadcasts are listed under Show archived, kept in the address', async ({ page, request }) => {
  await page.goto('/broadcasts/voice');
  const grid = page.getByRole('grid', { name: 'Voice broadcasts' });
  await expect(grid).toContainText('Spring appointment reminders');
  await expect(grid).not.toContainText('Winter promotion (old)');

  // The switch follows the address, which the router updates in a transition: click, then wait for it.
  const showArchived = page.getByRole('switch', { name: 'Show archived' });
  await showArchived.click();
  await expect(page).toHaveURL(/archived=true/);
  await expect(showArchived).toBeChecked();
  await expect(grid.getByRole('link', { name: 'Winter promotion (old)' })).toBeVisible();
  await expect(grid).not.toContainText('Spring appointment reminders');
  await expect(page.getByRole('combobox', { name: 'Running' })).toBeHidden();

  // A text broadcast archived from the console is found the same way, by name.
  const name = unique('Archived texts');
  const { id } = await sandboxPost<{ id: number }>(request, '/texts/broadcasts', {
    name,
    message: 'Closing early today.',
    recipients: [{ phoneNumber: '12136052010' }],
  });
  await sandboxPost(request, `/texts/broadcasts/${id}/archive`, {});
  await page.goto(`/broadcasts/text?archived=true&name=${encodeURIComponent(name)}`);
  const texts = page.getByRole('grid', { name: 'Text broadcasts' });
  await texts.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/broadcasts/text/${id}$`));
  await expect(page.getByText('the list shows it only under "Show archived"')).toBeVisible();
});

test('a finished text broadcast offers Start again, not Start, and its texts export to CSV', async ({
  page,
  request,
}) => {
  const name = unique('Exported texts');
  const { id } = await sandboxPost<{ id: number }>(request, '/texts/broadcasts?start=true', {
    name,
    message: 'Hi ${first}, see you at ${time}.',
    recipients: [
      { phoneNumber: '12136052020', attributes: { first: 'Ann', time: '9:30' } },
      { phoneNumber: '12136052021', attributes: { first: 'Bo', time: '10:00' } },
    ],
  });
  await runTextBroadcastUntil(request, id, 'FINISHED');
  await page.goto(`/broadcasts/text/${id}`);
  await expect(page.getByRole('button', { name: 'Start again' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeHidden();

  const download = page.waitForEvent('download');
  await page.getByRole('region', { name: 'Texts' }).getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^exported-texts-[a-z0-9-]+-texts-\d{4}-\d\d-\d\d\.csv$/);
  const text = await (await file.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString());
  const lines = text.trim().split('\r\n');
  expect(lines[0]).toBe(
    'Text,To,From,Contact,State,Direction,Message,Result,Credits,Batch,Created (UTC),Last change (UTC)',
  );
  expect(lines).toHaveLength(3);
  // State, direction, the message as sent (quoted: it has a comma) and the result, in words.
  expect(text).toContain(',Finished,Sent,"Hi Ann, see you at 9:30.",Sent,');
});
