import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFormat } from '../lib/lesson/detect-layout.ts';
import { listSources } from '../lib/lesson/list-sources.ts';
import { readConfig } from '../lib/lesson/read-config.ts';
import { isInstructorPage } from '../lib/route-data.ts';
import { generatedPages, instructorPrefix } from '../lib/site-paths.ts';

/**
 * For search engines, when the site's URL is known (`SITE_URL`, or the config's `url:`): a
 * sitemap of the learner pages (@astrojs/sitemap writes `sitemap-index.xml`) and a `robots.txt`
 * that names it. The instructor copies stay out of the sitemap: each points at its learner page
 * as canonical and asks not to be indexed (see `PageHead.astro`); so do the search page and the
 * learner view's copies of pages written for instructors. Without a site URL neither file is
 * written: a sitemap needs absolute URLs.
 */
export function seoIntegrations(
  site: string | undefined,
  base: string,
  lessonDir: string,
): AstroIntegration[] {
  if (!site) return [];
  const root = new URL(base, site);
  const unlisted = [
    `${instructorPrefix}/`,
    `${generatedPages.search}/`,
    `${generatedPages.instructorNotes}/`,
    ...instructorPages(lessonDir).map((slug) => `${slug}/`),
  ];
  const listed = (page: string) => {
    const path = new URL(page).pathname.slice(root.pathname.length);
    return !unlisted.some((prefix) => path.startsWith(prefix));
  };
  return [sitemap({ filter: listed }), robots(new URL('sitemap-index.xml', root).href)];
}

/** Slugs of the lesson's instructor pages, from its file list (no page is rendered for this). */
function instructorPages(dir: string): string[] {
  const format = detectFormat(dir);
  if (!format) return [];
  const config = readConfig(dir, format);
  const files = listSources(config.settings, config.bag, config.lineOf);
  return files.pages
    .filter((page) => page.section && isInstructorPage({ section: page.section, slug: page.slug }))
    .map((page) => page.slug);
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
