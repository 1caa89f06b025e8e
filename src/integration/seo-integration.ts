import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedPages, instructorPrefix } from '../lib/site-paths.ts';

/**
 * For search engines, when the site's URL is known (`SITE_URL`, or the config's `url:`): a
 * sitemap of the learner pages (@astrojs/sitemap writes `sitemap-index.xml`) and a `robots.txt`
 * that names it. The instructor copies stay out of the sitemap: each points at its learner page
 * as canonical and asks not to be indexed (see `PageHead.astro`); so does the search page.
 * Without a site URL neither file is written: a sitemap needs absolute URLs.
 */
export function seoIntegrations(site: string | undefined, base: string): AstroIntegration[] {
  if (!site) return [];
  const root = new URL(base, site);
  const unlisted = [`${instructorPrefix}/`, `${generatedPages.search}/`];
  const listed = (page: string) => {
    const path = new URL(page).pathname.slice(root.pathname.length);
    return !unlisted.some((prefix) => path.startsWith(prefix));
  };
  return [sitemap({ filter: listed }), robots(new URL('sitemap-index.xml', root).href)];
}

function robots(sitemapUrl: string): AstroIntegration {
  return {
    name: 'lesson-site-robots',
    hooks: {
      'astro:build:done': ({ dir }) => {
        writeFileSync(
          join(fileURLToPath(dir), 'robots.txt'),
          `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`,
        );
      },
    },
  };
}
