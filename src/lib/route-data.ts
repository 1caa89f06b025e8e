import { resolveLanguage, type UiLanguage } from './i18n/resolve.ts';
import type { LessonLinkTarget } from './lesson/community-files.ts';
import type { EpisodeData, PageData, SettingsData } from './lesson/entries.ts';
import { withBase } from './lesson/urls.ts';
import { buildSchedule } from './schedule.ts';
import { generatedPages, mergedIntoGeneratedPage, pageHref, type View } from './site-paths.ts';

/**
 * Route data: everything a page shell needs, built once per page from the loader's entries (see
 * `src/middleware.ts`), so layouts and components read one typed object instead of a dozen props
 * and never compute the same thing twice. Pure: no Astro, no I/O, no interface wording (links to
 * the generator's own pages carry a `generated` key the components name).
 */

/** The generator's pages (and the lesson's home) that components name in the interface language. */
export type GeneratedPage = keyof typeof generatedPages | 'home';

export interface NavLink {
  href: string;
  /** Slug of the page it opens, to mark the current page; absent for links out of the site. */
  slug?: string;
  /** The lesson page's own title; absent for a generated page, named by `generated`. */
  title?: string;
  generated?: GeneratedPage;
}

interface SiteNavigation {
  /** Always in view: setup, key points, the glossary. */
  primary: NavLink[];
  /** Every other learner page (extras, `learners/`, learner profiles), figures, all in one. */
  learnerResources: NavLink[];
  /** Instructor view only: instructor notes and the lesson's other instructor pages. */
  instructorResources: NavLink[];
}

interface FooterData {
  /** The licence: its page or file when the lesson has one, named as the config names it. */
  license?: { href?: string; name?: string };
  citation?: string;
  codeOfConduct?: string;
  contributing?: string;
  source?: string;
  /** "Edit this page": the current page's source in the repository. */
  edit?: string;
  contact?: string;
  /** Other top-level pages of the lesson that no menu lists. */
  pages: NavLink[];
}

/** Where an episode sits in the day, for the instructor view. */
interface EpisodeTiming {
  day: number;
  /** Minutes since midnight; null once an earlier length is unknown. */
  start: number | null;
  /** Length in minutes; null when unknown. */
  minutes: number | null;
}

interface PageSeo {
  /** Plain text for `<meta name="description">` and Open Graph; the lesson's summary by default. */
  description?: string;
  /** Absolute when the site URL is known; the learner copy of the page in either view. */
  canonical?: string;
  /** Instructor copies, search results and the 404 page stay out of search engines. */
  noindex: boolean;
  /** Absolute URL of an image of the page or the lesson, when the site URL is known. */
  image?: string;
}

interface RouteSettings extends SettingsData {
  /** Base path of the site, always ending in `/`. */
  base: string;
  /** Absolute URL of the site's root (origin and base), when the site URL is known. */
  siteUrl?: string;
}

export interface RouteData {
  settings: RouteSettings;
  /**
   * The interface's language: `<html lang>` and `dir`, and the strings every component speaks
   * (`t(route.ui.strings, key)`), from the lesson's `lang:`.
   */
  ui: UiLanguage;
  view: View;
  /** Slug of the page shown: an entry's slug, a generated page's, `index` or `404`. */
  current: string;
  /** The episode or lesson page shown, if the page is one. */
  entry?: EpisodeData | PageData;
  episodes: EpisodeData[];
  pages: PageData[];
  home?: PageData;
  /** The learner setup page, which the schedule's Setup row opens. */
  setup?: PageData;
  /** URL of a page (by slug) in this page's view. */
  href: (slug: string) => string;
  /** The same page in the other view (the header's switch). */
  switchView: { view: View; href: string };
  navigation: SiteNavigation;
  footer: FooterData;
  /** An episode's previous and next page. */
  pagination?: { previous: NavLink; next: NavLink };
  /** Every episode's place in the schedule, by slug. */
  timings: ReadonlyMap<string, EpisodeTiming>;
  seo: PageSeo;
}

export interface RouteInput {
  settings: SettingsData;
  /** The interface language, resolved once per build; by default from `settings.lang`. */
  ui?: UiLanguage;
  episodes: EpisodeData[];
  /** Every page but the home page. */
  pages: PageData[];
  home?: PageData;
  /** Plain-text summary of the lesson (the home page's first paragraph). */
  summary?: string;
  /** Plain text of each episode's questions, by slug, for its description. */
  questionText?: (episode: EpisodeData) => string;
  /** The site's base path as configured (`/`, `/repo`, `/repo/`). */
  base: string;
  /** The site's origin, when known (`https://user.github.io`). */
  site?: string | URL;
  view: View;
  current: string;
}

const withSlash = (base: string) => (base.endsWith('/') ? base : `${base}/`);

/** The glossary: a styles lesson's top-level `reference.md`, a Workbench `learners/reference.md`. */
const isGlossary = (p: PageData) => p.slug === 'reference' && p.section !== 'instructors';

/** Pages whose content an instructor needs, which the learner search leaves out. */
export const isInstructorPage = (p: Pick<PageData, 'section' | 'slug'>) =>
  p.section === 'instructors' || (p.section === 'extras' && p.slug === 'guide');

export function buildRouteData(input: RouteInput): RouteData {
  const { settings, episodes, pages, home, view, current } = input;
  const base = withSlash(input.base || '/');
  const siteUrl = input.site ? new URL(base, input.site).href : undefined;
  const href = (slug: string) => pageHref(base, slug, view);
  const entry: EpisodeData | PageData | undefined =
    episodes.find((e) => e.slug === current) ??
    pages.find((p) => p.slug === current) ??
    (current === 'index' ? home : undefined);
  const setup = pages.find((p) => p.slug === 'setup' && p.section !== 'instructors');
  const otherView: View = view === 'learner' ? 'instructor' : 'learner';
  const switchable = current !== '404';

  return {
    settings: { ...settings, base, siteUrl },
    ui: input.ui ?? resolveLanguage(settings.lang),
    view,
    current,
    entry,
    episodes,
    pages,
    home,
    setup,
    href,
    switchView: {
      view: otherView,
      href: pageHref(base, switchable ? current : 'index', otherView),
    },
    navigation: navigation(pages, setup, view, href),
    footer: footer(input, base, href, entry),
    pagination: entry?.kind === 'episode' ? pagination(entry, episodes, href) : undefined,
    timings: timings(episodes, settings.startMinutes),
    seo: seo(input, base, siteUrl, entry),
  };
}

function navigation(
  pages: PageData[],
  setup: PageData | undefined,
  view: View,
  href: (slug: string) => string,
): SiteNavigation {
  const page = (p: PageData): NavLink => ({ href: href(p.slug), slug: p.slug, title: p.title });
  const generated = (key: keyof typeof generatedPages): NavLink => ({
    href: href(generatedPages[key]),
    slug: generatedPages[key],
    generated: key,
  });
  const glossary = pages.find(isGlossary);
  const listed = (p: PageData) =>
    p !== setup && p !== glossary && !mergedIntoGeneratedPage(p.section, p.slug);
  const primary = [
    ...(setup ? [page(setup)] : []),
    generated('keyPoints'),
    ...(glossary ? [page(glossary)] : []),
  ];
  const learnerResources = [
    ...pages
      .filter((p) => listed(p) && (p.section === 'learners' || p.section === 'extras'))
      .filter((p) => !isInstructorPage(p))
      .map(page),
    ...(pages.some((p) => p.section === 'profiles') ? [generated('profiles')] : []),
    generated('figures'),
    generated('allInOne'),
  ];
  const instructorResources =
    view === 'instructor'
      ? [
          generated('instructorNotes'),
          ...pages.filter((p) => listed(p) && p.section === 'instructors').map(page),
        ]
      : [];
  // One entry per page: a styles lesson's own _extras/figures.md opens the generated figures
  // page, which the menu already lists.
  const seen = new Set<string>();
  const once = (links: NavLink[]) =>
    links.filter((l) => !seen.has(l.href) && (seen.add(l.href), true));
  return {
    primary: once(primary),
    learnerResources: once(learnerResources),
    instructorResources: once(instructorResources),
  };
}

const targetHref = (target: LessonLinkTarget, base: string, href: (slug: string) => string) =>
  'slug' in target ? href(target.slug) : 'url' in target ? target.url : withBase(base, target.path);

function footer(
  input: RouteInput,
  base: string,
  href: (slug: string) => string,
  entry: EpisodeData | PageData | undefined,
): FooterData {
  const { settings, pages } = input;
  const { community } = settings;
  const link = (target: LessonLinkTarget | undefined) => target && targetHref(target, base, href);
  const license =
    community.license || settings.license
      ? { href: link(community.license), name: settings.license }
      : undefined;
  const linkedSlugs = new Set(
    Object.values(community).flatMap((t: LessonLinkTarget) => ('slug' in t ? [t.slug] : [])),
  );
  return {
    license,
    citation: link(community.citation),
    codeOfConduct: link(community.codeOfConduct),
    contributing: link(community.contributing),
    source: settings.source,
    edit: entry?.meta.editUrl,
    contact: settings.contact ? `mailto:${settings.contact}` : undefined,
    pages: pages
      .filter((p) => p.section === 'top' && !linkedSlugs.has(p.slug))
      .filter((p) => p.slug !== 'setup' && !isGlossary(p))
      .map((p) => ({ href: href(p.slug), slug: p.slug, title: p.title })),
  };
}

function pagination(
  episode: EpisodeData,
  episodes: EpisodeData[],
  href: (slug: string) => string,
): { previous: NavLink; next: NavLink } {
  const index = episodes.indexOf(episode);
  const before = episodes[index - 1];
  const after = episodes[index + 1];
  return {
    previous: before
      ? { href: href(before.slug), slug: before.slug, title: before.title }
      : { href: href('index'), slug: 'index', generated: 'home' },
    next: after
      ? { href: href(after.slug), slug: after.slug, title: after.title }
      : {
          href: href(generatedPages.keyPoints),
          slug: generatedPages.keyPoints,
          generated: 'keyPoints',
        },
  };
}

/**
 * The schedule of a lesson's episodes, made once per build: every page's route data names it, and
 * remaking it for each of a 1000-episode lesson's 2 000 pages was a quarter of the route phase.
 */
const timingsOf = new WeakMap<readonly EpisodeData[], Map<number, Map<string, EpisodeTiming>>>();

function timings(episodes: EpisodeData[], startMinutes: number): Map<string, EpisodeTiming> {
  let byStart = timingsOf.get(episodes);
  if (!byStart) timingsOf.set(episodes, (byStart = new Map()));
  let found = byStart.get(startMinutes);
  if (!found) byStart.set(startMinutes, (found = scheduleTimings(episodes, startMinutes)));
  return found;
}

function scheduleTimings(
  episodes: EpisodeData[],
  startMinutes: number,
): Map<string, EpisodeTiming> {
  const schedule = buildSchedule(episodes, startMinutes);
  const bySlug = new Map<string, EpisodeTiming>();
  for (const row of schedule.rows)
    if (row.episode)
      bySlug.set(row.episode.slug, { day: row.day, start: row.startMinutes, minutes: row.minutes });
  return bySlug;
}

/** Pages that describe nothing a search engine should list (the instructors' page included). */
const unlisted = new Set<string>(['404', generatedPages.search, generatedPages.instructorNotes]);

function seo(
  input: RouteInput,
  base: string,
  siteUrl: string | undefined,
  entry: EpisodeData | PageData | undefined,
): PageSeo {
  const { view, current, summary, home } = input;
  const questions =
    entry?.kind === 'episode' && input.questionText ? input.questionText(entry) : undefined;
  const description = squash(questions || summary);
  const learnerPath = pageHref(base, current, 'learner');
  const canonical =
    current === '404' ? undefined : siteUrl ? new URL(learnerPath, siteUrl).href : learnerPath;
  // Link previews show raster images only; SVG figures are common in lessons and would not show.
  const image = [entry, home, ...input.episodes]
    .flatMap((e) => e?.images ?? [])
    .find((i) => /\.(png|jpe?g|gif|webp)$/i.test(i.src.split(/[?#]/)[0]!))?.src;
  const forInstructors = entry?.kind === 'page' && isInstructorPage(entry);
  return {
    description,
    canonical,
    noindex: view === 'instructor' || unlisted.has(current) || forInstructors,
    image: image && siteUrl ? absolute(image, siteUrl) : undefined,
  };
}

/** A description is one line of plain text, at most about 160 characters (what engines show). */
function squash(text: string | undefined): string | undefined {
  const line = text?.replace(/\s+/g, ' ').trim();
  if (!line) return undefined;
  if (line.length <= 160) return line;
  const cut = line.slice(0, 159);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 100 ? cut.lastIndexOf(' ') : 159)}…`;
}

function absolute(url: string, siteUrl: string): string | undefined {
  try {
    return new URL(url, siteUrl).href;
  } catch {
    return undefined;
  }
}
