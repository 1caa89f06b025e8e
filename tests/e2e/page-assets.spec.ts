import { expect, test, type Request } from '@playwright/test';
import { loadFully, readEpisodes, recordRequests } from './helpers.ts';

/*
 * Every page loads one shared stylesheet and one script; what only some pages show brings its
 * own: the click-to-load frames' and the tab sets' styles and code, KaTeX's styles, the search
 * results' styles once the search box is used. A page without them downloads none of it, and a
 * page with them shows them styled.
 */
const optional =
  /\/(?:embeds|tabs|video-embed|search-results|search-ui)\.[\w-]+\.(?:css|js)$|katex/;
const assets = (requests: Request[]) =>
  requests
    .map((r) => new URL(r.url()).pathname)
    .filter((path) => /\.(?:css|js)$/.test(path) && !path.includes('/pagefind/'));

const plain = readEpisodes().find((e) => !/<iframe|\$\$|\btab\b/.test(e.body));
if (!plain) throw new Error('every episode of the default lesson has a frame, math or tabs');
const framed = readEpisodes().find((e) => /<iframe\b[^>]*youtube/i.test(e.body));
if (!framed) throw new Error('no episode of the default lesson embeds a video');

test(`${plain.slug}: only the shared stylesheet and script, until search is used`, async ({
  page,
}) => {
  const requests = recordRequests(page);
  await loadFully(page, plain.url);
  const loaded = assets(requests);
  expect(loaded.filter((path) => path.endsWith('.css'))).toHaveLength(1);
  expect(loaded.filter((path) => optional.test(path))).toEqual([]);
  // …and the shared files do not carry them either: no rule of theirs, no string of their code.
  const text = async (ext: string) =>
    (
      await Promise.all(
        loaded
          .filter((path) => path.endsWith(ext))
          .map(async (path) => (await page.request.get(path)).text()),
      )
    ).join('\n');
  const css = await text('.css');
  for (const rule of ['.embed-open{', '.tab-panel{', '.search-result-title{'])
    expect(css).not.toContain(rule);
  const js = await text('.js');
  for (const literal of ['lesson-group-tab', 'encrypted-media']) expect(js).not.toContain(literal);

  const box = page.getByRole('search').getByRole('searchbox', { name: 'Search this lesson' });
  await box.click();
  await box.fill('cluster');
  const panel = page.locator('.search-panel');
  await expect(panel.locator('.search-result').first()).toBeVisible();
  expect(assets(requests).some((path) => /\/search-results\.[\w-]+\.css$/.test(path))).toBe(true);
  // Styled: the panel floats under the box instead of pushing the page down.
  await expect(panel).toHaveCSS('position', 'absolute');
});

test(`${framed.slug}: the frame placeholder's styles and code come with it`, async ({ page }) => {
  const requests = recordRequests(page);
  await loadFully(page, framed.url);
  const loaded = assets(requests);
  expect(loaded.some((path) => /\/embeds\.[\w-]+\.css$/.test(path))).toBe(true);
  expect(loaded.some((path) => /\/video-embed\.[\w-]+\.js$/.test(path))).toBe(true);
  // The script made the placeholder a button; the stylesheet laid it over the frame's box.
  const open = page.locator('button.embed-open').first();
  await expect(open).toHaveCSS('position', 'absolute');
});

test('a Workbench tab set: its styles and code come with it', async ({ page }) => {
  const requests = recordRequests(page);
  await loadFully(page, 'http://127.0.0.1:4410/files/');
  const loaded = assets(requests);
  expect(loaded.some((path) => /\/tabs\.[\w-]+\.css$/.test(path))).toBe(true);
  expect(loaded.some((path) => /\/tabs\.[\w-]+\.js$/.test(path))).toBe(true);
  await expect(page.locator('.tabs').first().getByRole('tablist')).toHaveCSS('display', 'flex');
});
