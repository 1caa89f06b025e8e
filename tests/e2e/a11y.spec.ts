/**
 * Accessibility: axe-core on every kind of page of the default lesson, in the light and the dark
 * colour scheme, at WCAG 2.1 A and AA. Folded content (solutions, hints) is opened before the scan,
 * so its colours are checked too: a closed <details> is not rendered and axe would skip it.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { shellBuilds } from './global-setup.ts';
import { distDir, readEpisodes } from './helpers.ts';

const wcag = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** An episode with the most to check: the one whose source has the most fenced/blockquote blocks. */
function richestEpisode(): string {
  const episodes = readEpisodes().filter((e) => e.break === undefined);
  const weight = (body: string) => (body.match(/^(?:>|:::|```)/gm) ?? []).length;
  return [...episodes].sort((a, b) => weight(b.body) - weight(a.body))[0]!.slug;
}

const episode = richestEpisode();

/** Each kind of page once. Optional pages (search, glossary) are checked when the build has them. */
const pages: { name: string; url: string; optional?: string }[] = [
  { name: 'home', url: '/' },
  { name: 'episode (learner)', url: `/${episode}/` },
  { name: 'episode (instructor)', url: `/instructor/${episode}/` },
  { name: 'instructor home', url: '/instructor/' },
  { name: 'key points', url: '/key-points/' },
  { name: 'all in one', url: '/aio/' },
  { name: 'figures', url: '/figures/' },
  { name: 'setup', url: '/setup/', optional: 'setup/index.html' },
  {
    name: 'instructor notes',
    url: '/instructor/instructor-notes/',
    optional: 'instructor/instructor-notes/index.html',
  },
  { name: 'glossary', url: '/reference/', optional: 'reference/index.html' },
  { name: 'search results', url: '/search/?q=cluster', optional: 'search/index.html' },
  { name: 'not found', url: '/404.html' },
];

/** The page-shell fixtures: every callout kind, a long page, the home page with setup. */
const styles = `${shellBuilds.styles.origin}${shellBuilds.styles.base}`;
const workbench = `${shellBuilds.workbench.origin}${shellBuilds.workbench.base}`;
pages.push(
  { name: 'every callout, styles (instructor)', url: `${styles}instructor/01-callouts/` },
  { name: 'home, styles', url: styles },
  { name: 'every callout, Workbench (instructor)', url: `${workbench}instructor/01-callouts/` },
  { name: 'every callout, Workbench (learner)', url: `${workbench}01-callouts/` },
  { name: 'long page, Workbench', url: `${workbench}02-long-read/` },
  { name: 'home with setup, Workbench', url: workbench },
);

async function scan(page: Page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  const results = await new AxeBuilder({ page }).withTags(wcag).analyze();
  // A readable failure: rule, impact, and the first few offending nodes with axe's own summary.
  return results.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    nodes: v.nodes
      .slice(0, 5)
      .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.replace(/\s+/g, ' ')}`),
  }));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} colour scheme`, () => {
    test.use({ colorScheme });
    for (const { name, url, optional } of pages) {
      test(`${name} ${url}: no WCAG 2.1 AA violations`, async ({ page }) => {
        test.skip(
          !!optional && !existsSync(join(distDir, optional)),
          `this build has no ${optional}`,
        );
        await page.goto(url, { waitUntil: 'load' });
        if (url.startsWith('/search/')) await page.waitForLoadState('networkidle');
        expect(await scan(page)).toEqual([]);
      });
    }

    test('the theme toggle pins the other theme without violations', async ({ page }) => {
      await page.goto(`/${episode}/`);
      const toggle = page.locator('.theme-toggle');
      test.skip(!(await toggle.isVisible()), 'no theme toggle on this page');
      await toggle.click();
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(
        colorScheme === 'dark' ? 'light' : 'dark',
      );
      expect(await scan(page)).toEqual([]);
    });
  });
}
