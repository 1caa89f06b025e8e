import { expect, test } from '@playwright/test';
import { inlineText, readEpisodes } from './helpers.ts';

const withPoints = readEpisodes().filter((e) => e.keypoints.length > 0);

test('the key points page lists every episode with key points, under a linked h2', async ({
  page,
}) => {
  await page.goto('/key-points/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Key points');

  const main = page.getByRole('main');
  const headings = main.getByRole('heading', { level: 2 });
  await expect(headings).toHaveText(withPoints.map((e) => e.title));

  for (const [index, episode] of withPoints.entries()) {
    const heading = headings.nth(index);
    await expect(heading.getByRole('link', { name: episode.title, exact: true })).toHaveAttribute(
      'href',
      episode.url,
    );
    // The list that follows this heading (before the next h2) holds this episode's points.
    const items = heading.locator('xpath=following-sibling::ul[1]/li');
    await expect(items, `${episode.slug}: number of key points`).toHaveCount(
      episode.keypoints.length,
    );
    await expect(items).toHaveText(episode.keypoints.map(inlineText));
  }
});
