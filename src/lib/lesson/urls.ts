import { posix } from 'node:path';
import type { Lesson, LessonFormat } from './types.ts';

/** What URL resolution needs to know about the whole site; built once per lesson. */
export interface SiteMap {
  /** Base path of the site, always ending in `/` (`/` or `/my-lesson/`). */
  base: string;
  format: LessonFormat;
  /** Lesson-relative source path (`episodes/02-filedir.md`) → site path of its page (`/02-filedir/`). */
  pageBySource: ReadonlyMap<string, string>;
  /** Slugs of every page, so Jekyll-style links (`../05-history/index.html`) resolve. */
  pageSlugs: ReadonlySet<string>;
  /** Published paths of the lesson's own files (`fig/x.png`), when known; finds `-dark` variants. */
  assets?: ReadonlySet<string>;
}

export interface UrlContext {
  site: SiteMap;
  /** Lesson-relative path of the file whose links are being resolved. */
  sourceFile: string;
}

const hasScheme = /^[a-z][a-z\d+.-]*:/i;

/** Site path of a page from its slug: `/01-intro/`, or `/` for the home page. */
export const pagePath = (slug: string) => (slug === 'index' ? '/' : `/${slug}/`);

export const withBase = (base: string, sitePath: string) => `${base}${sitePath.replace(/^\//, '')}`;

/**
 * Where a lesson file is published. Styles lessons publish `fig/`, `files/`… at the same paths;
 * the Workbench publishes `episodes/fig/` as `/fig/`, and resolves `fig/` from `learners/` pages
 * to the same place.
 */
export function publishedAssetPath(lessonPath: string, format: LessonFormat): string {
  if (format === 'workbench')
    return lessonPath.replace(/^(episodes|learners|instructors|profiles)\//, '');
  return lessonPath;
}

/**
 * Resolve one `href`/`src` written in a source file to its URL in the built site. Relative URLs are
 * read against the source file's folder, as both formats' authors write them; links to `.md`
 * sources and to Jekyll page URLs become page URLs; anything else is an asset.
 */
export function resolveLessonUrl(url: string, context: UrlContext): string {
  const target = resolveLessonTarget(url, context);
  if (!target) return url;
  const { site, sourceFile } = context;
  // A page is linked relative to the page the link is on, so the same HTML works in the learner
  // view and in its copy under /instructor/ (every page sits one folder deep, the home at the
  // root of its view); a file has one URL for both views, with the base path.
  if (target.kind === 'page')
    return (
      encodeURI(relativeSitePath(site.pageBySource.get(sourceFile) ?? '/', target.sitePath)) +
      target.suffix
    );
  return withBase(site.base, encodeURI(target.sitePath)) + target.suffix;
}

/** Where a lesson-relative URL leads in the built site: a page or a file, by site path. */
export interface LessonTarget {
  kind: 'page' | 'file';
  /** Site path without the base: `/02-filedir/`, `/fig/x.png`. */
  sitePath: string;
  /** `?query#fragment` as written. */
  suffix: string;
}

/**
 * The page or file a URL written in `sourceFile` leads to; undefined for URLs that are not the
 * lesson's to resolve (external, same-page `#x`, empty) or that climb out of the lesson folder.
 */
export function resolveLessonTarget(
  url: string,
  { site, sourceFile }: UrlContext,
): LessonTarget | undefined {
  if (!url || url.startsWith('#') || url.startsWith('//') || hasScheme.test(url)) return undefined;
  const cut = url.search(/[?#]/);
  const path = cut === -1 ? url : url.slice(0, cut);
  const suffix = cut === -1 ? '' : url.slice(cut);
  if (!path) return undefined;
  let lessonPath: string;
  try {
    // `{{ site.baseurl }}/x`, `{{ "/x" | relative_url }}` already carry the base path (Jekyll's).
    const sitePath =
      site.base !== '/' && `${path}/`.startsWith(site.base)
        ? path.slice(site.base.length - 1)
        : path;
    lessonPath = path.startsWith('/')
      ? sitePath.slice(1)
      : posix.normalize(posix.join(posix.dirname(sourceFile), decodeURI(path)));
  } catch {
    return undefined;
  }
  if (lessonPath.startsWith('..')) return undefined;
  const page = site.pageBySource.get(lessonPath) ?? pageFromJekyllPath(lessonPath, site.pageSlugs);
  if (page) return { kind: 'page', sitePath: page, suffix };
  const trailing = path.endsWith('/') && !lessonPath.endsWith('/') ? '/' : '';
  return {
    kind: 'file',
    sitePath: `/${publishedAssetPath(lessonPath, site.format)}${trailing}`,
    suffix,
  };
}

/** `/01-intro/` → `/02-next/` is `../02-next/`; `/` → `/02-next/` is `02-next/`; to itself `./`. */
export function relativeSitePath(from: string, to: string): string {
  const fromDir = from.endsWith('/') ? from : posix.dirname(from);
  const relative = posix.relative(fromDir, to);
  if (!relative) return './';
  return to.endsWith('/') && !relative.endsWith('/') ? `${relative}/` : relative;
}

/**
 * `05-history/`, `05-history/index.html`, `05-history.html` → `/05-history/` when such a page
 * exists (Jekyll URLs). A `.md` link that names no source file is read by its file name, as
 * sandpaper publishes every page in one folder (`setup.md` → the page built from learners/setup.md).
 */
function pageFromJekyllPath(lessonPath: string, slugs: ReadonlySet<string>): string | undefined {
  if (['.', './', '', 'index.html', 'index.md'].includes(lessonPath)) return '/';
  const slug = lessonPath
    .replace(/\/index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/\/$/, '');
  if (!slug.includes('/') && slugs.has(slug)) return pagePath(slug);
  const markdown = /(?:^|\/)([^/]+)\.(?:md|Rmd)$/.exec(lessonPath);
  return markdown && slugs.has(markdown[1]!) ? pagePath(markdown[1]!) : undefined;
}

/**
 * The dark-theme variant of a published image, `fig/x-dark.png` for `fig/x.png`, if the lesson
 * has one (a convention of documentation sites that lesson authors can follow).
 */
export function darkVariant(url: string, site: SiteMap): string | undefined {
  if (!site.assets || !url.startsWith(site.base)) return undefined;
  const path = decodeURI(url.slice(site.base.length));
  const variant = path.replace(/(\.[a-z0-9]+)$/i, '-dark$1');
  return variant !== path && site.assets.has(variant)
    ? withBase(site.base, encodeURI(`/${variant}`))
    : undefined;
}

/** The site map of a loaded lesson: every episode and page at its URL. */
export function siteMapOf(
  lesson: Pick<Lesson, 'episodes' | 'pages' | 'settings'>,
  base = '/',
  assets?: ReadonlySet<string>,
): SiteMap {
  const sources = [...lesson.episodes, ...lesson.pages];
  return {
    base,
    assets,
    format: lesson.settings.format,
    pageBySource: new Map(sources.map((s) => [s.file, pagePath(s.slug)])),
    pageSlugs: new Set(sources.map((s) => s.slug)),
  };
}
