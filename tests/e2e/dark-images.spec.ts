import { expect, test } from '@playwright/test';

/** episodes/fig/cluster-architecture.svg has a -dark twin; the prep-work episode shows it. */
const page = '/01-prepwork/';
const figure = 'picture img[src$="cluster-architecture.svg"]';
const currentSrc = (img: import('@playwright/test').Locator) =>
  img.evaluate((el: HTMLImageElement) => el.currentSrc);

test('the dark variant shows in the dark system theme, the light one in the light theme', async ({
  browser,
}) => {
  for (const [colorScheme, dark] of [
    ['dark', true],
    ['light', false],
  ] as const) {
    const context = await browser.newContext({ colorScheme });
    const tab = await context.newPage();
    await tab.goto(page);
    const img = tab.locator(figure);
    await expect(img).toBeVisible();
    await expect
      .poll(() => currentSrc(img))
      .toMatch(dark ? /cluster-architecture-dark\.svg$/ : /cluster-architecture\.svg$/);
    await context.close();
  }
});

test('pinning the light theme with the toggle swaps the image back, on this page and the next', async ({
  browser,
}) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const tab = await context.newPage();
  await tab.goto(page);
  const img = tab.locator(figure);
  await expect.poll(() => currentSrc(img)).toMatch(/-dark\.svg$/);
  await tab.locator('.theme-toggle').click();
  await expect(tab.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(() => currentSrc(img)).toMatch(/cluster-architecture\.svg$/);
  await tab.reload();
  await expect.poll(() => currentSrc(tab.locator(figure))).toMatch(/cluster-architecture\.svg$/);
  await context.close();
});
