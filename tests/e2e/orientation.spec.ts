/**
 * Orientation: a "#" link to each section heading, an on-page table of contents for long
 * episodes, "Edit this page" pointing at the episode's source file, and the date of its last
 * change from git.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { parse as parseYaml } from 'yaml';
import { lessonRoot, readEpisodes } from './helpers.ts';

const episodes = readEpisodes();
const config = parseYaml(readFileSync(join(lessonRoot, 'config.yaml'), 'utf8')) as {
  source?: string;
  branch?: string;
};

/** `## ` headings outside blockquote callouts and code fences, as the author wrote them. */
function sectionHeadings(body: string): string[] {
  const headings: string[] = [];
  let fence = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fence = !fence;
    const match = !fence && /^## +(.+?)\s*(\{[^}]*\})?\s*$/.exec(line);
    if (match) headings.push(match[1]!);
  }
  return headings;
}

for (const episode of episodes.filter((e) => e.break === undefined)) {
  test(`${episode.slug}: each section heading has a "Link to this section" anchor`, async ({
    page,
  }) => {
    await page.goto(episode.url);
    const headings = page.locator(
      '.lesson-content :is(h2, h3)[id]:not(summary *):not(.tab-panel > *)',
    );
    const count = await headings.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const heading = headings.nth(i);
      const id = (await heading.getAttribute('id'))!;
      const anchor = heading.locator('xpath=following-sibling::a[1]');
      await expect(anchor).toHaveAttribute('href', `#${id}`);
      await expect(anchor).toHaveAccessibleName('Link to this section');
    }
    // The heading's own name stays the author's text.
    const first = headings.first();
    await expect(first).toHaveAccessibleName((await first.textContent())!.trim());
    await page.locator('.heading-anchor').first().focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(`${episode.url}#${await first.getAttribute('id')}`);
  });

  test(`${episode.slug}: a table of contents when it has 3 or more sections`, async ({ page }) => {
    await page.goto(episode.url);
    const toc = page.getByRole('navigation', { name: 'On this page' });
    const sections = sectionHeadings(episode.body);
    if (sections.length < 3) {
      await expect(toc).toHaveCount(0);
      return;
    }
    await expect(toc.locator(':scope > ol > li > a')).toHaveText(sections);
    const link = toc.locator('a').nth(1);
    const href = (await link.getAttribute('href'))!;
    await expect(page.locator(href)).toHaveCount(1);
  });
}

test('"Edit this page" opens the episode source in the lesson repository', async ({ page }) => {
  test.skip(
    !config.source?.startsWith('https://github.com/'),
    'the default lesson has no GitHub source',
  );
  for (const episode of episodes) {
    await page.goto(episode.url);
    const file = ['md', 'Rmd']
      .map((ext) => `episodes/${episode.slug}.${ext}`)
      .find((f) => existsSync(join(lessonRoot, f)));
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
      'href',
      `${config.source!.replace(/\/$/, '')}/edit/${config.branch ?? 'main'}/${file}`,
    );
  }
});

test('the last-updated date is the date of the last commit of the episode file', async ({
  page,
}) => {
  const episode = episodes[0]!;
  let date = '';
  try {
    date = execFileSync('git', ['log', '-1', '--format=%cs', '--', `episodes/${episode.slug}.md`], {
      cwd: lessonRoot,
      encoding: 'utf8',
    }).trim();
  } catch {
    // Not a repository: no date to show.
  }
  await page.goto(episode.url);
  const time = page.locator('.last-updated time');
  if (!date) {
    await expect(time).toHaveCount(0);
    return;
  }
  await expect(time).toHaveAttribute('datetime', date);
  await expect(page.locator('.last-updated')).toContainText(/Last updated \d{1,2} \w+ \d{4}/);
});
