import { expect, test, type Locator } from '@playwright/test';
import { expectedSchedule, hasSetupPage, inlineText, readConfig, readEpisodes } from './helpers.ts';

const config = readConfig();
const episodes = readEpisodes();
const rows = expectedSchedule(episodes, config.startTime);
const multiDay = episodes.some((e, i) => i > 0 && e.start);

test.describe('home page', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  test('shows the lesson title as the only h1', async ({ page }) => {
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(config.title);
    await expect(page).toHaveTitle(config.title);
  });

  test('schedule lists setup, every episode with its clock time, and finish rows', async ({
    page,
  }) => {
    const schedule = page.getByRole('region', { name: 'Schedule' });
    const table = schedule.getByRole('table');
    await expect(table).toBeVisible();

    const headers = (await table.getByRole('columnheader').allTextContents()).map((h) => h.trim());
    // A Day column only when an episode after the first has `start: true`.
    expect(multiDay, 'the default lesson has a multi-day schedule').toBe(true);
    expect(headers).toEqual([...(multiDay ? ['Day'] : []), 'Time', 'Episode', 'Questions']);
    const column = (name: string) => headers.indexOf(name);

    const bodyRows = table.locator('tbody > tr');
    await expect(bodyRows).toHaveCount(rows.length);

    for (const [index, expected] of rows.entries()) {
      const row = bodyRows.nth(index);
      const cell = (name: string): Locator => row.getByRole('cell').nth(column(name));
      const where = `row ${index + 1} (${expected.kind}${expected.episode ? ` ${expected.episode.slug}` : ''})`;

      await expect(cell('Time'), `${where}: clock time`).toHaveText(expected.time);
      if (multiDay)
        await expect(cell('Day'), `${where}: day`).toHaveText(
          expected.firstOfDay ? `Day ${expected.day}` : '',
        );

      const title = cell('Episode');
      if (expected.kind === 'setup') {
        await expect(title, where).toHaveText('Setup');
        if (hasSetupPage())
          await expect(title.getByRole('link', { name: 'Setup' })).toHaveAttribute(
            'href',
            '/setup/',
          );
      } else if (expected.kind === 'finish') {
        await expect(title, where).toHaveText('Finish');
        await expect(title.getByRole('link'), `${where}: Finish is not a link`).toHaveCount(0);
      } else {
        const episode = expected.episode!;
        const link = title.getByRole('link');
        await expect(link, `${where}: one link`).toHaveCount(1);
        await expect(link, where).toHaveText(episode.title);
        await expect(link, where).toHaveAttribute('href', episode.url);
        const questions = cell('Questions').getByRole('listitem');
        await expect(questions, `${where}: questions`).toHaveText(
          episode.questions.map(inlineText),
        );
      }
    }
  });

  test('the break row names the break and its length', async ({ page }) => {
    const breaks = rows.filter((r) => r.kind === 'break');
    expect(breaks.length, 'the default lesson has a break episode').toBeGreaterThan(0);
    const table = page.getByRole('region', { name: 'Schedule' }).getByRole('table');
    for (const expected of breaks) {
      const episode = expected.episode!;
      const row = table
        .locator('tbody > tr')
        .filter({ has: page.getByRole('link', { name: episode.title, exact: true }) });
      await expect(row).toHaveCount(1);
      await expect(row).toContainText(new RegExp(`\\b${episode.break} min\\b.*break`, 'i'));
    }
  });

  test('each day ends with a Finish row at the end of its last episode', async ({ page }) => {
    const finishes = rows.filter((r) => r.kind === 'finish');
    expect(finishes).toHaveLength(1 + episodes.filter((e, i) => i > 0 && e.start).length);
    const table = page.getByRole('region', { name: 'Schedule' }).getByRole('table');
    const finishRows = table
      .locator('tbody > tr')
      .filter({ hasText: /^\s*(Day \d+\s*)?\d\d:\d\d\s*Finish\s*$/ });
    await expect(finishRows).toHaveCount(finishes.length);
    for (const [index, expected] of finishes.entries()) {
      await expect(finishRows.nth(index)).toContainText(expected.time);
    }
  });
});
