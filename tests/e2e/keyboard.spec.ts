/**
 * Keyboard: `/` focuses the search box; `←`/`→` open the previous/next episode, as the
 * pagination's rel=prev/next links say, but never while typing or with a modifier key.
 */
import { expect, test, type Page } from '@playwright/test';
import { readEpisodes } from './helpers.ts';

const episodes = readEpisodes();
const middle = episodes[1]!;

/**
 * After a key has opened a page, wait until its scripts have run (module scripts run before
 * DOMContentLoaded): a key pressed before that goes to a page that cannot answer it yet.
 */
async function arrivedAt(page: Page, url: string) {
  await expect(page).toHaveURL(url);
  await page.waitForLoadState('domcontentloaded');
}

test('→ opens the next episode and ← the previous one', async ({ page }) => {
  await page.goto(middle.url);
  await page.keyboard.press('ArrowRight');
  await arrivedAt(page, episodes[2]!.url);
  await page.keyboard.press('ArrowLeft');
  await arrivedAt(page, middle.url);
  await page.keyboard.press('ArrowLeft');
  await arrivedAt(page, episodes[0]!.url);
});

test('the keys follow the rel=prev/next links, first and last episode included', async ({
  page,
}) => {
  for (const episode of [episodes[0]!, episodes.at(-1)!]) {
    for (const [key, rel] of [
      ['ArrowLeft', 'prev'],
      ['ArrowRight', 'next'],
    ] as const) {
      await page.goto(episode.url);
      const target = await page.locator(`a[rel="${rel}"]`).first().getAttribute('href');
      expect(target).toBeTruthy();
      await page.keyboard.press(key);
      await expect(page).toHaveURL(target!);
    }
  }
});

test('not while typing in a field, nor with a modifier key', async ({ page }) => {
  await page.goto(middle.url);
  const box = page.getByRole('searchbox', { name: 'Search this lesson' });
  await box.fill('abc');
  await box.press('ArrowLeft');
  await box.press('ArrowRight');
  await page.locator('h1').click();
  await page.keyboard.press('Shift+ArrowRight');
  await page.keyboard.press('Control+ArrowRight');
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(middle.url);
});

test('/ focuses the search box without typing a slash; in a field it types one', async ({
  page,
}) => {
  await page.goto(middle.url);
  await page.keyboard.press('/');
  const box = page.getByRole('searchbox', { name: 'Search this lesson' });
  await expect(box).toBeFocused();
  await expect(box).toHaveValue('');
  await page.keyboard.type('a/b');
  await expect(box).toHaveValue('a/b');
});

test('/ focuses the box of the search page itself', async ({ page }) => {
  await page.goto('/search/');
  await page.locator('h1').click();
  await page.keyboard.press('/');
  await expect(page.locator('#search-page-input')).toBeFocused();
});
