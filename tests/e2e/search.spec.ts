/**
 * Search (pagefind, indexed at build time): a word that only one episode uses finds that episode
 * first, and its result links to a heading of that episode. The index holds the learner view
 * only; the box loads nothing until it is used; it works under a base path too.
 */
import { expect, test, type Page } from '@playwright/test';
import { basePathBuild } from './global-setup.ts';
import { allSources, readEpisodes, type Episode } from './helpers.ts';

const episodes = readEpisodes();

/**
 * A word (letters only, 8+ long) that one episode uses at least twice and no other source
 * mentions at all, not even inside a longer word: the episode must come first for it.
 */
function distinctiveWord(): { word: string; episode: Episode } {
  const sources = allSources().map((s) => s.toLowerCase());
  const candidates: { word: string; episode: Episode; count: number }[] = [];
  for (const episode of episodes) {
    const text = episode.body.toLowerCase();
    const counts = new Map<string, number>();
    for (const word of text.match(/\b[a-z]{8,}\b/g) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
    for (const [word, count] of counts) {
      // Its own source mentions it; every other source must not (a stem match would compete).
      const stem = word.slice(0, 6);
      if (count >= 2 && sources.filter((s) => s.includes(stem)).length === 1)
        candidates.push({ word, episode, count });
    }
  }
  candidates.sort((a, b) => b.count - a.count || a.word.localeCompare(b.word));
  if (!candidates.length)
    throw new Error('no word belongs to one episode only; the lesson is too uniform for this test');
  return candidates[0]!;
}

const { word, episode } = distinctiveWord();

async function searchFromHeader(page: Page, query: string) {
  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search this lesson' });
  await box.click();
  await box.fill(query);
  const results = page.locator('.search-panel .search-result');
  await expect(results.first()).toBeVisible();
  return results;
}

test(`typing "${word}" finds ${episode.slug} first, linked to one of its headings`, async ({
  page,
}) => {
  await page.goto('/');
  const results = await searchFromHeader(page, word);
  const first = results.first();
  await expect(first.locator('.search-result-title')).toHaveText(episode.title);
  await expect(first.locator('.search-result-title')).toHaveAttribute('href', episode.url);
  const section = first.locator('.search-result-sections a').first();
  await expect(section).toHaveAttribute('href', new RegExp(`^${episode.url}#[\\w-]+$`));
  const sectionTitle = (await section.locator('.search-section-title').textContent())!.trim();
  const href = (await section.getAttribute('href'))!;
  await expect(section.locator('mark').first()).toBeVisible();
  await section.click();
  await expect(page).toHaveURL(href);
  // The link lands on the heading that names the section.
  const id = decodeURIComponent(href.split('#')[1]!);
  await expect(page.locator(`[id="${id}"]`)).toHaveText(sectionTitle);
});

test('results come from the learner view only, each page once', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, 'kubectl');
  const titles = page.locator('.search-panel .search-result-title');
  const hrefs = await titles.evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
  expect(hrefs.length).toBeGreaterThan(1);
  expect(new Set(hrefs).size).toBe(hrefs.length);
  for (const href of hrefs) {
    expect(href).not.toContain('/instructor/');
    expect(href).not.toMatch(/^\/(aio|key-points|figures|search|instructor-notes)\//);
  }
});

test('in the instructor view, results stay in the instructor view', async ({ page }) => {
  await page.goto('/instructor/');
  const results = await searchFromHeader(page, word);
  await expect(results.first().locator('.search-result-title')).toHaveAttribute(
    'href',
    `/instructor${episode.url}`,
  );
});

test('nothing is fetched for search until the box is used', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(episode.url);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((u) => /pagefind|search-ui/.test(u))).toEqual([]);
  await page.getByRole('searchbox', { name: 'Search this lesson' }).focus();
  await expect.poll(() => requests.some((u) => u.includes('/pagefind/pagefind.js'))).toBe(true);
});

test('Enter opens the search page, which lists every result and keeps the query', async ({
  page,
}) => {
  await page.goto('/');
  const box = page.getByRole('searchbox', { name: 'Search this lesson' });
  await box.fill(word);
  await box.press('Enter');
  await expect(page).toHaveURL(`/search/?q=${word}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Search');
  await expect(page.locator('#search-page-input')).toHaveValue(word);
  await expect(page.locator('.search-page-results .search-result-title').first()).toHaveText(
    episode.title,
  );
  await expect(page.getByRole('status')).toContainText(word);
});

test('Escape closes the results panel', async ({ page }) => {
  await page.goto('/');
  await searchFromHeader(page, word);
  await page.keyboard.press('Escape');
  await expect(page.locator('.search-panel')).toBeHidden();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the header box is a form that opens the search page, which explains itself', async ({
    page,
  }) => {
    await page.goto(episode.url);
    const box = page.getByRole('searchbox', { name: 'Search this lesson' });
    await box.fill(word);
    await box.press('Enter');
    await expect(page).toHaveURL(`/search/?q=${word}`);
    const note = page.locator('.search-needs-js');
    await expect(note).toBeVisible();
    await expect(note.getByRole('link')).toHaveAttribute('href', '/aio/');
  });
});

test('under a base path, search loads and its links keep the prefix', async ({ page }) => {
  const prefix = basePathBuild.base;
  await page.goto(`http://127.0.0.1:4338${prefix}`);
  const results = await searchFromHeader(page, word);
  await expect(results.first().locator('.search-result-title')).toHaveAttribute(
    'href',
    `${prefix}${episode.url.slice(1)}`,
  );
  await expect(results.first().locator('.search-result-sections a').first()).toHaveAttribute(
    'href',
    new RegExp(`^${prefix}${episode.url.slice(1)}#`),
  );
});
