import type { CommunityLinks } from './community-files.ts';
import type { PageSection } from './types.ts';

/** What a page says about its source: where to edit it, when it last changed (from git). */
export interface PageMetaData {
  /** URL that edits the source in the lesson's repository (GitHub, GitLab, Codeberg). */
  editUrl?: string;
  /** YYYY-MM-DD of the last commit that changed the source. */
  updated?: string;
}

/** What the content layer stores per page, shared by the loader (writer) and the pages (readers). */
export interface RenderedHeadingData {
  depth: number;
  slug: string;
  text: string;
  /** Inline HTML for a heading that holds TeX (see `RenderedHeading.html`). */
  html?: string;
  insideCallout: boolean;
}

interface RenderedEntry {
  slug: string;
  /** Lesson-relative source path. */
  file: string;
  /** The title as text: what lists, the browser tab and search show. */
  title: string;
  /**
   * The title as inline HTML, when it has formatting: a Workbench title is Markdown (sandpaper
   * passes it through pandoc), so `**R Markdown**` is bold in the page's heading.
   */
  titleHtml?: string;
  html: string;
  headings: RenderedHeadingData[];
  images: { src: string; alt: string }[];
  /** The page has TeX math and needs KaTeX's stylesheet. */
  math: boolean;
  /** The page has a click-to-load frame and needs the embeds stylesheet. */
  embeds: boolean;
  /** The page has a tab set and needs the tabs stylesheet. */
  tabs: boolean;
  /** The body starts with its own `<h1>`, so the layout adds none. */
  hasOwnH1: boolean;
  /** "Edit this page" and "last updated", resolved by the loader (layouts do no I/O). */
  meta: PageMetaData;
  /** Position in the lesson's order (episodes) or menu order (pages). */
  order: number;
  /** Lesson files published only because this page links to them (site path → lesson path). */
  linkedFiles: { sitePath: string; lessonFile: string }[];
  /** Lesson paths this page links to that do not exist (its HTML changes if one appears). */
  missingFiles: string[];
}

/** What decides which of the stylesheets only some pages need a page loads. */
export type StylesheetNeeds = Pick<RenderedEntry, 'math' | 'embeds' | 'tabs'>;

export interface EpisodeData extends RenderedEntry {
  kind: 'episode';
  /** Minutes; `null` when the author's value held no number (the schedule's clock stops). */
  teaching: number | null;
  exercises: number | null;
  /** Minutes of a break episode; `null` when unknown. */
  break?: number | null;
  start: boolean;
  questions: string[];
  objectives: string[];
  keypoints: string[];
  /** Outer HTML of each instructor note in the episode, for the instructor notes page. */
  instructorNotes: string[];
  /** `html` with every id prefixed by the slug, for the all-in-one page (`scopeIds`). */
  aioHtml: string;
}

export interface PageData extends RenderedEntry {
  kind: 'page';
  section: PageSection;
  /** Jekyll layout of a styles page (`reference` adds the key points summary). */
  layout?: string;
  /**
   * A styles page in Jekyll's episode layout: its overview box and key points, the lists as
   * inline HTML, as an episode's.
   */
  overview?: Pick<EpisodeData, 'teaching' | 'exercises' | 'questions' | 'objectives' | 'keypoints'>;
}

export interface SettingsData {
  kind: 'settings';
  format: 'styles' | 'workbench';
  title: string;
  carpentry?: string;
  lifeCycle?: string;
  startMinutes: number;
  contact?: string;
  source?: string;
  branch: string;
  /** The lesson's language (`lang:` in the config), a tag such as `es`; `en` when unset. */
  lang: string;
  /** The licence the config names (`license: CC-BY 4.0`). */
  license?: string;
  /** Where the config says the lesson is published (`url:`); the build's own site URL wins. */
  url?: string;
  /** Licence, citation, code of conduct and contributing guide, where the lesson has them. */
  community: CommunityLinks;
  /** Addresses the lesson's own toolchain published pages at, each served as a redirect page. */
  redirects?: LegacyRedirect[];
}

/** An address where the lesson's toolchain published a page (`/setup.html`) and where it is now. */
export interface LegacyRedirect {
  /** Site path without the base, as the toolchain published it: `/setup.html`, `/conduct/`. */
  from: string;
  /** Site path of the page now: `/setup/`. */
  to: string;
  /** The page's title, for the redirect page's text. */
  title: string;
}

export type LessonEntryData = EpisodeData | PageData | SettingsData;

/** The cache files holding an entry's HTML (see `Stored`). */
export interface StoredFiles {
  htmlFile: string;
  /** An episode's `aioHtml`. */
  aioHtmlFile?: string;
}

/**
 * How an episode or page is kept in the content store: its HTML lives in files of the cache
 * (named by the page's digest) rather than in the store, which Astro inlines into the build's
 * bundle; pages read the file when they render.
 */
export type Stored<T extends { html: string }> = Omit<T, 'html' | 'aioHtml'> & StoredFiles;
export type StoredEntryData = Stored<EpisodeData> | Stored<PageData> | SettingsData;
