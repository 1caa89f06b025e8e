import { pagePath, withBase } from './lesson/urls.ts';

/** Slugs of the generator's own pages; a lesson page with the same slug would be shadowed. */
export const generatedPages = {
  keyPoints: 'key-points',
  allInOne: 'aio',
  figures: 'figures',
  instructorNotes: 'instructor-notes',
  profiles: 'profiles',
  search: 'search',
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

/**
 * Sources the generator folds into one of its own pages: the Workbench's instructor notes
 * (instructors/instructor-notes.md) and learner profiles (profiles/*.md).
 */
export function mergedIntoGeneratedPage(section: string, slug: string): boolean {
  return (
    section === 'profiles' || (section === 'instructors' && slug === generatedPages.instructorNotes)
  );
}

export const generatedPageForSource = (sourcePath: string): string | undefined =>
  generatedBySource[sourcePath];

/** Learners see the lesson; instructors see the same pages under `/instructor/` with their notes. */
export type View = 'learner' | 'instructor';
export const instructorPrefix = 'instructor';

/** The all-in-one page of each view, as files of the built site. */
export const allInOnePages = [
  `${generatedPages.allInOne}/index.html`,
  `${instructorPrefix}/${generatedPages.allInOne}/index.html`,
];

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** URL of the page with this slug (`index` is the home page) in a view, under the base path. */
export function pageHref(base: string, slug: string, view: View = 'learner'): string {
  const path = view === 'instructor' ? `/${instructorPrefix}${pagePath(slug)}` : pagePath(slug);
  return withBase(withSlash(base), path);
}
