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
import type { LessonFileIndex } from '../lib/lesson/urls.ts';
import type { Prepare } from '../lib/check/parse-page.ts';
import { listAssets } from '../lib/lesson/assets.ts';
import { writeLinkedFiles } from '../lib/lesson/linked-files.ts';
import { legacyRedirects } from '../lib/lesson/redirects.ts';
import { siteMapOf } from '../lib/lesson/site-map.ts';
import { homeFragmentsOf } from '../lib/check/anchors.ts';
import { checkedPage } from '../lib/check/parse-page.ts';
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
  const assets = listAssets(lesson.settings);
  const github = resolveGithubMetadata({
    env: process.env,
    gitRemote: () => readGitRemote(options.dir),
    config: lesson.settings.siteVariables,
  });
  const { prepare, sharedDiagnostics } = createMarkdownPreparer(lesson, {
    base: options.base,
    siteUrl: options.site,
    github,
  });
  const site = siteMapOf(lesson, {
    base: options.base,
    assets,
    homeFragments: homeFragments(lesson, prepare),
  });
  const shared = context.generateDigest({
    renderVersion,
    base: options.base,
    site: options.site ?? '',
    github: JSON.stringify(github ?? null),
    links: lesson.links?.text ?? '',
    config: JSON.stringify(lesson.settings.siteVariables),
    pages: [...site.pageBySource.entries()].join('|'),
    titles: lesson.episodes.map((e) => e.frontmatter.title).join('|'),
    assets: [...assets.sources].join('|'),
    homeFragments: [...(site.homeFragments ?? [])].join('|'),
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
    const cached = context.store.get<
      { diagnostics?: Diagnostic[]; htmlFile?: string } & Partial<LinkedFileData>
    >(id);
    if (
      cached?.digest === digest &&
      cached.data.htmlFile &&
      existsSync(cached.data.htmlFile) &&
      sameFiles(cached.data, site.files!)
    ) {
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

  // Files that only a link publishes, for the integration to copy (cached pages included).
  const linked = new Map<string, string>();
  for (const id of keep) {
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
    redirects: legacyRedirects(lesson, site, (path) => assets.files.has(path) || linked.has(path)),
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

/** What every rendered entry keeps of its render data. */
const renderedFields = (html: string, data: RenderData, meta: PageMetaData) => ({
  html,
  meta,
  headings: data.headings,
  images: data.images,
  math: data.math,
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
