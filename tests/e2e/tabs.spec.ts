import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/*
 * Workbench tabs as a learner meets them: a `group-tab` set (the Workbench fixture lesson,
 * tests/fixtures/lessons/workbench-mini/episodes/files.md, built into dist-links/ and served on
 * :4410) switches by mouse and keyboard, and the operating system the learner picked is still
 * picked on the next page load, as the Workbench remembers it.
 */
const filesPage = 'http://127.0.0.1:4410/files/';

test.describe('group tabs', () => {
  test('switch by mouse and keyboard, one panel shown at a time', async ({ page }) => {
    await page.goto(filesPage);
    const tabs = page.locator('.tabs[data-tabs="group"]').getByRole('tablist');
    const windows = tabs.getByRole('tab', { name: 'Windows' });
    const macos = tabs.getByRole('tab', { name: 'macOS' });
    await expect(windows).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByRole('tabpanel', { name: 'Windows' })).toContainText('Command Prompt');
    await expect(page.getByText('Use ls in Terminal.')).toBeHidden();

    await macos.click();
    await expect(macos).toHaveAttribute('aria-selected', 'true');
    await expect(windows).toHaveAttribute('aria-selected', 'false');
    await expect(page.getByText('Use ls in Terminal.')).toBeVisible();
    await expect(page.getByText('Use dir in the Command Prompt.')).toBeHidden();

    await macos.press('ArrowRight');
    await expect(windows).toBeFocused();
    await expect(windows).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Use dir in the Command Prompt.')).toBeVisible();
  });

  test('the chosen tab is still chosen on the next page load', async ({ page }) => {
    await page.goto(filesPage);
    await page.getByRole('tab', { name: 'macOS' }).click();
    await page.reload();
    await expect(page.getByRole('tab', { name: 'macOS' })).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText('Use ls in Terminal.')).toBeVisible();
    await expect(page.getByText('Use dir in the Command Prompt.')).toBeHidden();
  });

  test('without JavaScript every panel reads in order under its heading', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(filesPage);
    await expect(page.getByRole('tab')).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Windows' })).toBeVisible();
    await expect(page.getByText('Use ls in Terminal.')).toBeVisible();
    await context.close();
  });

  test('pass the accessibility checks', async ({ page }) => {
    await page.goto(filesPage);
    const results = await new AxeBuilder({ page }).include('.tabs').analyze();
    expect(results.violations).toEqual([]);
  });
});
