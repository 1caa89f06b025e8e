import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { codeLanguagesOf } from '../lib/code-languages.ts';
import {
  LessonBuildError,
  dedupeDiagnostics,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
  summarize,
  type Diagnostic,
} from '../lib/diagnostics.ts';
import type {
  EpisodeData,
  PageData,
  PageMetaData,
  SettingsData,
  StoredFiles,
} from '../lib/lesson/entries.ts';
import { editUrl } from '../lib/edit-url.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import { readGitRemote, resolveGithubMetadata } from '../lib/github-metadata.ts';
import { loadLesson } from '../lib/lesson/load-lesson.ts';
import { createMarkdownPreparer } from '../lib/lesson/prepare-markdown.ts';
import type { EpisodeSource, Lesson, PageSource } from '../lib/lesson/types.ts';
import type { LessonFileIndex } from '../lib/lesson/urls.ts';
import type { Prepare } from '../lib/check/parse-page.ts';
import { listAssets } from '../lib/lesson/assets.ts';
import { communityLinks } from '../lib/lesson/community-files.ts';
import { resolveLanguage } from '../lib/i18n/resolve.ts';
import { writeLinkedFiles } from '../lib/lesson/linked-files.ts';
import { legacyRedirects } from '../lib/lesson/redirects.ts';
import { siteMapOf } from '../lib/lesson/site-map.ts';
import { homeFragmentsOf } from '../lib/check/anchors.ts';
import { checkedPage } from '../lib/check/parse-page.ts';
import { grammarFor } from '../plugins/highlighter.ts';
import { renderInlineMarkdown, type RenderData } from '../plugins/index.ts';
import { generatorFingerprint } from './generator-fingerprint.ts';
import { renderPages } from './render-pool.ts';

export interface LessonLoaderOptions {
  /** Absolute path of the lesson folder. */
  dir: string;
  /** Base path of the site, ending in `/`. */
  base: string;
  /** Origin the site is built for (Astro's `site`), when known: Liquid's `site.url`. */
  site?: string;
  /** Fail the sync on errors (build); in dev, report and keep serving. */
  failOnError: boolean;
}

const srcDir = fileURLToPath(new URL('..', import.meta.url));
/** Changes whenever the renderer's code does; see `generatorFingerprint`. */
const renderVersion = generatorFingerprint(srcDir, join(srcDir, '..'));

/**
 * The content layer's view of a lesson: one collection holding the settings, every episode and
 * every page, rendered to HTML. Unchanged pages keep their cached HTML (digest), so a warm build
 * after editing one episode renders one episode.
 */
export function lessonLoader(options: LessonLoaderOptions): Loader {
  return {
    name: 'lesson-loader',
    // In dev, the lesson integration calls this again whenever a lesson file changes
    // (refreshContent), so edits show up even after Astro restarts its own watcher.
    async load(context) {
      await syncLesson(context, {
        ...options,
        failOnError: options.failOnError && !context.refreshContextData,
      });
    },
  };
}

async function syncLesson(context: LoaderContext, options: LessonLoaderOptions): Promise<void> {
  const started = performance.now();
  const lesson = loadLesson(options.dir);
  const assets = listAssets(lesson.settings, { outDir: fileURLToPath(context.config.outDir) });
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
  const shared = context.generateDigest({
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
  });
  const diagnostics: Diagnostic[] = [
    ...lesson.diagnostics,
    ...sharedDiagnostics,
    ...assets.problems,
  ];
  const htmlDir = join(fileURLToPath(context.config.cacheDir), 'lesson-html');
  mkdirSync(htmlDir, { recursive: true });

  // Every page's digest first: only the pages whose input changed go to the renderer.
  const plans = [
    ...lesson.episodes.map((source, index) => ({ kind: 'episode' as const, index, source })),
    ...lesson.pages.map((source, index) => ({ kind: 'page' as const, index, source })),
  ].map(({ kind, index, source }) => {
    const id = `${kind}:${source.slug}`;
    const meta: PageMetaData = {
      editUrl: editUrl(lesson.settings.source, lesson.settings.branch, source.file),
      updated: lastUpdated(lesson.settings.dir, source.file),
    };
    const digest = context.generateDigest({ shared, order: index, text: source.text, ...meta });
    const stored = context.store.get<
      Partial<StoredFiles> & Partial<LinkedFileData> & { diagnostics?: Diagnostic[] }
    >(id);
    const files = [stored?.data.htmlFile, stored?.data.aioHtmlFile].filter((f) => f !== undefined);
    const cached =
      stored?.digest === digest &&
      stored.data.htmlFile &&
      files.every((f) => existsSync(f)) &&
      sameFiles(stored.data, site.files!)
        ? { files, diagnostics: stored.data.diagnostics ?? [] }
        : undefined;
    return {
      id,
      kind,
      index,
      source,
      meta,
      digest,
      cached,
      htmlFile: join(htmlDir, `${digest}.html`),
      // The all-in-one page's copy, ids scoped by the episode's slug: made once here, cached.
      aioHtmlFile: kind === 'episode' ? join(htmlDir, `${digest}.aio.html`) : undefined,
    };
  });
  const pending = plans.filter((plan) => !plan.cached);
  const { results, threads } = await renderPages(
    { lesson, site, preparer, languages },
    pending.map(({ kind, index, htmlFile, aioHtmlFile }) => ({
      kind,
      index,
      htmlFile,
      aioHtmlFile,
    })),
    prepare,
  );
  const rendered = new Map(pending.map((plan, i) => [plan.id, results[i]!]));

  // Stored in the lesson's order whatever order the pages finished in.
  for (const plan of plans) {
    if (plan.cached) {
      // Warnings of cached pages are printed again, so every build states every problem.
      diagnostics.push(...plan.cached.diagnostics);
      continue;
    }
    const { data, diagnostics: found } = rendered.get(plan.id)!;
    diagnostics.push(...found);
    const entry =
      plan.kind === 'episode'
        ? episodeEntry(lesson.episodes[plan.index]!, plan.index, data, plan.meta)
        : pageEntry(lesson.pages[plan.index]!, plan.index, data, plan.meta);
    context.store.set({
      id: plan.id,
      data: {
        ...entry,
        htmlFile: plan.htmlFile,
        ...(plan.aioHtmlFile ? { aioHtmlFile: plan.aioHtmlFile } : {}),
        diagnostics: found,
      } as unknown as Record<string, unknown>,
      digest: plan.digest,
      filePath: relative(process.cwd(), `${options.dir}/${plan.source.file}`),
    });
  }

  // Files that only a link publishes, for the integration to copy (cached pages included).
  const linked = new Map<string, string>();
  for (const { id } of plans) {
    const data = context.store.get<Partial<LinkedFileData>>(id)?.data;
    for (const f of data?.linkedFiles ?? []) linked.set(f.sitePath, f.lessonFile);
  }
  writeLinkedFiles(fileURLToPath(context.config.cacheDir), linked);

  const settings: SettingsData = {
    kind: 'settings',
    format: lesson.settings.format,
    title: lesson.settings.title,
    carpentry: lesson.settings.carpentry,
    lifeCycle: lesson.settings.lifeCycle,
    startMinutes: lesson.settings.startMinutes,
    contact: lesson.settings.contact,
    source: lesson.settings.source,
    branch: lesson.settings.branch,
    lang: ui.lang,
    ...footerSettings(lesson, new Set(assets.files.keys())),
    redirects: legacyRedirects(
      lesson,
      site,
      (path) => assets.files.has(path) || linked.has(path),
      ui.strings,
    ),
  };
  context.store.set({
    id: 'settings',
    data: settings as unknown as Record<string, unknown>,
    digest: context.generateDigest(settings as unknown as Record<string, unknown>),
  });
  const keep = new Set(['settings', ...plans.map((plan) => plan.id)]);
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  const htmlFiles = new Set(
    plans.flatMap(
      (plan) =>
        plan.cached?.files ?? [plan.htmlFile, ...(plan.aioHtmlFile ? [plan.aioHtmlFile] : [])],
    ),
  );
  removeUnusedHtml(htmlDir, htmlFiles);

  report(context, dedupeDiagnostics(diagnostics), options);
  context.logger.info(
    `${lesson.settings.format} lesson: ${lesson.episodes.length} episodes, ${lesson.pages.length} pages (${pending.length} rendered) in ${Math.round(performance.now() - started)} ms${threads > 1 ? ` on ${threads} worker processes` : ''}`,
  );
}

/** Per cache folder, the HTML files the last sync of this process found unused. */
const unusedAtLastSync = new Map<string, Set<string>>();

/**
 * Remove the cached HTML no entry names any more, one sync late: during a live-preview sync the
 * dev server still serves the previous store, whose pages would fail on a file removed at once.
 * The first sync of a process (every build) removes them straight away.
 */
function removeUnusedHtml(htmlDir: string, used: ReadonlySet<string>): void {
  const unused = readdirSync(htmlDir)
    .map((name) => join(htmlDir, name))
    .filter((file) => !used.has(file));
  const previous = unusedAtLastSync.get(htmlDir);
  const kept = new Set<string>();
  for (const file of unused)
    if (!previous || previous.has(file)) rmSync(file, { force: true });
    else kept.add(file);
  unusedAtLastSync.set(htmlDir, kept);
}

/** What the page shell's header and footer need of the config and the lesson's own files. */
function footerSettings(lesson: Lesson, assets: ReadonlySet<string>) {
  const { settings } = lesson;
  const text = (key: string) => {
    const value = settings.siteVariables[key];
    return typeof value === 'string' && value.trim() ? value.trim() : undefined;
  };
  return {
    license: text('license'),
    url: settings.url,
    community: communityLinks({
      dir: settings.dir,
      source: settings.source,
      branch: settings.branch,
      pageOf: new Map(lesson.pages.map((p) => [p.file, p.slug])),
      assets,
    }),
  };
}

/** The grammars every renderer loads first: each code language any source names, sorted. */
function lessonLanguages(lesson: Lesson): string[] {
  const languages = new Set<string>();
  for (const source of [...lesson.episodes, ...lesson.pages])
    for (const language of codeLanguagesOf(source.text)) languages.add(language);
  return [...languages].filter((language) => grammarFor(language) !== undefined).sort();
}

/** An episode's stored entry: frontmatter, what rendering found, and the page's metadata. */
const episodeEntry = (
  episode: EpisodeSource,
  order: number,
  data: RenderData,
  meta: PageMetaData,
): Omit<EpisodeData, 'html' | 'aioHtml'> => ({
  kind: 'episode',
  slug: episode.slug,
  file: episode.file,
  order,
  title: episode.frontmatter.title,
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
});

/** A page's stored entry (setup, reference, extras…). */
const pageEntry = (
  page: PageSource,
  order: number,
  data: RenderData,
  meta: PageMetaData,
): Omit<PageData, 'html'> => ({
  kind: 'page',
  slug: page.slug,
  file: page.file,
  section: page.section,
  layout: typeof page.frontmatter.layout === 'string' ? page.frontmatter.layout : undefined,
  order,
  title: page.title,
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

type LinkedFileData = Pick<EpisodeData, 'linkedFiles' | 'missingFiles'>;

/** A cached page still resolves as it did: its linked files are there and its missing ones are not. */
const sameFiles = (data: Partial<LinkedFileData>, files: LessonFileIndex) =>
  (data.linkedFiles ?? []).every((f) => files.isFile(f.lessonFile)) &&
  !(data.missingFiles ?? []).some((path) => files.isFile(path));

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

/** Frontmatter items when there are any, else the ones lifted from divs; as inline HTML. */
function listOf(frontmatter: string[], lifted: string[] | undefined): string[] {
  return (frontmatter.length ? frontmatter : (lifted ?? [])).map(renderInlineMarkdown);
}

/** Print every diagnostic once per sync, sorted; in a build, errors stop it with a `LessonBuildError`. */
function report(
  context: LoaderContext,
  diagnostics: Diagnostic[],
  { failOnError }: LessonLoaderOptions,
): void {
  if (!diagnostics.length) return;
  const color = Boolean(process.stdout.isTTY);
  for (const d of sortDiagnostics(diagnostics)) {
    const line = formatDiagnostic(d, { color });
    if (d.severity === 'error') context.logger.error(line);
    else if (d.severity === 'warning') context.logger.warn(line);
    else context.logger.info(line);
  }
  context.logger.info(summarize(diagnostics));
  // Astro ends the build on a thrown error and prints its message; the loader never exits itself.
  if (failOnError && hasErrors(diagnostics))
    throw new LessonBuildError(diagnostics.filter((d) => d.severity === 'error').length);
}
