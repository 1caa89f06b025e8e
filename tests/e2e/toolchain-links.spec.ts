/**
 * Links as the lessons' own toolchains published and resolved them, followed in a browser:
 * sandpaper's old `name.html` addresses (the default lesson, also under a base path), and in the
 * Workbench fixture lesson (dist-links, :4410) a file at the top of the lesson that only a link
 * publishes, a setup anchor written against sandpaper's home page, and an episode's link to its
 * own heading shown on the all-in-one page, in both views.
 */
import { expect, test } from '@playwright/test';
import { readEpisodes } from './helpers.ts';

const fixture = 'http://127.0.0.1:4410';

test.describe("sandpaper's old addresses lead to the pages", () => {
  const episodes = readEpisodes();

  test('every episode at name.html, in both views', async ({ page }) => {
    for (const episode of episodes.slice(0, 2)) {
      await page.goto(`/${episode.slug}.html`);
      await expect(page).toHaveURL(`/${episode.slug}/`);
      await expect(page.locator('h1').first()).toContainText(episode.title);
      await page.goto(`/instructor/${episode.slug}.html`);
      await expect(page).toHaveURL(`/instructor/${episode.slug}/`);
    }
  });

  test("sandpaper's own pages: images.html is the figures page", async ({ page }) => {
    await page.goto('/images.html');
    await expect(page).toHaveURL('/figures/');
  });

  test('under a base path too', async ({ page }) => {
    const [first] = episodes;
    await page.goto(`http://127.0.0.1:4338/lesson-site/${first!.slug}.html`);
    await expect(page).toHaveURL(`http://127.0.0.1:4338/lesson-site/${first!.slug}/`);
  });
});

test.describe('the Workbench fixture lesson', () => {
  test('a file at the top of the lesson that the home page links to is published', async ({
    page,
  }) => {
    await page.goto(`${fixture}/`);
    const link = page.getByRole('link', { name: 'authors', exact: true });
    const href = await link.getAttribute('href');
    // An extensionless file is served as a download (as GitHub Pages serves it): fetch it.
    const response = await page.request.get(new URL(href!, page.url()).href);
    expect(response.status()).toBe(200);
    expect(await response.text()).toBe('Fixture Author\n');
  });

  test("index.html#windows, written when setup was on sandpaper's home page, reaches setup", async ({
    page,
  }) => {
    await page.goto(`${fixture}/intro/`);
    await page.getByRole('link', { name: 'Windows instructions' }).click();
    await expect(page).toHaveURL(`${fixture}/setup/#windows`);
    await expect(page.locator('#windows')).toBeInViewport();
  });

  for (const view of ['', 'instructor/']) {
    test(`on the all-in-one page (${view || 'learner view'}), an episode's link to its own heading stays on the page`, async ({
      page,
    }) => {
      await page.goto(`${fixture}/${view}aio/`);
      await page.getByRole('link', { name: 'why a terminal', exact: true }).click();
      await expect(page).toHaveURL(`${fixture}/${view}aio/#intro-why-a-terminal`);
      await expect(page.locator('#intro-why-a-terminal')).toBeInViewport();
    });
  }
});
