import { posix } from 'node:path';
import type { LessonFormat } from './types.ts';

/**
 * The lesson's files as the site publishes them: what the format publishes anyway (figures, data,
 * downloads) and, through the lesson-file gate, any other file a page links to.
 */
export interface LessonFileIndex {
  /** Lesson path (`episodes/fig/x.png`) → site path without the leading slash (`fig/x.png`). */
  published: ReadonlyMap<string, string>;
  /** Site path without the leading slash → lesson path; the inverse of `published`. */
  atSitePath: ReadonlyMap<string, string>;
  /**
   * Whether the lesson has a readable regular file at a lesson path, through the lesson-file gate
   * (never outside the lesson, never a dot-file or anything in a dot-folder).
   */
  isFile(lessonPath: string): boolean;
}

/** What URL resolution needs to know about the whole site; built once per lesson (`siteMapOf`). */
export interface SiteMap {
  /** Base path of the site, always ending in `/` (`/` or `/my-lesson/`). */
  base: string;
  format: LessonFormat;
  /**
   * Lesson-relative source path (`episodes/02-filedir.md`) → site path of its page (`/02-filedir/`);
   * a source folded into a generated page (a learner profile) → that page (`/profiles/`).
   */
  pageBySource: ReadonlyMap<string, string>;
  /** Slugs of every page, so Jekyll-style links (`../05-history/index.html`) resolve. */
  pageSlugs: ReadonlySet<string>;
  /**
   * Page names as the toolchains' URLs use them (`05-history` in `/05-history/` or
   * `05-history.html`) → site path; sources folded into a generated page and sandpaper's names of
   * generated pages (`images` → `/figures/`) included. Without it, `pageSlugs` decide.
   */
  pageByName?: ReadonlyMap<string, string>;
  /** URLs the toolchain published pages at under another name (a Jekyll `permalink: /conduct/`). */
  pageByUrl?: ReadonlyMap<string, string>;
  /**
   * Source path → the URL its toolchain published the page at, when it is not our own (Jekyll's
   * `/setup.html` for `setup.md`): relative URLs in the source are read against it, as the
   * browser read them on the published page.
   */
  toolchainUrl?: ReadonlyMap<string, string>;
  /**
   * The base path the lesson's config says its site was published under (styles `baseurl:`, the
   * path of `url:`), ending in `/`: an absolute link written with it (`/genomics-workshop/faq`)
   * worked on the published site, wherever this build is deployed.
   */
  toolchainBase?: string;
  /** Published paths of the lesson's own files (`fig/x.png`), when known; finds `-dark` variants. */
  assets?: ReadonlySet<string>;
  /** The lesson's files, when known: which exist and where each is published. */
  files?: LessonFileIndex;
  /**
   * Ids that the toolchain put on the home page from another page → that page's site path:
   * sandpaper builds `index.html` from index.md and learners/setup.md together, so
   * `index.html#installation` reached a heading of the setup instructions.
   */
  homeFragments?: ReadonlyMap<string, string>;
}

export interface UrlContext {
  site: SiteMap;
  /** Lesson-relative path of the file whose links are being resolved. */
  sourceFile: string;
}

const hasScheme = /^[a-z][a-z\d+.-]*:/i;
const markdownPath = /\.(?:md|Rmd)$/i;

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

/** A URL resolved for a built page, and the lesson target it leads to (undefined: not the lesson's). */
export interface ResolvedUrl {
  url: string;
  target?: LessonTarget;
}

/**
 * Resolve one `href`/`src` written in a source file to its URL in the built site, the way the
 * lesson's own toolchain published it (see `resolveLessonTarget`).
 */
export function resolveLessonLink(url: string, context: UrlContext): ResolvedUrl {
  const target = resolveLessonTarget(url, context);
  if (!target) return { url };
  const { site, sourceFile } = context;
  // A page is linked relative to the page the link is on, so the same HTML works in the learner
  // view and in its copy under /instructor/ (every page sits one folder deep, the home at the
  // root of its view); a file has one URL for both views, with the base path.
  if (target.kind === 'page') {
    const here = site.pageBySource.get(sourceFile) ?? '/';
    // A link to a place on the same page is only its fragment, so that a page shown inside
    // another (the all-in-one page) can point it at the copy it shows.
    if (target.sitePath === here && target.suffix.startsWith('#'))
      return { url: target.suffix, target };
    return { url: encodeURI(relativeSitePath(here, target.sitePath)) + target.suffix, target };
  }
  return { url: withBase(site.base, encodeURI(target.sitePath)) + target.suffix, target };
}

/** `resolveLessonLink`'s URL alone. */
export const resolveLessonUrl = (url: string, context: UrlContext): string =>
  resolveLessonLink(url, context).url;

/** Where a lesson-relative URL leads in the built site: a page or a file, by site path. */
export interface LessonTarget {
  kind: 'page' | 'file';
  /** Site path without the base: `/02-filedir/`, `/fig/x.png`. */
  sitePath: string;
  /** `?query#fragment` as written. */
  suffix: string;
  /** The lesson file a file target is, when the lesson has it (unknown without `site.files`). */
  lessonFile?: string;
  /**
   * The file is published only because a page links to it (it is not among the files the format
   * publishes anyway); the build copies it to `sitePath`.
   */
  linked?: boolean;
}

/**
 * The page or file a URL written in `sourceFile` leads to, read as the lesson's toolchain read it
 * on the page it published; undefined for URLs that are not the lesson's to resolve (external,
 * same-page `#x`, empty, unreadable).
 *
 * - Jekyll (styles) published each page at a URL (`_episodes/05-history.md` at `/05-history/`,
 *   `setup.md` at `/setup.html`), and the browser resolved a relative URL against that URL, not
 *   against the source's folder: `../fig/x.png` in `setup.md` reaches `/fig/x.png`.
 * - sandpaper (Workbench) published every page flat at the site root and flattened links on the
 *   way (`../episodes/x.md` → `x.html`, one leading `../` dropped): `fig/x.png` and `../fig/x.png`
 *   both reach `/fig/x.png`.
 *
 * A path that climbs above the site root stays at the root, as a browser keeps it. Links to `.md`
 * sources are also read against the source's folder (as GitHub shows them). A file is found where
 * the format publishes it, or else as the lesson file the URL names (published because it is linked).
 */
export function resolveLessonTarget(url: string, context: UrlContext): LessonTarget | undefined {
  // Browsers strip leading and trailing whitespace from URL attributes (`src="fig/x.png "`).
  const written = url.trim();
  if (!written || written.startsWith('#') || written.startsWith('//') || hasScheme.test(written))
    return undefined;
  const cut = written.search(/[?#]/);
  const path = cut === -1 ? written : written.slice(0, cut);
  const suffix = cut === -1 ? '' : written.slice(cut);
  if (!path) return undefined;
  const published = toolchainPath(path, context);
  if (published === undefined) return undefined;
  const page = pageFor(published, path, context);
  if (page) {
    const fragment = suffix.startsWith('#') ? suffix.slice(1) : undefined;
    const moved = page === '/' && fragment ? context.site.homeFragments?.get(fragment) : undefined;
    return { kind: 'page', sitePath: moved ?? page, suffix };
  }
  return { ...fileFor(published, context.site), suffix };
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

/**
 * sandpaper's link flattening (its Lua filter for every Markdown link and image): one leading
 * `../episodes/`, `../learners/`, `../instructors/` or `../profiles/` goes, then one leading `../`.
 */
const flattenSandpaper = (path: string) =>
  path.replace(/^\.\.\/(?:episodes|learners|instructors|profiles)\//, '').replace(/^\.\.\//, '');

/** The decoded site path a URL reached on the toolchain's published page (`/fig/x.png`). */
function toolchainPath(path: string, { site, sourceFile }: UrlContext): string | undefined {
  let target = path;
  // `{{ site.baseurl }}/x`, `{{ "/x" | relative_url }}` already carry the base path; an author
  // may have written the base path of the site as it was published.
  for (const base of [site.base, site.toolchainBase])
    if (base && base !== '/' && target.startsWith('/') && `${target}/`.startsWith(base)) {
      target = target.slice(base.length - 1) || '/';
      break;
    }
  if (site.format === 'workbench') target = flattenSandpaper(target);
  const pageUrl =
    site.format === 'workbench'
      ? '/'
      : (site.toolchainUrl?.get(sourceFile) ?? site.pageBySource.get(sourceFile) ?? '/');
  let resolved: URL;
  try {
    resolved = new URL(target, `http://site.invalid${pageUrl}`);
  } catch {
    return undefined;
  }
  // Static hosts serve `/fig//x.png` as `/fig/x.png`.
  return decode(resolved.pathname.replace(/\/{2,}/g, '/'));
}

/** The page a published path names, if any: a source, a page URL, or a page by its name. */
function pageFor(published: string, written: string, { site, sourceFile }: UrlContext) {
  const exact = site.pageByUrl?.get(published);
  if (exact) return exact;
  const byName = (name: string) =>
    name === 'index' || name === ''
      ? '/'
      : (site.pageByName?.get(name) ?? (site.pageSlugs.has(name) ? pagePath(name) : undefined));
  if (markdownPath.test(published)) {
    // A link to a source: relative to the source's folder, as GitHub shows it, or to the page URL.
    const decoded = decode(written);
    const fromSource =
      decoded === undefined || decoded.startsWith('/')
        ? undefined
        : posix.normalize(posix.join(posix.dirname(sourceFile), decoded));
    const bySource =
      (fromSource && site.pageBySource.get(fromSource)) ??
      site.pageBySource.get(published.slice(1));
    if (bySource) return bySource;
    // sandpaper publishes every page in one folder: `setup.md` is the page built from learners/setup.md.
    return byName(posix.basename(published).replace(markdownPath, ''));
  }
  // Jekyll's and sandpaper's page URLs: `/x/`, `/x/index.html`, `/x.html`, and `/x`, which static
  // hosts serve from one of them.
  const name = published
    .slice(1)
    .replace(/(?:^|\/)index\.html$/, '')
    .replace(/\.html$/, '')
    .replace(/\/$/, '');
  return name.includes('/') ? undefined : byName(name);
}

/** The file a published path names: where the format publishes it, else the lesson file itself. */
function fileFor(published: string, site: SiteMap): Omit<LessonTarget, 'suffix'> {
  const inSite = published.slice(1);
  const { files } = site;
  if (!files || published.endsWith('/'))
    return {
      kind: 'file',
      sitePath: published.endsWith('/') ? published : `/${publishedAssetPath(inSite, site.format)}`,
    };
  const atPath = files.atSitePath.get(inSite);
  if (atPath) return { kind: 'file', sitePath: published, lessonFile: atPath };
  // The URL names a lesson file by its path in the lesson: where the format publishes that file
  // (`/episodes/files/data.zip` → `/files/data.zip`), or, for a file the format does not publish
  // (a top-level `fig/`, `AUTHORS`), at the path the link names, because a page links to it.
  const elsewhere = files.published.get(inSite);
  if (elsewhere) return { kind: 'file', sitePath: `/${elsewhere}`, lessonFile: inSite };
  if (files.isFile(inSite))
    return { kind: 'file', sitePath: published, lessonFile: inSite, linked: true };
  return { kind: 'file', sitePath: published };
}

/** `/01-intro/` → `/02-next/` is `../02-next/`; `/` → `/02-next/` is `02-next/`; to itself `./`. */
export function relativeSitePath(from: string, to: string): string {
  const fromDir = from.endsWith('/') ? from : posix.dirname(from);
  const relative = posix.relative(fromDir, to);
  if (!relative) return './';
  return to.endsWith('/') && !relative.endsWith('/') ? `${relative}/` : relative;
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
