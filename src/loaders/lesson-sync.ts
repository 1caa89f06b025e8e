import type { LoaderContext } from 'astro/loaders';
import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  LessonBuildError,
  dedupeDiagnostics,
  hasErrors,
  reportDiagnostics,
  type Diagnostic,
} from '../lib/diagnostics.ts';
import type { EpisodeData, SettingsData, StoredFiles } from '../lib/lesson/entries.ts';
import type { Lesson } from '../lib/lesson/types.ts';
import type { LessonFileIndex } from '../lib/lesson/urls.ts';
import { htmlCacheFolder } from '../lib/lesson/cache-folder.ts';
import { communityLinks } from '../lib/lesson/community-files.ts';
import { writeLinkedFiles } from '../lib/lesson/linked-files.ts';
import { legacyRedirects } from '../lib/lesson/redirects.ts';
import { lessonFiles, stampOf, writeSyncRecord, type RecordedPage } from './build-record.ts';
import { digestOf, entryOf, planLesson } from './lesson-plan.ts';
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

/**
 * One sync of the lesson into the content layer's store (the work of `lessonLoader`): unchanged
 * pages keep their cached HTML (digest), so a warm build after editing one episode renders one
 * episode.
 * @public Node's `require` loads it (lesson-loader.ts), which knip cannot follow.
 */
export async function syncLesson(
  context: LoaderContext,
  options: LessonLoaderOptions,
): Promise<void> {
  const started = performance.now();
  const outDir = fileURLToPath(context.config.outDir);
  const cacheDir = fileURLToPath(context.config.cacheDir);
  // A build records what it read, for `lesson-site build` to redo only what an edit changes next
  // time; the stamps are taken before anything is read, so a file saved meanwhile counts as changed.
  const recording = options.failOnError && !context.refreshContextData;
  const stamps = recording ? lessonFiles(options.dir, outDir) : [];
  const plan = planLesson({ dir: options.dir, base: options.base, site: options.site, outDir });
  const { lesson, assets, site, shared } = plan;
  const diagnostics: Diagnostic[] = [...plan.diagnostics];
  const htmlDir = join(cacheDir, htmlCacheFolder);
  mkdirSync(htmlDir, { recursive: true });

  // Every page's digest first: only the pages whose input changed go to the renderer.
  const plans = plan.pages.map((page) => {
    const stored = context.store.get<Partial<StoredPage>>(page.id);
    const files = [stored?.data.htmlFile, stored?.data.aioHtmlFile].filter((f) => f !== undefined);
    const cached =
      stored?.digest === page.digest &&
      stored.data.htmlFile &&
      stored.data.fields &&
      // In this cache folder as this build names it: a store written through another path to
      // the same folder (a symlink, macOS's /private/var) would have this build delete the file
      // as unused, since it compares paths, while the page still reads it.
      files.every((f) => dirname(f) === htmlDir && existsSync(f)) &&
      sameFiles(stored.data, site.files!)
        ? { files, diagnostics: stored.data.diagnostics ?? [], fields: stored.data.fields }
        : undefined;
    return {
      ...page,
      cached,
      htmlFile: cached?.files[0] ?? join(htmlDir, `${page.digest}.html`),
      // The all-in-one page's copy, ids scoped by the episode's slug: made once here, cached.
      aioHtmlFile:
        page.kind === 'episode'
          ? (cached?.files[1] ?? join(htmlDir, `${page.digest}.aio.html`))
          : undefined,
    };
  });
  const pending = plans.filter((page) => !page.cached);
  const { results: renders, threads } = await renderPages(
    plan.setup,
    pending.map(({ kind, index, htmlFile, aioHtmlFile }) => ({
      kind,
      index,
      htmlFile,
      aioHtmlFile,
    })),
    plan.prepare,
  );
  const results = new Map(pending.map((page, i) => [page.id, renders[i]!]));

  // A rendered page goes into the store; a cached one is there already.
  const stored = (page: (typeof plans)[number]): Pick<RecordedPage, 'fields' | 'diagnostics'> => {
    if (page.cached) return page.cached;
    const { data, diagnostics: found } = results.get(page.id)!;
    const entry = entryOf(plan, page, data);
    const fields = digestOf(entry);
    const { htmlFile, aioHtmlFile } = page;
    context.store.set({
      id: page.id,
      data: {
        ...entry,
        htmlFile,
        ...(aioHtmlFile ? { aioHtmlFile } : {}),
        fields,
        diagnostics: found,
      } as unknown as Record<string, unknown>,
      digest: page.digest,
      filePath: relative(process.cwd(), `${options.dir}/${page.source.file}`),
    });
    return { fields, diagnostics: found };
  };
  // Stored in the lesson's order whatever order the pages finished in.
  const recorded: RecordedPage[] = [];
  for (const page of plans) {
    const { fields, diagnostics: found } = stored(page);
    // Warnings of cached pages are printed again, so every build states every problem.
    diagnostics.push(...found);
    const { id, digest, htmlFile, aioHtmlFile } = page;
    recorded.push({ id, digest, fields, htmlFile, aioHtmlFile, diagnostics: found });
  }

  // Files that only a link publishes, for the integration to copy (cached pages included).
  const linked = new Map<string, string>();
  for (const { id } of plans) {
    const data = context.store.get<Partial<LinkedFileData>>(id)?.data;
    for (const f of data?.linkedFiles ?? []) linked.set(f.sitePath, f.lessonFile);
  }
  writeLinkedFiles(cacheDir, linked);

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
    lang: plan.ui.lang,
    ...footerSettings(lesson, new Set(assets.files.keys())),
    redirects: legacyRedirects(
      lesson,
      site,
      (path) => assets.files.has(path) || linked.has(path),
      plan.ui.strings,
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
  if (recording) {
    const episodeFiles = new Set(lesson.episodes.map((e) => e.file));
    writeSyncRecord(cacheDir, {
      out: resolve(outDir),
      lessonStamp: stampOf(stamps, episodeFiles),
      base: options.base,
      site: options.site,
      shared,
      pages: recorded,
      linkedFiles: [...linked.values()],
    });
  }
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

type LinkedFileData = Pick<EpisodeData, 'linkedFiles' | 'missingFiles'>;

/** A page as the store keeps it: its entry, its HTML files, the digest of its fields, its problems. */
type StoredPage = StoredFiles &
  LinkedFileData & {
    /** `digestOf` the entry without its HTML (see `RecordedPage.fields`). */
    fields: string;
    diagnostics: Diagnostic[];
  };

/** A cached page still resolves as it did: its linked files are there and its missing ones are not. */
const sameFiles = (data: Partial<LinkedFileData>, files: LessonFileIndex) =>
  (data.linkedFiles ?? []).every((f) => files.isFile(f.lessonFile)) &&
  !(data.missingFiles ?? []).some((path) => files.isFile(path));

/** Print every diagnostic once per sync, sorted; in a build, errors stop it with a `LessonBuildError`. */
function report(
  context: LoaderContext,
  diagnostics: Diagnostic[],
  { failOnError }: LessonLoaderOptions,
): void {
  reportDiagnostics(diagnostics, context.logger, { color: Boolean(process.stdout.isTTY) });
  // Astro ends the build on a thrown error and prints its message; the loader never exits itself.
  if (failOnError && hasErrors(diagnostics))
    throw new LessonBuildError(diagnostics.filter((d) => d.severity === 'error').length);
}
