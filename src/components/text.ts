import { t, type UiKey, type UiStrings } from '../lib/i18n/index.ts';
import type { GeneratedPage } from '../lib/route-data.ts';

/**
 * What components need besides `t`: the interface string that names each of the generator's own
 * pages, and the names of The Carpentries' lesson programmes. Every word of the interface is in
 * the string tables (`src/lib/i18n/`); a component says `t(strings, key)`, never the words.
 */

/** The interface string that names each generated page (menus, page titles, pagination). */
export const generatedPageName = {
  home: 'frame.home',
  keyPoints: 'page.keyPoints',
  allInOne: 'page.allInOne',
  figures: 'page.figures',
  instructorNotes: 'page.instructorNotes',
  profiles: 'page.learnerProfiles',
  search: 'search.title',
} as const satisfies Record<GeneratedPage, UiKey>;

/** The name of a link in the header, footer or pagination: the page's title, or the generated page's. */
export const linkName = (
  strings: UiStrings,
  link: { title?: string; generated?: GeneratedPage },
): string => link.title ?? (link.generated ? t(strings, generatedPageName[link.generated]) : '');

/** The lesson programmes a config's `carpentry:` names: proper names, the same in every language. */
export const communityNames: Readonly<Record<string, string>> = {
  swc: 'Software Carpentry',
  dc: 'Data Carpentry',
  lc: 'Library Carpentry',
  cp: 'The Carpentries',
  incubator: 'The Carpentries Incubator',
  lab: 'The Carpentries Lab',
};
