import { createContactsDirectly, unique, uniqueNumbers } from './support/contactsApi';
import { expect, expectAccessible, test } from './support/fixtures';

test('the palette finds a contact by a number typed as people write it, by keyboard alone', async ({
  page,
  request,
}) => {
  const [number] = uniqueNumbers(1);
  const lastName = unique('Palette');
  await createContactsDirectly(request, [{ firstName: 'Lin', lastName, mobilePhone: number }]);
  const written = `(${number!.slice(1, 4)}) ${number!.slice(4, 7)}-${number!.slice(7)}`;

  await page.goto('/broadcasts');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  const search = palette.getByRole('combobox', { name: 'Search the console' });
  await expect(search).toBeFocused();
  await search.fill(written);
  const contact = palette.getByRole('listbox', { name: 'Results' }).getByRole('group', { name: 'Contacts' });
  await expect(contact.getByRole('option')).toHaveText([new RegExp(`^Lin ${lastName}`)]);
  await expect(contact.getByRole('option')).toHaveAttribute('aria-selected', 'true');
  await expect(palette.getByRole('status')).toHaveText(/^\d+ results?$/);
  await expectAccessible(page);
  await search.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Lin ${lastName}` })).toBeVisible();
  await expect(palette).toBeHidden();

  // Pages and actions: the words typed pick them, the arrows move between them.
  await page.keyboard.press('Control+k');
  await search.fill('send');
  await expect(palette.getByRole('option').first()).toHaveText('Send calls');
  await search.press('ArrowDown');
  await expect(palette.getByRole('option', { name: 'Send texts' })).toHaveAttribute('aria-selected', 'true');
  await search.press('ArrowUp');
  await search.press('Enter');
  await expect(page).toHaveURL(/\/calls\/send$/);
});
