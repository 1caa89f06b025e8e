import { pagePath, withBase } from './lesson/urls.ts';

/** Slugs of the generator's own pages; a lesson page with the same slug would be shadowed. */
export const generatedPages = {
  keyPoints: 'key-points',
  allInOne: 'aio',
  figures: 'figures',
} as const;

export const reservedSlugs = new Set<string>(Object.values(generatedPages));

/**
 * Styles lessons link to theme-generated pages as if they were sources (`{% link aio.md %}`);
 * these are this generator's equivalents.
 */
const generatedBySource: Record<string, string> = {
  'aio.md': generatedPages.allInOne,
  '_extras/figures.md': generatedPages.figures,
  'figures.md': generatedPages.figures,
};

export const generatedPageForSource = (sourcePath: string): string | undefined => generatedBySource[sourcePath];

/** URL of the page with this slug (`index` is the home page) under the site's base path. */
export function pageHref(base: string, slug: string): string {
  return withBase(base.endsWith('/') ? base : `${base}/`, pagePath(slug));
}
