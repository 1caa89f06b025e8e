/**
 * Phones (360 px): no page scrolls sideways (wide code and tables scroll inside their own box),
 * the episode menu starts folded, the header's search box stays on screen.
 */
import { expect, test } from '@playwright/test';
import { builtPageUrls, readEpisodes } from './helpers.ts';

test.use({ viewport: { width: 360, height: 740 } });

for (const url of builtPageUrls()) {
  test(`${url}: no horizontal page scroll at 360 px`, async ({ page }) => {
    await page.goto(url);
    // Open every fold, so hidden solutions are measured too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    const overflow = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const wide = [...document.querySelectorAll<HTMLElement>('body *')]
        .filter(
          (el) =>
            el.getBoundingClientRect().right > width + 1 &&
            getComputedStyle(el).position !== 'fixed',
        )
        .filter((el) => !el.closest('.visually-hidden, .skip-link'))
        // Inside a box that scrolls sideways, being wider than the screen is the point.
        .filter((el) => !el.parentElement?.closest('pre, table, .code-block, .table-scroll'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return { scroll: document.documentElement.scrollWidth - width, wide: wide.slice(0, 5) };
    });
    expect(overflow, `elements wider than the screen: ${overflow.wide.join(', ')}`).toEqual({
      scroll: 0,
      wide: [],
    });
  });
}

test('the episode menu starts folded and opens', async ({ page }) => {
  const episode = readEpisodes()[1]!;
  await page.goto(episode.url);
  const menu = page.locator('details.episode-menu');
  await expect(menu).not.toHaveAttribute('open');
  await menu.locator('summary').click();
  await expect(menu.getByRole('link', { name: episode.title })).toBeVisible();
});

test('the header search box is on screen and usable', async ({ page }) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search this lesson' });
  await expect(box).toBeInViewport();
  const { x, width } = (await box.boundingBox())!;
  expect(x).toBeGreaterThanOrEqual(0);
  expect(x + width).toBeLessThanOrEqual(360);
  expect(width).toBeGreaterThan(150);
});
