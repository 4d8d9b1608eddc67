import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Picks `option` in the MUI select `combobox` and waits for its menu to close. A click that lands while
 * the menu is still settling can leave it open with nothing chosen (its backdrop then hides the page):
 * then the pick is made again.
 */
export async function chooseOption(page: Page, combobox: Locator, option: string) {
  const menu = page.getByRole('listbox');
  await expect(async () => {
    if (!(await menu.isVisible())) await combobox.click();
    await page.getByRole('option', { name: option, exact: true }).click({ timeout: 5_000 });
    await expect(menu).toBeHidden({ timeout: 2_000 });
  }).toPass();
}
