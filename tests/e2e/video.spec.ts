import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { escapeRegExp, loadFully, readEpisodes, recordRequests } from './helpers.ts';

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

/*
 * One of each kind of third-party embed, in a fixture lesson of its own (tests/fixtures/lessons/
 * embeds, built by global-setup into dist-embeds/ and served on :4347). The browser has no
 * internet here: every request that leaves the site is recorded and answered locally, so a test
 * can tell exactly what was asked for, and when.
 */
const embedsOrigin = 'http://127.0.0.1:4347';
const embedsPage = `${embedsOrigin}/embeds/`;
const isLocal = (url: string) =>
  !/^(https?|wss?):/.test(url) || new URL(url).origin === embedsOrigin;

test.describe('every kind of embed waits for the learner', () => {
  let leaving: string[];
  test.beforeEach(async ({ context }) => {
    leaving = [];
    await context.route(
      (url) => !isLocal(url.href),
      (route) => {
        leaving.push(route.request().url());
        return route.fulfill({
          status: 200,
          contentType: 'text/html',
          body: '<!doctype html><title>third party</title>',
        });
      },
    );
  });

  test('nothing leaves the site on load, with scripts, stylesheets, pixels and media on the page', async ({
    page,
  }) => {
    const requests = recordRequests(page);
    await loadFully(page, embedsPage);
    expect(requests.length, 'the page itself was requested').toBeGreaterThan(0);
    expect(leaving, 'requests to other sites on load').toEqual([]);
    expect(requests.map((r) => r.url()).filter((u) => !isLocal(u))).toEqual([]);

    const main = page.getByRole('main');
    // Five frames from other sites wait behind buttons; the lesson's own frame is a frame.
    await expect(main.locator('button.embed-open')).toHaveCount(5);
    await expect(main.locator('iframe')).toHaveCount(1);
    await expect(main.locator('iframe')).toHaveAttribute('src', /files\/demo\.html$/);
    await expect(main.locator('script')).toHaveCount(0);
    // The tweet is still a quote with its link; TeX is rendered without MathJax.
    await expect(main.locator('blockquote.twitter-tweet')).toContainText('sort in the order');
    await expect(main.getByRole('link', { name: '2 March 2021' })).toHaveAttribute(
      'href',
      'https://twitter.com/teacher/status/1234567890',
    );
    await expect(main.locator('.katex').first()).toBeVisible();
    // The poster shipped with the lesson is shown, from the site itself.
    await expect(main.locator('.embed-poster')).toHaveAttribute('src', '/fig/loops-poster.svg');
    await expect(main.locator('video')).toHaveAttribute('preload', 'none');
    await expect(main.locator('video')).not.toHaveAttribute('autoplay', /.*/);
  });

  for (const [name, host, src] of [
    [
      'Play video: Loops in the shell',
      'www.youtube-nocookie.com',
      'https://www.youtube-nocookie.com/embed/aBcDeFgHiJk?start=90&autoplay=1',
    ],
    [
      'Play video: Vimeo video',
      'player.vimeo.com',
      'https://player.vimeo.com/video/76979871?autoplay=1',
    ],
    ['Play animation: GIPHY animation', 'giphy.com', 'https://giphy.com/embed/Q1w2E3r4T5y6'],
    [
      'Show slides: Course slides',
      'docs.google.com',
      'https://docs.google.com/presentation/d/e/2PACX-example/embed?start=false',
    ],
    ['Show document: Handout', 'files.example.org', 'https://files.example.org/handout.pdf'],
  ] as const) {
    test(`“${name}”: only ${host}, only after the click`, async ({ page }) => {
      await loadFully(page, embedsPage);
      const button = page.getByRole('main').getByRole('button', { name });
      await expect(button).toHaveCount(1);
      expect(leaving, 'before the click').toEqual([]);

      const frames = page.getByRole('main').locator('iframe');
      await expect(frames).toHaveCount(1);
      const request = page.waitForRequest((r) => new URL(r.url()).hostname === host);
      await button.focus();
      await page.keyboard.press('Enter');
      await request;
      await expect(frames).toHaveCount(2);
      await expect(page.getByRole('main').locator(`iframe[src="${src}"]`)).toHaveCount(1);
      expect(leaving.map((u) => new URL(u).hostname)).toEqual([host]);
    });
  }

  test('remote media is fetched when the learner presses play, not before', async ({ page }) => {
    await loadFully(page, embedsPage);
    expect(leaving).toEqual([]);
    const request = page.waitForRequest((r) => new URL(r.url()).hostname === 'media.example.org');
    await page
      .getByRole('main')
      .locator('video')
      .evaluate((video: HTMLVideoElement) => video.play().catch(() => undefined));
    await request;
    expect(leaving.every((u) => new URL(u).hostname === 'media.example.org')).toBe(true);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the placeholders pass axe (WCAG 2.1 AA) in the ${colorScheme} scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.route(
      (url) => !isLocal(url.href),
      (route) => route.abort(),
    );
    await page.goto(embedsPage);
    await expect(page.locator('button.embed-open').first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include('main')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`),
    ).toEqual([]);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('each placeholder is a link to the source', async ({ page }) => {
    await page.goto(embedsPage);
    const main = page.getByRole('main');
    await expect(main.locator('button.embed-open')).toHaveCount(0);
    // The placeholder itself and its caption both link to the source.
    for (const [placeholder, caption, href] of [
      [
        'Play video: Loops in the shell – YouTube',
        'Watch “Loops in the shell” on YouTube',
        'https://www.youtube.com/watch?v=aBcDeFgHiJk&t=90',
      ],
      ['Play video: Vimeo video – Vimeo', 'Watch on Vimeo', 'https://vimeo.com/76979871'],
      [
        'Play animation: GIPHY animation – GIPHY',
        'Open the animation on giphy.com',
        'https://giphy.com/gifs/Q1w2E3r4T5y6',
      ],
      [
        'Show slides: Course slides – Google Slides',
        'Open “Course slides” on docs.google.com',
        'https://docs.google.com/presentation/d/e/2PACX-example/embed?start=false',
      ],
      [
        'Show document: Handout – files.example.org',
        'Open “Handout” on files.example.org',
        'https://files.example.org/handout.pdf',
      ],
    ] as const) {
      for (const name of [placeholder, caption]) {
        const link = main.getByRole('link', { name, exact: true });
        await expect(link).toHaveAttribute('href', href);
        await expect(link).toBeVisible();
      }
    }
  });
});
