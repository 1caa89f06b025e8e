import { t, type UiStrings } from '../i18n/index.ts';
import { generatedPages, instructorPrefix } from '../site-paths.ts';
import type { LegacyRedirect } from './entries.ts';
import { sandpaperPageNames } from './site-map.ts';
import type { Lesson } from './types.ts';
import { pagePath, type SiteMap } from './urls.ts';

/** Addresses a lesson's site can never redirect from: the home page and the not-found page. */
const neverRedirected = new Set(['/index.html', '/404.html']);

/**
 * Where the lesson's own toolchain published each page, when that address is not the page's
 * address here, so that links into the old site (from workshop websites, slides, search engines)
 * keep working:
 * - sandpaper (Workbench) published every page flat, as `/<name>.html`, and its instructor view as
 *   `/instructor/<name>.html`; its own pages as `aio.html`, `key-points.html`, `images.html`…;
 * - Jekyll (styles) published episodes at `/<name>/` (as here), other pages at `/<name>.html`, or
 *   where a `permalink:` put them (`/conduct/`).
 * An address that a page or a published file of this site already has is left to it.
 */
export function legacyRedirects(
  lesson: Pick<Lesson, 'episodes' | 'pages' | 'settings'>,
  site: SiteMap,
  isPublishedFile: (sitePath: string) => boolean,
  /** The interface's words, for the titles of the pages the generator makes. */
  strings: UiStrings,
): LegacyRedirect[] {
  const titles = new Map<string, string>();
  for (const e of lesson.episodes) titles.set(e.file, e.frontmatter.title);
  for (const p of lesson.pages) titles.set(p.file, p.title);
  const ourPages = new Set(site.pageBySource.values());
  const found = new Map<string, LegacyRedirect>();
  const add = (from: string, to: string, title: string) => {
    const file = from.endsWith('/') ? `${from}index.html` : from;
    if (neverRedirected.has(file) || found.has(from) || from === to) return;
    if (from.endsWith('/') && ourPages.has(from)) return;
    if (isPublishedFile(file.slice(1))) return;
    found.set(from, { from, to, title });
  };
  if (site.format === 'workbench') {
    const generated: [string, string, string][] = Object.entries(sandpaperPageNames).map(
      ([name, slug]) => {
        const key = generatedTitles[slug];
        return [name, pagePath(slug), key ? t(strings, key) : slug];
      },
    );
    if (lesson.pages.some((p) => p.section === 'profiles'))
      generated.push([
        generatedPages.profiles,
        pagePath(generatedPages.profiles),
        t(strings, 'page.learnerProfiles'),
      ]);
    const sources: [string, string, string][] = [...lesson.episodes, ...lesson.pages]
      .filter((s) => s.slug !== 'index')
      .map((s) => [s.slug, site.pageBySource.get(s.file)!, titles.get(s.file) ?? s.slug]);
    for (const [name, to, title] of [...sources, ...generated]) {
      add(`/${name}.html`, to, title);
      add(`/${instructorPrefix}/${name}.html`, `/${instructorPrefix}${to}`, title);
    }
  } else {
    const collections = lesson.settings.siteVariables.collections;
    for (const [file, url] of site.toolchainUrl ?? []) {
      const to = site.pageBySource.get(file);
      if (!to || !publishedByJekyll(file, collections)) continue;
      add(url.replace(/\/index\.html$/, '/'), to, titles.get(file) ?? to);
    }
  }
  return [...found.values()].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
}

/**
 * Whether Jekyll published the file at all: a page outside `_folders/` always, a collection's
 * document (`_episodes/x.md`) only when the config declares the collection (knitted R Markdown,
 * `_episodes_rmd/`, was published as the episodes). Without that, there is no old address.
 */
function publishedByJekyll(file: string, collections: unknown): boolean {
  const folder = /^_([^/]+)\//.exec(file)?.[1];
  if (!folder) return true;
  const name = folder === 'episodes_rmd' ? 'episodes' : folder;
  return typeof collections === 'object' && collections !== null && name in collections;
}

const generatedTitles: Partial<
  Record<string, 'page.allInOne' | 'page.keyPoints' | 'page.figures' | 'page.instructorNotes'>
> = {
  [generatedPages.allInOne]: 'page.allInOne',
  [generatedPages.keyPoints]: 'page.keyPoints',
  [generatedPages.figures]: 'page.figures',
  [generatedPages.instructorNotes]: 'page.instructorNotes',
};
