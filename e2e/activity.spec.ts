import { signInConsoleUrl } from '../playwright.config';
import { unique, uniqueNumbers } from './support/contactsApi';
import { expect, test } from './support/fixtures';

// The sandbox's second account, in the console that has operators sign in.
const ACCOUNT = { login: 'sandbox-2', password: 'sandbox-2-password' };

test.use({
  baseURL: signInConsoleUrl,
  // Before signing in, the console asks who is signed in and the server answers 401.
  allowedConsoleErrors: /the server responded with a status of 401 .*\/auth\/session\]$/,
});

test('the activity page lists the changes an operator made, attributed to them', async ({ page }) => {
  await page.goto('/contacts/new');
  await page.getByLabel('API login').fill(ACCOUNT.login);
  await page.getByLabel('Password', { exact: true }).fill(ACCOUNT.password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Two changes: a contact created, then edited.
  const lastName = unique('Audit');
  const [home] = uniqueNumbers(1);
  await page.getByLabel('First name').fill('Grace');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Home phone').fill(home!);
  await page.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Grace ${lastName}` })).toBeVisible();
  const contactId = /\/contacts\/(\d+)$/.exec(page.url())![1]!;
  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Zip code').fill('90012');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page).toHaveURL(new RegExp(`/contacts/${contactId}$`));

  await page.getByRole('navigation', { name: 'Console areas' }).getByRole('link', { name: 'Activity' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Activity' })).toBeVisible();
  const search = page.getByRole('search', { name: 'Activity filters' });
  await search.getByLabel('Operator').fill(ACCOUNT.login);
  await expect(page).toHaveURL(/operator=sandbox-2/);
  const grid = page.getByRole('grid', { name: 'Activity' });
  // Other tests change records of this account at the same time (an API credential may share the id).
  // Each row names the contact it changed, linking to it.
  const contactLink = page.getByRole('link', { name: `Grace ${lastName}`, exact: true });
  const rowsOfContact = grid.getByRole('row').filter({ has: contactLink });
  await expect(rowsOfContact).toHaveCount(2);
  await expect(rowsOfContact.nth(0)).toContainText('Change a contact');
  await expect(rowsOfContact.nth(1)).toContainText('Create contacts');
  await expect(rowsOfContact.nth(0).getByRole('link')).toHaveAttribute('href', `/contacts/${contactId}`);
  for (const row of [rowsOfContact.nth(0), rowsOfContact.nth(1)]) {
    await expect(row).toContainText(ACCOUNT.login);
    await expect(row).toContainText('Done');
  }

  // Searching by the change keeps only the creation; the search is in the address.
  await search.getByRole('combobox', { name: 'Change' }).click();
  await page.getByRole('option', { name: 'Create contacts' }).click();
  await expect(page).toHaveURL(/operation=createContacts/);
  await expect(rowsOfContact).toHaveCount(1);

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await (await download).createReadStream();
  let text = '';
  for await (const chunk of csv) text += String(chunk);
  expect(text.split('\r\n')[0]).toBe('When,Operator,Change,Records,Outcome');
  expect(text).toContain(`,${ACCOUNT.login},Create contacts,${contactId},Done`);
});
