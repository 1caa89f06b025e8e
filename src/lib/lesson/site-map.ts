import { posix } from 'node:path';
import { generatedPages, mergedIntoGeneratedPage } from '../site-paths.ts';
import type { LessonAssets } from './assets.ts';
import { isLessonFile } from './lesson-files.ts';
import { stylesSource } from './source-extensions.ts';
import type { Lesson, PageSection } from './types.ts';
import { pagePath, type LessonFileIndex, type SiteMap } from './urls.ts';

interface MapSource {
  file: string;
  slug: string;
  section?: PageSection;
  frontmatter: object;
}

/**
 * Where Jekyll published a styles source, from the same rules it used: a `permalink:` in the
 * frontmatter; for a collection (`_episodes/`, `_extras/`) the collection's `permalink:` in the
 * config (the styles template's `/:path/index.html`; Jekyll's default `/:collection/:path.html`);
 * for any other page the site's `permalink:` style (`pretty`: `/setup/`; otherwise `/setup.html`).
 */
export function jekyllUrl(source: MapSource, config: Record<string, unknown>): string {
  if (source.file === 'index.md' || source.file === 'index.html') return '/';
  const permalink = (source.frontmatter as { permalink?: unknown }).permalink;
  if (typeof permalink === 'string' && permalink.trim() && !permalink.includes(':'))
    return `/${permalink.trim().replace(/^\/+/, '')}`;
  const path = source.file.replace(stylesSource, '');
  const inCollection = /^_([^/]+)\/(.+)$/.exec(path);
  if (inCollection) {
    // Knitted R Markdown episodes were published as the episodes collection.
    const name = inCollection[1] === 'episodes_rmd' ? 'episodes' : inCollection[1]!;
    const collections = config.collections as Record<string, { permalink?: unknown }> | undefined;
    const pattern = collections?.[name]?.permalink;
    const template = typeof pattern === 'string' ? pattern : '/:collection/:path:output_ext';
    const url = template
      .replace(/:collection/g, name)
      .replace(/:path/g, inCollection[2]!)
      .replace(/:(?:name|basename|title|slug)/g, posix.basename(inCollection[2]!))
      .replace(/:output_ext/g, '.html');
    return `/${url.replace(/^\/+/, '').replace(/\/{2,}/g, '/')}`;
  }
  if (path.endsWith('/index')) return `/${path.slice(0, -'index'.length)}`;
  return config.permalink === 'pretty' ? `/${path}/` : `/${path}.html`;
}

/** `/x/index.html` is served as `/x/`; both name the page. */
const urlForms = (url: string) =>
  url.endsWith('/index.html')
    ? [url, url.slice(0, -'index.html'.length)]
    : url.endsWith('/')
      ? [url, `${url}index.html`]
      : [url];

/** sandpaper's names of the pages it generated, as its links and inbound links use them. */
export const sandpaperPageNames: Record<string, string> = {
  aio: generatedPages.allInOne,
  'key-points': generatedPages.keyPoints,
  images: generatedPages.figures,
  'instructor-notes': generatedPages.instructorNotes,
};

export interface SiteMapOptions {
  /** Base path of the site, ending in `/`. */
  base?: string;
  /** The lesson's published files (`listAssets`); without them, files are placed by rule only. */
  assets?: LessonAssets;
  /** See `SiteMap.homeFragments`. */
  homeFragments?: ReadonlyMap<string, string>;
}

/** The site path of a source's page: its own, or the generated page it is folded into. */
function ourPagePath(source: MapSource): string {
  if (source.section && mergedIntoGeneratedPage(source.section, source.slug))
    return pagePath(
      source.section === 'profiles' ? generatedPages.profiles : generatedPages.instructorNotes,
    );
  return pagePath(source.slug);
}

/** The site map of a loaded lesson: every episode and page at its URL, and where its toolchain had it. */
export function siteMapOf(
  lesson: Pick<Lesson, 'episodes' | 'pages' | 'settings'>,
  { base = '/', assets, homeFragments }: SiteMapOptions = {},
): SiteMap {
  const sources: MapSource[] = [...lesson.episodes, ...lesson.pages];
  const { format, siteVariables } = lesson.settings;
  const pageBySource = new Map(sources.map((s) => [s.file, ourPagePath(s)]));
  const pageByName = new Map<string, string>();
  for (const [name, slug] of Object.entries(generatedPages)) {
    if (name === 'profiles' && !sources.some((s) => s.section === 'profiles')) continue;
    pageByName.set(slug, pagePath(slug));
  }
  if (format === 'workbench')
    for (const [name, slug] of Object.entries(sandpaperPageNames))
      pageByName.set(name, pagePath(slug));
  for (const source of sources) pageByName.set(source.slug, pageBySource.get(source.file)!);
  const toolchainUrl = new Map<string, string>();
  const pageByUrl = new Map<string, string>();
  if (format === 'styles')
    for (const source of sources) {
      const url = jekyllUrl(source, siteVariables);
      toolchainUrl.set(source.file, url);
      for (const form of urlForms(url)) pageByUrl.set(form, pageBySource.get(source.file)!);
    }
  return {
    base,
    format,
    toolchainBase: declaredBase(siteVariables),
    pageBySource,
    pageSlugs: new Set(sources.map((s) => s.slug)),
    pageByName,
    pageByUrl,
    toolchainUrl,
    assets: assets && new Set(assets.files.keys()),
    files: assets && lessonFileIndex(lesson.settings.dir, assets.sources),
    homeFragments,
  };
}

/**
 * The lesson's files for URL resolution: the published ones (site path → lesson path, as
 * `listAssets` gives them), and any other through the gate.
 */
export function lessonFileIndex(
  dir: string,
  sources: ReadonlyMap<string, string>,
): LessonFileIndex {
  const published = new Map([...sources].map(([site, lesson]) => [lesson, site]));
  const known = new Map<string, boolean>();
  return {
    published,
    atSitePath: sources,
    isFile: (lessonPath) => {
      let found = known.get(lessonPath);
      if (found === undefined) known.set(lessonPath, (found = isLessonFile(dir, lessonPath)));
      return found;
    },
  };
}

/** The base path in the lesson's config (`baseurl: /lesson`, `url: https://x.org/lesson`), as `/lesson/`. */
function declaredBase(config: Record<string, unknown>): string | undefined {
  const { baseurl, url } = config;
  let path = typeof baseurl === 'string' ? baseurl.trim() : '';
  if (!path && typeof url === 'string')
    try {
      path = new URL(url.trim()).pathname;
    } catch {
      path = '';
    }
  const trimmed = path.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : undefined;
}
