import { expect, test } from '@playwright/test';
import { escapeRegExp, readEpisodes, recordRequests } from './helpers.ts';

/** The first episode whose source embeds a YouTube iframe, with the video's id and title. */
function findVideo() {
  for (const episode of readEpisodes()) {
    const iframe = /<iframe\b[^>]*>/i.exec(episode.body)?.[0];
    const id =
      iframe && /src="https:\/\/www\.youtube(?:-nocookie)?\.com\/embed\/([\w-]+)/.exec(iframe)?.[1];
    if (iframe && id) return { episode, id, title: /\btitle="([^"]*)"/.exec(iframe)?.[1] ?? '' };
  }
  throw new Error('no episode embeds a YouTube video');
}

const video = findVideo();
const isGoogleVideoHost = (url: string) => /youtube|ytimg|googlevideo/i.test(new URL(url).hostname);

test.describe(`video facade on ${video.episode.slug}`, () => {
  test.beforeEach(async ({ page }) => {
    // No internet here: answer the player's request locally so the test is offline and deterministic.
    await page.route(/^https:\/\/www\.youtube-nocookie\.com\//, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>player</title>',
      }),
    );
    // Anything else at Google's video hosts would be a leak; fail it fast rather than wait for DNS.
    await page.route(
      (url) => isGoogleVideoHost(url.href) && url.hostname !== 'www.youtube-nocookie.com',
      (route) => route.abort(),
    );
  });

  test('nothing is requested from YouTube until the learner plays the video with the keyboard', async ({
    page,
  }) => {
    expect(video.id).toBe('8C_SCDbUJTg');
    const requests = recordRequests(page);
    await page.goto(video.episode.url, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');

    expect(
      requests.filter((r) => isGoogleVideoHost(r.url())).map((r) => r.url()),
      'requests to YouTube before the click',
    ).toEqual([]);
    await expect(page.locator('iframe'), 'no iframe before the click').toHaveCount(0);

    // The placeholder shows the title and a play button named after the video.
    const main = page.getByRole('main');
    await expect(main.getByText(video.title, { exact: true })).toBeVisible();
    const play = main.getByRole('button', { name: new RegExp(escapeRegExp(video.title)) });
    await expect(play).toHaveCount(1);
    await expect(play).toBeVisible();

    // Reachable with Tab from the top of the page.
    let reached = false;
    for (let presses = 0; presses < 200 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = await play.evaluate((button) => button === document.activeElement);
    }
    expect(reached, 'the play button is reachable with Tab').toBe(true);
    await expect(play).toBeFocused();

    const playerRequest = page.waitForRequest(
      (r) => new URL(r.url()).hostname === 'www.youtube-nocookie.com',
    );
    await page.keyboard.press('Enter');

    const iframe = main.locator('iframe');
    await expect(iframe).toHaveCount(1);
    await expect(iframe).toHaveAttribute(
      'src',
      new RegExp(`^${escapeRegExp(`https://www.youtube-nocookie.com/embed/${video.id}`)}`),
    );
    await expect(iframe).toHaveAttribute('title', new RegExp(escapeRegExp(video.title)));
    await playerRequest;
    expect(
      requests
        .filter((r) => isGoogleVideoHost(r.url()))
        .every((r) => new URL(r.url()).hostname === 'www.youtube-nocookie.com'),
      'after the click only youtube-nocookie is contacted',
    ).toBe(true);
  });

  test('clicking the placeholder also starts the player', async ({ page }) => {
    await page.goto(video.episode.url);
    const playerRequest = page.waitForRequest(
      (r) => new URL(r.url()).hostname === 'www.youtube-nocookie.com',
    );
    await page
      .getByRole('main')
      .getByRole('button', { name: new RegExp(escapeRegExp(video.title)) })
      .click();
    await expect(page.getByRole('main').locator('iframe')).toHaveAttribute(
      'src',
      new RegExp(`^https://www\\.youtube-nocookie\\.com/embed/${video.id}`),
    );
    await playerRequest;
  });

  test('the fallback link goes to the video on YouTube', async ({ page }) => {
    await page.goto(video.episode.url);
    const link = page.getByRole('main').getByRole('link', {
      name: new RegExp(`^Watch .*${escapeRegExp(video.title)}.* on YouTube$`),
    });
    await expect(link).toHaveCount(1);
    await expect(link).toHaveAttribute('href', `https://www.youtube.com/watch?v=${video.id}`);
  });
});
