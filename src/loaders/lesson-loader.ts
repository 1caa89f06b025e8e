import type { Loader, LoaderContext } from 'astro/loaders';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DiagnosticBag,
  dedupeDiagnostics,
  formatDiagnostic,
  hasErrors,
  sortDiagnostics,
  summarize,
  type Diagnostic,
} from '../lib/diagnostics.ts';
import type {
  EpisodeData,
  LessonEntryData,
  PageData,
  PageMetaData,
  SettingsData,
} from '../lib/lesson/entries.ts';
import { editUrl } from '../lib/edit-url.ts';
import { lastUpdated } from '../lib/git-dates.ts';
import { readGitRemote, resolveGithubMetadata } from '../lib/github-metadata.ts';
import { loadLesson } from '../lib/lesson/load-lesson.ts';
import { createMarkdownPreparer } from '../lib/lesson/prepare-markdown.ts';
import type { EpisodeSource, Lesson, PageSource } from '../lib/lesson/types.ts';
import { listAssets } from '../lib/lesson/assets.ts';
import { communityLinks } from '../lib/lesson/community-files.ts';
import { resolveLanguage } from '../lib/i18n/resolve.ts';
import { siteMapOf } from '../lib/lesson/urls.ts';
import { renderInlineMarkdown, renderPrepared, type RenderData } from '../plugins/index.ts';
import { generatorFingerprint } from './generator-fingerprint.ts';

export interface LessonLoaderOptions {
  /** Absolute path of the lesson folder. */
  dir: string;
  /** Base path of the site, ending in `/`. */
  base: string;
  /** Origin the site is built for (Astro's `site`), when known: Liquid's `site.url`. */
  site?: string;
  /** Stop the process on errors (build); in dev, report and keep serving. */
  failOnError: boolean;
}

type Rendered = { html: string; data: RenderData; meta: PageMetaData };

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
  const site = siteMapOf(lesson, options.base, new Set(assets.files.keys()));
  const github = resolveGithubMetadata({
    env: process.env,
    gitRemote: () => readGitRemote(options.dir),
    config: lesson.settings.siteVariables,
  });
  // The interface's language: the words the render plugins write around the author's. Its
  // notice (a language without a table) is already among the config's diagnostics.
  const ui = resolveLanguage(lesson.settings.lang);
  const { prepare, sharedDiagnostics } = createMarkdownPreparer(lesson, {
    base: options.base,
    siteUrl: options.site,
    github,
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
    assets: [...(site.assets ?? [])].join('|'),
  });
  const diagnostics: Diagnostic[] = [
    ...lesson.diagnostics,
    ...sharedDiagnostics,
    ...assets.problems,
  ];
  const keep = new Set<string>(['settings']);
  const htmlDir = join(fileURLToPath(context.config.cacheDir), 'lesson-html');
  mkdirSync(htmlDir, { recursive: true });
  const htmlFiles = new Set<string>();
  let rendered = 0;

  /** Render one source unless the store already holds it for the same input. */
  const renderOne = async (
    id: string,
    source: EpisodeSource | PageSource,
    order: number,
    toData: (rendered: Rendered) => LessonEntryData,
  ) => {
    keep.add(id);
    const meta: PageMetaData = {
      editUrl: editUrl(lesson.settings.source, lesson.settings.branch, source.file),
      updated: lastUpdated(lesson.settings.dir, source.file),
    };
    const digest = context.generateDigest({ shared, order, text: source.text, ...meta });
    const cached = context.store.get<{ diagnostics?: Diagnostic[]; htmlFile?: string }>(id);
    if (cached?.digest === digest && cached.data.htmlFile && existsSync(cached.data.htmlFile)) {
      htmlFiles.add(cached.data.htmlFile);
      // Warnings of cached pages are printed again, so every build states every problem.
      diagnostics.push(...(cached.data.diagnostics ?? []));
      return;
    }
    const bag = new DiagnosticBag(source.file);
    const prepared = prepare(
      { ...source, frontmatter: source.frontmatter as Record<string, unknown> },
      bag,
    );
    const { html, data } = await renderPrepared(
      prepared,
      {
        urls: { site, sourceFile: source.file },
        liftOverview: lesson.settings.format === 'workbench',
        strings: ui.strings,
      },
      bag,
    );
    const { lifted } = data;
    if (
      !id.startsWith('episode:') &&
      (lifted.questions.length || lifted.objectives.length || lifted.keypoints.length)
    ) {
      bag.warn(
        'divs/lifted-outside-episode',
        'questions, objectives and keypoints divs belong in episodes; on this page they are not shown',
        0,
        'Move them into an episode or write them as a plain list.',
      );
    }
    diagnostics.push(...bag.items);
    const { html: _, ...entryData } = toData({ html, data, meta }) as EpisodeData | PageData;
    const htmlFile = join(htmlDir, `${digest}.html`);
    writeFileSync(htmlFile, html);
    htmlFiles.add(htmlFile);
    const entry = { ...entryData, htmlFile, diagnostics: bag.items };
    context.store.set({
      id,
      data: entry as unknown as Record<string, unknown>,
      digest,
      filePath: relative(process.cwd(), `${options.dir}/${source.file}`),
    });
    rendered++;
  };

  const tasks = [
    ...lesson.episodes.map(
      (episode, order) => () =>
        renderOne(
          `episode:${episode.slug}`,
          episode,
          order,
          ({ html, data, meta }): EpisodeData => ({
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
            ...renderedFields(html, data, meta),
          }),
        ),
    ),
    ...lesson.pages.map(
      (page, order) => () =>
        renderOne(`page:${page.slug}`, page, order, ({ html, data, meta }): PageData => ({
          kind: 'page',
          slug: page.slug,
          file: page.file,
          section: page.section,
          layout: typeof page.frontmatter.layout === 'string' ? page.frontmatter.layout : undefined,
          order,
          title: page.title,
          ...renderedFields(html, data, meta),
        })),
    ),
  ];
  await runLimited(tasks, 8);

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
  };
  context.store.set({
    id: 'settings',
    data: settings as unknown as Record<string, unknown>,
    digest: context.generateDigest(settings as unknown as Record<string, unknown>),
  });
  for (const id of context.store.keys()) if (!keep.has(id)) context.store.delete(id);
  for (const name of readdirSync(htmlDir))
    if (!htmlFiles.has(join(htmlDir, name))) rmSync(join(htmlDir, name));

  report(context, dedupeDiagnostics(diagnostics), options);
  context.logger.info(
    `${lesson.settings.format} lesson: ${lesson.episodes.length} episodes, ${lesson.pages.length} pages (${rendered} rendered) in ${Math.round(performance.now() - started)} ms`,
  );
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

/** What every rendered entry keeps of its render data. */
const renderedFields = (html: string, data: RenderData, meta: PageMetaData) => ({
  html,
  meta,
  headings: data.headings,
  images: data.images,
  math: data.math,
  hasOwnH1: data.hasOwnH1,
});

/** Frontmatter items when there are any, else the ones lifted from divs; as inline HTML. */
function listOf(frontmatter: string[], lifted: string[] | undefined): string[] {
  return (frontmatter.length ? frontmatter : (lifted ?? [])).map(renderInlineMarkdown);
}

/** Print every diagnostic once per sync, sorted; in a build, errors end the process cleanly. */
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
  if (failOnError && hasErrors(diagnostics)) {
    context.logger.error('The lesson has errors (listed above); fix them and build again.');
    process.exit(1);
  }
}

async function runLimited(tasks: (() => Promise<void>)[], limit: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) await tasks[next++]!();
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
}
