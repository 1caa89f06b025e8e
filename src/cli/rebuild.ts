import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  dedupeDiagnostics,
  hasErrors,
  reportDiagnostics,
  type Diagnostic,
  type DiagnosticLog,
} from '../lib/diagnostics.ts';
import { htmlCacheFolder } from '../lib/lesson/cache-folder.ts';
import { allInOnePages, instructorPrefix } from '../lib/site-paths.ts';
import {
  folderStamp,
  lessonFiles,
  readBuildRecord,
  stampOf,
  writeBuildRecord,
  type BuildRecord,
  type RecordedPage,
} from '../loaders/build-record.ts';
import type { PagePlan } from '../loaders/lesson-plan.ts';

/**
 * The quick way to a site after an edit: when, since the last successful build into the same
 * folder, only the text of some episodes changed and nothing any other page shows of them (title,
 * headings, figures, key points, instructor notes, the stylesheets they need…), render those
 * episodes, put their new HTML where their old HTML was in the pages that show it (the episode in
 * both views and the all-in-one pages; no other page shows an episode's HTML), and index the
 * search again. The result is the site a full build makes, byte for byte (tests/unit/cli/
 * rebuild.test.ts); anything the build record cannot vouch for is a reason for a full build,
 * which Astro does.
 */

export interface RebuildRequest {
  lessonDir: string;
  out: string;
  /** The build's cache folder (`lessonCacheFolder`). */
  cacheDir: string;
  /** The generator's code now (`siteGeneratorFingerprint`). */
  generator: string;
  /** SITE_URL and BASE_PATH as this build would see them. */
  location: Record<string, string>;
  log: DiagnosticLog;
}

export type RebuildResult =
  /** Done (0), or the lesson has errors (1): as the full build would end. */
  | { status: number }
  /** Why only a full build will do; `first` when there is no earlier build at all. */
  | { fullBuild: string; first?: true };

export async function rebuildChangedEpisodes(request: RebuildRequest): Promise<RebuildResult> {
  const started = performance.now();
  const { lessonDir, out, cacheDir, log } = request;
  const record = readBuildRecord(cacheDir, out);
  if (!record) return { fullBuild: 'no earlier build into this folder to start from', first: true };
  if (record.generator !== request.generator) return { fullBuild: 'the generator changed' };
  if (JSON.stringify(record.location) !== JSON.stringify(request.location))
    return { fullBuild: 'SITE_URL or BASE_PATH changed' };
  if (folderStamp(out) !== record.outputStamp)
    return { fullBuild: 'the output folder changed since the last build' };

  // The renderer loads only now: a first build, which has no record, never waits for it, nor
  // carries it through Astro's build.
  const { digestOf, entryOf, planLesson } = await import('../loaders/lesson-plan.ts');
  const { createPageRenderer } = await import('../loaders/render-page.ts');
  // Taken before the lesson is read, as the loader takes them: a file saved meanwhile counts.
  const stamps = lessonFiles(lessonDir, out);
  const plan = planLesson({ dir: lessonDir, base: record.base, site: record.site, outDir: out });
  const episodeFiles = new Set(plan.lesson.episodes.map((e) => e.file));
  const lessonStamp = stampOf(stamps, episodeFiles);
  if (lessonStamp !== record.lessonStamp)
    return { fullBuild: 'a lesson file other than an episode changed' };
  if (plan.shared !== record.shared)
    return { fullBuild: 'something every page shares changed (config, titles, code languages)' };
  if (plan.pages.map((p) => p.id).join('\n') !== record.pages.map((p) => p.id).join('\n'))
    return { fullBuild: 'episodes or pages were added, removed or reordered' };
  if (record.linkedFiles.some((file) => episodeFiles.has(file)))
    return { fullBuild: 'a page links to an episode source, which the site publishes' };
  const changed = plan.pages.filter((page, i) => page.digest !== record.pages[i]!.digest);
  if (changed.some((page) => page.kind !== 'episode'))
    return { fullBuild: 'a page other than an episode changed' };

  const htmlDir = join(cacheDir, htmlCacheFolder);
  mkdirSync(htmlDir, { recursive: true });
  // Made on the first changed episode: an unchanged lesson loads no grammar.
  let render: Awaited<ReturnType<typeof createPageRenderer>> | undefined;
  const pages = [...record.pages];
  const edits: PageEdit[] = [];
  const diagnostics: Diagnostic[] = [...plan.diagnostics];
  for (const [i, page] of plan.pages.entries()) {
    const before = record.pages[i]!;
    if (!changed.includes(page)) {
      diagnostics.push(...before.diagnostics);
      continue;
    }
    const after = htmlFilesOf(htmlDir, page);
    render ??= await createPageRenderer(plan.setup, plan.prepare);
    const rendered = await render({ kind: page.kind, index: page.index, ...after });
    diagnostics.push(...rendered.diagnostics);
    const fields = digestOf(entryOf(plan, page, rendered.data));
    if (fields !== before.fields)
      return { fullBuild: `${page.source.file}: the edit changed more than the episode's text` };
    if (!existsSync(before.htmlFile) || !before.aioHtmlFile || !existsSync(before.aioHtmlFile))
      return { fullBuild: 'the cached HTML of the last build is gone' };
    pages[i] = { ...before, digest: page.digest, ...after, diagnostics: rendered.diagnostics };
    edits.push(...episodeEdits(page.source.slug, before, after));
  }

  const found = dedupeDiagnostics(diagnostics);
  // As the content loader prints them in a full build.
  reportDiagnostics(found, log, { color: Boolean(process.stdout.isTTY) });
  // A full build would stop here too, before writing anything.
  if (hasErrors(found)) return { status: 1 };
  if (!changed.length) {
    log.info('nothing changed since the last build: the site is up to date');
    return { status: 0 };
  }
  const written = applyEdits(out, edits);
  if (typeof written === 'string') return { fullBuild: written };
  for (const [path, text] of written) writeFileSync(path, text);

  // Search: both indexes again (pagefind has no incremental mode), each into an empty folder.
  rmSync(join(out, 'pagefind'), { recursive: true, force: true });
  rmSync(join(out, instructorPrefix, 'pagefind'), { recursive: true, force: true });
  const { searchLanguageOf, writeSearchIndexes } = await import('../integration/search-index.ts');
  try {
    await writeSearchIndexes(out, { language: searchLanguageOf(lessonDir), log });
  } catch (error) {
    // The pages are new and the indexes gone: the output no longer matches the record, so the
    // next build is a full one.
    log.error(`the search index could not be written: ${(error as Error).message}`);
    return { status: 1 };
  }

  const next: BuildRecord = { ...record, lessonStamp, pages, outputStamp: folderStamp(out) };
  writeBuildRecord(cacheDir, next);
  const names = changed.map((page) => page.source.file).join(', ');
  log.info(
    `only episode text changed since the last build: re-rendered ${changed.length} episode${changed.length === 1 ? '' : 's'} (${names}) and wrote ${written.size} pages in ${Math.round(performance.now() - started)} ms (--full builds every page)`,
  );
  return { status: 0 };
}

/** Where the HTML of a page's new render goes: in the cache, named by its digest, as the loader names it. */
const htmlFilesOf = (htmlDir: string, page: PagePlan) => ({
  htmlFile: join(htmlDir, `${page.digest}.html`),
  aioHtmlFile: join(htmlDir, `${page.digest}.aio.html`),
});

/** One replacement in one output page: the old HTML, exactly where the page shows it, by the new. */
interface PageEdit {
  page: string;
  from: string;
  to: string;
}

/**
 * The pages that show an episode's HTML (src/layouts/EpisodeLayout.astro in both views) and its
 * all-in-one copy (src/pages/[...view]/aio.astro), each with the HTML files of the old and new render.
 */
function episodeEdits(
  slug: string,
  before: Pick<RecordedPage, 'htmlFile' | 'aioHtmlFile'>,
  after: { htmlFile: string; aioHtmlFile: string },
): PageEdit[] {
  const episodePages = [`${slug}/index.html`, `${instructorPrefix}/${slug}/index.html`];
  return [
    ...episodePages.map((page) => ({ page, from: before.htmlFile, to: after.htmlFile })),
    ...allInOnePages.map((page) => ({ page, from: before.aioHtmlFile!, to: after.aioHtmlFile })),
  ];
}

/**
 * Every edited page's new text, or why it cannot be made: each old HTML must be in its page
 * exactly once (a page that holds it twice, or not at all, was not made the way these edits
 * assume). Nothing is written until every edit is known to apply.
 */
function applyEdits(out: string, edits: readonly PageEdit[]): Map<string, string> | string {
  const texts = new Map<string, string>();
  for (const edit of edits) {
    const path = join(out, edit.page);
    let text = texts.get(path);
    if (text === undefined) {
      if (!existsSync(path)) return `${edit.page} is not in the output folder`;
      text = readFileSync(path, 'utf8');
    }
    const from = readFileSync(edit.from, 'utf8');
    const at = text.indexOf(from);
    if (!from || at < 0 || text.indexOf(from, at + 1) >= 0)
      return `${edit.page} does not show the episode's last HTML exactly once`;
    texts.set(
      path,
      text.slice(0, at) + readFileSync(edit.to, 'utf8') + text.slice(at + from.length),
    );
  }
  return texts;
}
