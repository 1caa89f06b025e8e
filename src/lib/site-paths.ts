import { pagePath, withBase } from './lesson/urls.ts';

/** Slugs of the generator's own pages; a lesson page with the same slug would be shadowed. */
export const generatedPages = {
  keyPoints: 'key-points',
} as const;

export const reservedSlugs = new Set<string>(Object.values(generatedPages));

/** URL of the page with this slug (`index` is the home page) under the site's base path. */
export function pageHref(base: string, slug: string): string {
  return withBase(base.endsWith('/') ? base : `${base}/`, pagePath(slug));
}
