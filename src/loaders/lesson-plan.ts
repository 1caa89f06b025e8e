import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { codeLanguagesOf } from '../lib/code-languages.ts';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { editUrl } from '../lib/edit-url.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import { readGitRemote, resolveGithubMetadata } from '../lib/github-metadata.ts';
import { resolveLanguage } from '../lib/i18n/resolve.ts';
import { liquidInputsDigest, relativeIncludesDigest } from '../lib/liquid/inputs.ts';
import { homeFragmentsOf } from '../lib/check/anchors.ts';
import { checkedPage, type Prepare } from '../lib/check/parse-page.ts';
import { listAssets, type LessonAssets } from '../lib/lesson/assets.ts';
import type { EpisodeData, PageData, PageMetaData } from '../lib/lesson/entries.ts';
import { loadLesson } from '../lib/lesson/load-lesson.ts';
import { createMarkdownPreparer } from '../lib/lesson/prepare-markdown.ts';
import { siteMapOf } from '../lib/lesson/site-map.ts';
import type { EpisodeSource, Lesson, LessonFormat, PageSource } from '../lib/lesson/types.ts';
import type { SiteMap } from '../lib/lesson/urls.ts';
import { grammarFor } from '../plugins/highlighter.ts';
import { readTitle, renderInlineMarkdown, type RenderData } from '../plugins/index.ts';
import { rendererFingerprint } from './generator-fingerprint.ts';
import type { RenderSetup } from './render-page.ts';

/**
 * What a build makes of a lesson before rendering anything: the lesson read, the site map, and
 * every page's digest (its text and everything else that shapes its HTML). The content loader
 * renders the pages whose digest it has no HTML for; `lesson-site build` compares the digests
 * with its last build's to find the episodes an edit touched (src/cli/rebuild.ts). One function
 * for both, so the two can never disagree on what changed.
 */

export interface PlanOptions {
  /** Absolute path of the lesson folder. */
  dir: string;
  /** Base path of the site, ending in `/`. */
  base: string;
  /** Origin the site is built for (Astro's `site`), when known: Liquid's `site.url`. */
  site?: string;
  /** The output folder (the lesson's assets never include it). */
  outDir: string;
}

export interface PagePlan {
  /** The content store's id: `episode:<slug>` or `page:<slug>`. */
  id: string;
  kind: 'episode' | 'page';
  /** Place in `lesson.episodes` or `lesson.pages`. */
  index: number;
  source: EpisodeSource | PageSource;
  meta: PageMetaData;
  digest: string;
}

export interface LessonPlan {
  lesson: Lesson;
  /** The interface's language (the words the plugins and the page shell write). */
  ui: ReturnType<typeof resolveLanguage>;
  assets: LessonAssets;
  site: SiteMap;
  /** What the renderers need (plain data, for worker processes). */
  setup: RenderSetup;
  prepare: Prepare;
  /** The lesson's, the config's and the assets' problems: every build reports them. */
  diagnostics: Diagnostic[];
  /** Digest of what every page's HTML depends on besides its own source. */
  shared: string;
  /** Episodes first, in lesson order, then pages. */
  pages: PagePlan[];
}

/** The renderer's code: changing it re-renders every page. */
const renderVersion = rendererFingerprint(fileURLToPath(new URL('../..', import.meta.url)));

/** A short digest of any JSON value (the content store's digests, the build record's). */
export function digestOf(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return createHash('sha256').update(text).digest('hex').slice(0, 20);
}

export function planLesson(options: PlanOptions): LessonPlan {
  const lesson = loadLesson(options.dir);
  const assets = listAssets(lesson.settings, { outDir: options.outDir });
  const github = resolveGithubMetadata({
    env: process.env,
    gitRemote: () => readGitRemote(options.dir),
    config: lesson.settings.siteVariables,
  });
  // The interface's language: the words the render plugins write around the author's. Its
  // notice (a language without a table) is already among the config's diagnostics.
  const ui = resolveLanguage(lesson.settings.lang);
  const preparer = { base: options.base, siteUrl: options.site, github };
  const { prepare, sharedDiagnostics } = createMarkdownPreparer(lesson, preparer);
  const languages = lessonLanguages(lesson);
  const site = siteMapOf(lesson, {
    base: options.base,
    assets,
    homeFragments: homeFragments(lesson, prepare),
  });
  const shared = digestOf({
    renderVersion,
    // Rendered HTML holds interface words (callout labels, Output): another language, new HTML.
    language: ui.strings.locale,
    base: options.base,
    site: options.site ?? '',
    github: JSON.stringify(github ?? null),
    links: lesson.links?.text ?? '',
    config: JSON.stringify(lesson.settings.siteVariables),
    pages: [...site.pageBySource.entries()].join('|'),
    titles: lesson.episodes.map((e) => e.frontmatter.title).join('|'),
    assets: [...assets.sources].join('|'),
    homeFragments: [...(site.homeFragments ?? [])].join('|'),
    // The grammars loaded before rendering shape highlighting (a grammar embeds the ones loaded),
    // so a page cached under another language set is rendered again.
    languages: languages.join('|'),
    // An edited include or data file changes what Liquid writes into the pages.
    liquid: liquidInputsDigest(options.dir),
  });
  const pages = [
    ...lesson.episodes.map((source, index) => ({ kind: 'episode' as const, index, source })),
    ...lesson.pages.map((source, index) => ({ kind: 'page' as const, index, source })),
  ].map(({ kind, index, source }) => {
    const meta: PageMetaData = {
      editUrl: editUrl(lesson.settings.source, lesson.settings.branch, source.file),
      updated: lastUpdated(lesson.settings.dir, source.file),
    };
    const digest = digestOf({
      shared,
      order: index,
      text: source.text,
      relativeIncludes: relativeIncludesDigest(options.dir, source.file, source.text),
      ...meta,
    });
    return { id: `${kind}:${source.slug}`, kind, index, source, meta, digest };
  });
  return {
    lesson,
    ui,
    assets,
    site,
    setup: { lesson, site, preparer, languages },
    prepare,
    diagnostics: [...lesson.diagnostics, ...sharedDiagnostics, ...assets.problems],
    shared,
    pages,
  };
}

/** The grammars every renderer loads first: each code language any source names, sorted. */
function lessonLanguages(lesson: Lesson): string[] {
  const languages = new Set<string>();
  for (const source of [...lesson.episodes, ...lesson.pages]) {
    for (const language of codeLanguagesOf(source.text)) languages.add(language);
    // Indented code is shell on a Workbench page (`remark-indented-code`); read loosely too.
    if (lesson.settings.format === 'workbench' && /\n[ \t]*\n {4,}\S/.test(source.text))
      languages.add('sh');
  }
  return [...languages].filter((language) => grammarFor(language) !== undefined).sort();
}

/**
 * The ids sandpaper put on the home page from learners/setup.md (see `homeFragmentsOf`): the two
 * pages are prepared and parsed as the checker does, before any page is rendered.
 */
function homeFragments(lesson: Lesson, prepare: Prepare): Map<string, string> {
  if (lesson.settings.format !== 'workbench') return new Map();
  const pages = lesson.pages
    .filter((p) => p.section === 'home' || (p.section === 'learners' && p.slug === 'setup'))
    .map((p) => checkedPage('page', p, prepare));
  return homeFragmentsOf(pages, lesson.settings.format);
}

/** A rendered page's stored entry (its HTML aside): the episode's or the page's. */
export function entryOf(
  plan: LessonPlan,
  page: PagePlan,
  data: RenderData,
): Omit<EpisodeData, 'html' | 'aioHtml'> | Omit<PageData, 'html'> {
  return page.kind === 'episode'
    ? episodeEntry(
        plan.lesson.episodes[page.index]!,
        page.index,
        data,
        page.meta,
        plan.lesson.settings.format,
      )
    : pageEntry(
        plan.lesson.pages[page.index]!,
        page.index,
        data,
        page.meta,
        plan.lesson.settings.format,
      );
}

/** An episode's stored entry: frontmatter, what rendering found, and the page's metadata. */
const episodeEntry = (
  episode: EpisodeSource,
  order: number,
  data: RenderData,
  meta: PageMetaData,
  format: LessonFormat,
): Omit<EpisodeData, 'html' | 'aioHtml'> => {
  const listOf = (frontmatter: string[], lifted: string[] | undefined): string[] =>
    inlineItems(frontmatter, lifted, format);
  return {
    kind: 'episode',
    slug: episode.slug,
    file: episode.file,
    order,
    ...readTitle(episode.frontmatter.title, format),
    teaching: episode.frontmatter.teaching,
    exercises: episode.frontmatter.exercises,
    break:
      episode.frontmatter.break !== undefined
        ? episode.frontmatter.break
        : episode.frontmatter.layout === 'break'
          ? 0
          : undefined,
    start: episode.frontmatter.start,
    // Legacy lessons list these in the frontmatter, Workbench lessons in divs; both fill the same boxes.
    questions: listOf(episode.frontmatter.questions, data.lifted.questions),
    objectives: listOf(episode.frontmatter.objectives, data.lifted.objectives),
    keypoints: listOf(episode.frontmatter.keypoints, data.lifted.keypoints),
    instructorNotes: data.instructorNotes,
    ...renderedFields(data, meta),
  };
};

/** A page's stored entry (setup, reference, extras…). */
const pageEntry = (
  page: PageSource,
  order: number,
  data: RenderData,
  meta: PageMetaData,
  format: LessonFormat,
): Omit<PageData, 'html'> => ({
  kind: 'page',
  slug: page.slug,
  file: page.file,
  section: page.section,
  layout: typeof page.frontmatter.layout === 'string' ? page.frontmatter.layout : undefined,
  ...(page.overview && {
    overview: {
      teaching: page.overview.teaching,
      exercises: page.overview.exercises,
      questions: inlineItems(page.overview.questions, undefined, format),
      objectives: inlineItems(page.overview.objectives, undefined, format),
      keypoints: inlineItems(page.overview.keypoints, undefined, format),
    },
  }),
  order,
  ...readTitle(page.title, format),
  ...renderedFields(data, meta),
});

/** What every rendered entry keeps of its render data. */
const renderedFields = (data: RenderData, meta: PageMetaData) => ({
  meta,
  headings: data.headings,
  images: data.images,
  math: data.math,
  embeds: data.embeds,
  tabs: data.tabs,
  hasOwnH1: data.hasOwnH1,
  linkedFiles: data.linkedFiles,
  missingFiles: data.missingFiles,
});

/** Frontmatter items when there are any, else the ones lifted from divs; as inline HTML. */
function inlineItems(
  frontmatter: string[],
  lifted: string[] | undefined,
  format: LessonFormat,
): string[] {
  return (frontmatter.length ? frontmatter : (lifted ?? [])).map((item) =>
    renderInlineMarkdown(item, format),
  );
}
