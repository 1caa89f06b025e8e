/**
 * The default lesson built with BASE_PATH=/lesson-site/ (tests/e2e/global-setup.ts) and served only
 * under that prefix (playwright.config.ts), as GitHub Pages serves a project page at
 * https://USER.github.io/REPO/. Every page reachable from the home page, every asset it loads and
 * every link it holds must stay under the prefix and answer 200.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { basePathBuild } from './global-setup.ts';
import { escapeRegExp, lessonRoot, readEpisodes } from './helpers.ts';

const origin = 'http://127.0.0.1:4338';
const prefix = basePathBuild.base;
const home = `${origin}${prefix}`;
const outDir = join(lessonRoot, basePathBuild.outDir);

/** Pages are HTML documents to open and crawl; anything else (figures, downloads) is fetched. */
const isPage = (path: string) => path.endsWith('/') || path.endsWith('.html');

/** Answer YouTube's player locally and refuse every other host: the test runs offline. */
async function offline(page: Page): Promise<void> {
  await page.route(
    (url) => url.origin !== origin,
    (route) =>
      new URL(route.request().url()).hostname === 'www.youtube-nocookie.com'
        ? route.fulfill({
            status: 200,
            contentType: 'text/html',
            body: '<!doctype html><title>player</title>',
          })
        : route.abort(),
  );
}

/** Every URL a page refers to: links, and the sources of images, scripts, styles and icons. */
function referencesOf(page: Page) {
  return page.evaluate(() => {
    const links = [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href);
    const sources = [
      ...[
        ...document.querySelectorAll<HTMLImageElement | HTMLScriptElement | HTMLSourceElement>(
          'img[src], script[src], source[src], iframe[src]',
        ),
      ].map((e) => e.src),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')]
        .filter((l) => l.rel !== 'canonical' && l.rel !== 'alternate')
        .map((l) => l.href),
      ...[
        ...document.querySelectorAll<HTMLImageElement | HTMLSourceElement>(
          'img[srcset], source[srcset]',
        ),
      ].flatMap((e) =>
        e.srcset.split(',').map((c) => new URL(c.trim().split(/\s+/)[0]!, document.baseURI).href),
      ),
    ];
    return { links, sources };
  });
}

test('every page, link and asset works under the base path', async ({ page, request }) => {
  test.setTimeout(240_000);
  await offline(page);
  const failures: string[] = [];
  /** Same-origin responses while a page loads (stylesheets, scripts, fonts, images, data). */
  let loading = '';
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin) return;
    if (!url.pathname.startsWith(prefix))
      failures.push(`${loading} loaded ${url.pathname}, outside ${prefix}`);
    else if (response.status() !== 200)
      failures.push(`${loading} loaded ${url.pathname}: HTTP ${response.status()}`);
  });

  const pages = [prefix, `${prefix}404.html`];
  const seenPages = new Set(pages);
  const checkedFiles = new Map<string, number>();
  while (pages.length) {
    const path = pages.shift()!;
    loading = path;
    const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    if (response?.status() !== 200) {
      failures.push(`${path}: HTTP ${response?.status()}`);
      continue;
    }
    const { links, sources } = await referencesOf(page);
    for (const href of [...links, ...sources]) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(prefix)) {
        failures.push(`${path} refers to ${url.pathname}, outside ${prefix}`);
        continue;
      }
      if (links.includes(href) && isPage(url.pathname)) {
        if (!seenPages.has(url.pathname)) {
          seenPages.add(url.pathname);
          pages.push(url.pathname);
        }
      } else if (!checkedFiles.has(url.pathname)) {
        const status = (await request.get(`${origin}${url.pathname}`)).status();
        checkedFiles.set(url.pathname, status);
        if (status !== 200) failures.push(`${path} refers to ${url.pathname}: HTTP ${status}`);
      }
    }
  }

  expect(failures, 'links or assets that break under the base path').toEqual([]);
  // The crawl reached the lesson itself, not just the home page.
  for (const episode of readEpisodes())
    expect([...seenPages], `episode ${episode.slug} reached from the home page`).toContain(
      `${prefix}${episode.slug}/`,
    );
  expect(
    [...seenPages].some((p) => p.startsWith(`${prefix}instructor/`)),
    'the instructor view is reached',
  ).toBe(true);
  expect(checkedFiles.size, 'stylesheets, scripts and figures were checked').toBeGreaterThan(0);
});

test('the video placeholder starts the nocookie player under the base path', async ({ page }) => {
  const episode = readEpisodes().find((e) => /<iframe\b[^>]*youtube/i.test(e.body));
  test.skip(!episode, 'no episode embeds a video');
  const title = /<iframe\b[^>]*\btitle="([^"]*)"/i.exec(episode!.body)?.[1] ?? '';
  await offline(page);
  await page.goto(`${home}${episode!.slug}/`);
  await expect(page.getByRole('main').locator('iframe')).toHaveCount(0);
  const player = page.waitForRequest(
    (r) => new URL(r.url()).hostname === 'www.youtube-nocookie.com',
  );
  await page
    .getByRole('main')
    .getByRole('button', { name: new RegExp(escapeRegExp(title)) })
    .click();
  await expect(page.getByRole('main').locator('iframe')).toHaveAttribute(
    'src',
    /^https:\/\/www\.youtube-nocookie\.com\/embed\//,
  );
  await player;
});

test('the search index loads under the base path', async ({ page }) => {
  test.skip(
    !existsSync(join(outDir, 'pagefind')),
    'the site has no search index (no pagefind/ in the build)',
  );
  await offline(page);
  await page.goto(home);
  const firstEpisode = readEpisodes()[0]!;
  const word = firstEpisode.title.split(/\W+/).find((w) => w.length > 4) ?? firstEpisode.title;
  const urls = await page.evaluate(
    async ({ script, word }) => {
      const pagefind = await import(script);
      const search = await pagefind.search(word);
      return Promise.all(
        search.results
          .slice(0, 5)
          .map(async (r: { data: () => Promise<{ url: string }> }) => (await r.data()).url),
      );
    },
    { script: `${prefix}pagefind/pagefind.js`, word },
  );
  expect(urls.length, `search results for "${word}"`).toBeGreaterThan(0);
  for (const url of urls)
    expect(url, 'a search result links under the base path').toMatch(
      new RegExp(`^${escapeRegExp(prefix)}`),
    );
});
