import { createContactsDirectly, unique, uniqueNumbers } from './support/contactsApi';
import { expect, expectAccessible, test } from './support/fixtures';

test('a contact is created, shown, edited, found by number and soft-deleted', async ({ page }) => {
  const lastName = unique('Ada');
  const [home, mobile] = uniqueNumbers(2);
  await page.goto('/contacts');
  await expect(page.getByRole('heading', { level: 1, name: 'Contacts' })).toBeVisible();

  await page.getByRole('link', { name: 'New contact' }).click();
  await page.getByLabel('First name').fill('Ada');
  await page.getByLabel('Last name').fill(lastName);
  await page.getByLabel('Home phone').fill('555-0100');
  await page.getByRole('button', { name: 'Add property' }).click();
  await page.getByLabel('Property 1 name').fill('tier');
  await page.getByLabel('Property 1 value').fill('=cmd()');
  await page.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByText('A phone number has 10 digits, or 11 starting with 1')).toBeVisible();
  await expectAccessible(page);

  const formatted = `(${home.slice(1, 4)}) ${home.slice(4, 7)}-${home.slice(7)}`;
  await page.getByLabel('Home phone').fill(formatted);
  await page.getByRole('button', { name: 'Create contact' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ada ${lastName}` })).toBeVisible();
  const details = page.getByRole('region', { name: 'Details' });
  await expect(details.getByText(formatted)).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('No calls or texts with this contact yet.');
  await expect(page.getByRole('region', { name: 'Lists' })).toContainText('Not in any list.');
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Edit' }).click();
  await page.getByLabel('Mobile phone').fill(`+1 ${mobile.slice(1)}`);
  await page.getByLabel('Zip code').fill('90012');
  // Leaving with unsaved edits asks first.
  await page.getByRole('link', { name: 'Cancel' }).click();
  await expect(page.getByRole('dialog', { name: 'Leave without saving?' })).toBeVisible();
  await page.getByRole('button', { name: 'Stay' }).click();
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Ada ${lastName}` })).toBeVisible();
  await expect(details.getByText('90012')).toBeVisible();
  const contactUrl = page.url();

  await page.goto('/contacts');
  await page.getByLabel('Phone number').fill(`+1 ${mobile.slice(1)}`);
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/number=/);
  // The box keeps the number as typed; CallFire is asked in its own form.
  await expect(page.getByLabel('Phone number')).toHaveValue(`+1 ${mobile.slice(1)}`);
  const grid = page.getByRole('grid', { name: 'Contacts' });
  await expect(grid.getByRole('link', { name: `Ada ${lastName}` })).toBeVisible();

  await page.goto(contactUrl);
  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByText('This contact was deleted.')).toBeVisible();
  await page.goto(`/contacts?number=${mobile}`);
  await expect(grid.getByText('No contacts match this search')).toBeVisible();
});

test('a bad search number is refused beside the field', async ({ page }) => {
  await page.goto('/contacts');
  await page.getByLabel('Phone number').fill('12');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page.getByText('A phone number has 10 digits, or 11 starting with 1')).toBeVisible();
  await expect(page).not.toHaveURL(/number=/);
});

test('selected contacts become a new list, join another list, export and are deleted together', async ({
  page,
  request,
}) => {
  const run = unique('run');
  const numbers = uniqueNumbers(2);
  await createContactsDirectly(request, [
    { firstName: 'Bulk', lastName: 'One', homePhone: numbers[0], properties: { run } },
    { firstName: 'Bulk', lastName: 'Two', homePhone: numbers[1], zipcode: '@SUM(A1)', properties: { run } },
  ]);
  await page.goto(`/contacts?propertyName=run&propertyValue=${run}`);
  const grid = page.getByRole('grid', { name: 'Contacts' });
  await expect(grid.getByRole('link', { name: 'Bulk Two' })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const csv = await (await download).createReadStream().then(async (stream) => {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  });
  expect(csv.split('\r\n')[0]).toContain('firstName,lastName,zipcode');
  expect(csv).toContain(numbers[1]);
  // A cell a spreadsheet would run as a formula is neutralised.
  expect(csv).toContain(`"'@SUM(A1)"`);
  expect(csv).not.toContain(',@SUM');

  await grid.getByRole('checkbox', { name: 'Select all rows' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'New list from selection' }).click();
  const listName = unique('Selection');
  await page.getByRole('dialog').getByLabel('List name').fill(listName);
  await page.getByRole('dialog').getByRole('button', { name: 'Create list' }).click();
  await expect(page.getByRole('heading', { level: 1, name: listName })).toBeVisible();
  await expect(
    page.getByRole('grid', { name: 'Contacts in this list' }).getByRole('link', { name: 'Bulk One' }),
  ).toBeVisible();

  await page.goto(`/contacts?propertyName=run&propertyValue=${run}`);
  // Select all only once the rows are there, or it selects nothing.
  await expect(grid.getByRole('link', { name: 'Bulk Two' })).toBeVisible();
  await grid.getByRole('checkbox', { name: 'Select all rows' }).check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Add to list' }).click();
  await page.getByRole('dialog').getByLabel('List').click();
  await page.getByRole('option', { name: /^VIP customers/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Add to list' }).click();
  await expect(page.getByText('Added 2 contacts to the list')).toBeVisible();

  await grid.getByRole('checkbox', { name: 'Select all rows' }).check();
  await page.getByRole('button', { name: 'Delete selected' }).click();
  await expect(page.getByRole('dialog', { name: 'Delete 2 contacts?' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expect(grid.getByText('No contacts match this search')).toBeVisible();
});
