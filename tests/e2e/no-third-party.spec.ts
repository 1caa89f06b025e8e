import { expect, test } from '@playwright/test';
import { builtPageUrls, loadFully, readEpisodes, recordRequests, siteOrigin } from './helpers.ts';

/** Home and every episode (named by the sources, so none can go missing), then every other built page. */
const pages = [...new Set(['/', ...readEpisodes().map((e) => e.url), ...builtPageUrls()])];

for (const url of pages) {
  test(`${url}: no request leaves ${siteOrigin} on load`, async ({ page }) => {
    const requests = recordRequests(page);
    await loadFully(page, url);
    expect(requests.length, 'the page itself was requested').toBeGreaterThan(0);
    const elsewhere = requests
      .map((r) => r.url())
      .filter((u) => /^(https?|wss?):/.test(u) && new URL(u).origin !== siteOrigin);
    expect(elsewhere, 'requests to other origins').toEqual([]);
  });
}
