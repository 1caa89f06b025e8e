import { expect, test, type Page } from '@playwright/test';
import { builtPageUrls, escapeRegExp, readConfig, readEpisodes, siteOrigin } from './helpers.ts';

const config = readConfig();
const episodes = readEpisodes();

/** The previous/next links at the top or bottom of an episode. */
function pagination(page: Page, where: 'top' | 'bottom') {
  return page.getByRole('navigation', { name: new RegExp(`episode navigation.*${where}`, 'i') });
}
const nextLink = (page: Page, where: 'top' | 'bottom') =>
  pagination(page, where).getByRole('link', { name: /^Next\b/ });
const previousLink = (page: Page, where: 'top' | 'bottom') =>
  pagination(page, where).getByRole('link', { name: /^Previous\b/ });
const sidebar = (page: Page) => page.getByRole('navigation', { name: 'Episodes', exact: true });

async function expectOnEpisode(page: Page, index: number): Promise<void> {
  const episode = episodes[index]!;
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(episode.url)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(episode.title);
  const current = sidebar(page).locator('[aria-current="page"]');
  await expect(current, `${episode.slug}: exactly one current episode in the sidebar`).toHaveCount(
    1,
  );
  await expect(current).toHaveText(episode.title);
  await expect(current).toHaveAttribute('href', episode.url);
}

test('the sidebar lists every episode, in order, linked', async ({ page }) => {
  await page.goto(episodes[0]!.url);
  const links = sidebar(page).getByRole('link');
  await expect(links).toHaveText(episodes.map((e) => e.title));
  for (const [index, episode] of episodes.entries()) {
    await expect(links.nth(index)).toHaveAttribute('href', episode.url);
  }
});

test('Next links lead through every episode to Key points, Previous links lead back to Home', async ({
  page,
}) => {
  await page.goto(episodes[0]!.url);

  // Forwards, alternating between the top and the bottom links; both must agree.
  for (let index = 0; index < episodes.length; index++) {
    await expectOnEpisode(page, index);
    const target =
      index + 1 < episodes.length
        ? { href: episodes[index + 1]!.url, title: episodes[index + 1]!.title }
        : { href: '/key-points/', title: 'Key points' };
    for (const where of ['top', 'bottom'] as const) {
      await expect(
        nextLink(page, where),
        `${episodes[index]!.slug}: Next (${where})`,
      ).toHaveAttribute('href', target.href);
      await expect(nextLink(page, where)).toContainText(target.title);
    }
    await nextLink(page, index % 2 === 0 ? 'top' : 'bottom').click();
  }
  await expect(page).toHaveURL(/\/key-points\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key points');

  // Backwards from the last episode.
  await page.goBack();
  for (let index = episodes.length - 1; index >= 0; index--) {
    await expectOnEpisode(page, index);
    const target =
      index > 0
        ? { href: episodes[index - 1]!.url, title: episodes[index - 1]!.title }
        : { href: '/', title: 'Home' };
    for (const where of ['top', 'bottom'] as const) {
      await expect(
        previousLink(page, where),
        `${episodes[index]!.slug}: Previous (${where})`,
      ).toHaveAttribute('href', target.href);
      await expect(previousLink(page, where)).toContainText(target.title);
    }
    await previousLink(page, index % 2 === 0 ? 'bottom' : 'top').click();
  }
  await expect(page).toHaveURL(/127\.0\.0\.1:4329\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(config.title);
});

test.describe('internal links resolve', () => {
  for (const url of builtPageUrls()) {
    test(`${url}: every same-site link leads to a page`, async ({ page, request }) => {
      await page.goto(url);
      const hrefs = await page
        .locator('a[href]')
        .evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
      const internal = [
        ...new Set(
          hrefs.filter((h) => h.startsWith(`${siteOrigin}/`)).map((h) => h.split('#')[0]!),
        ),
      ];
      const broken: string[] = [];
      for (const href of internal) {
        const response = await request.get(href);
        if (response.status() !== 200) broken.push(`${href} (${response.status()})`);
      }
      expect(broken, `broken links on ${url}`).toEqual([]);
    });
  }
});

test('the instructor view links its instructor notes page from the header; the learner view does not', async ({
  page,
}) => {
  await page.goto('/instructor/');
  const nav = page.getByRole('navigation', { name: 'Lesson pages' });
  // With the instructor's other pages, under "Instructor resources".
  await nav.getByText('Instructor resources').click();
  const link = nav.getByRole('link', { name: 'Instructor notes' });
  await expect(link).toHaveAttribute('href', '/instructor/instructor-notes/');
  await link.click();
  await expect(page.locator('h1')).toHaveText('Instructor notes');
  await page.goto('/');
  await expect(
    page
      .getByRole('navigation', { name: 'Lesson pages' })
      .getByRole('link', { name: 'Instructor notes' }),
  ).toHaveCount(0);
});
