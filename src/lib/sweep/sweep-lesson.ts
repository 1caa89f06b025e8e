import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { parse } from 'yaml';
import { checkLesson } from '../check/run-check.ts';
import type { Diagnostic } from '../diagnostics.ts';
import { listAssets } from '../lesson/assets.ts';
import { loadLesson } from '../lesson/load-lesson.ts';
import type { Lesson } from '../lesson/types.ts';
import { siteMapOf } from '../lesson/site-map.ts';
import { pagePath } from '../lesson/urls.ts';
import { parsePage } from '../verify/html-tree.ts';
import { brokenSiteLinks } from '../verify/links.ts';
import { pageFileFor } from '../verify/site-files.ts';
import { verifySite } from '../verify/verify-site.ts';
import {
  checkerTargets,
  classifyBroken,
  distinctBroken,
  lessonCandidates,
} from './broken-links.ts';
import { compareWithReference } from './compare-reference.ts';
import type { FoundLesson } from './discover.ts';
import { referenceBuild, type ReferenceBuild } from './reference.ts';
import { nothingLostBar, formatShare, type LessonRow, type Problem } from './row.ts';
import { runProcess } from './run-process.ts';
import { buildFailures, splitQuote } from './messages.ts';
import { isRedirect, thirdPartyRequests, type ThirdPartyRequest } from './third-party.ts';

export interface SweepSettings {
  /** The project (where `npm run build` runs). */
  projectRoot: string;
  /** Built sites go to `<sitesDir>/<lesson name>/`. */
  sitesDir: string;
  logsDir: string;
  /** Reference builds are cached here, by lesson and content hash. */
  referenceCache: string;
  /** Folder with the reference scripts; undefined when there is none (or `--no-reference`). */
  referenceDir?: string;
  /** Why there is no reference for a format (`no jekyll on PATH`); undefined when there is one. */
  referenceMissing: Partial<Record<FoundLesson['format'], string>>;
  buildTimeoutSeconds: number;
}

/** `baseurl:` of a styles config, for absolute image paths in the Jekyll reference. */
function jekyllBaseurl(dir: string): string {
  try {
    const config = parse(readFileSync(join(dir, '_config.yml'), 'utf8')) as Record<
      string,
      unknown
    > | null;
    const base = typeof config?.baseurl === 'string' ? config.baseurl.trim() : '';
    return base ? `/${base.replace(/^\/+|\/+$/g, '')}/` : '/';
  } catch {
    return '/';
  }
}

const location = (file: string, line: number) => (line ? `${file}:${line}` : file);

interface FoundRequest {
  request: ThirdPartyRequest;
  page: string;
  pages: number;
}

/**
 * Third-party requests of every page, one entry per distinct URL with the first place it was seen,
 * the generator's pages apart from the author's own HTML files. An author's file (a slide deck in
 * `files/`) is published as it is, as Jekyll and sandpaper published it, and a learner opens it
 * by following a link, which asks for it; its requests are not the generator's.
 */
export function scanThirdParty(
  outDir: string,
  pages: readonly string[],
  authorFiles: ReadonlySet<string>,
): { generated: FoundRequest[]; author: FoundRequest[]; redirects: number } {
  type Entry = { request: ThirdPartyRequest; page: string; pages: Set<string> };
  const generated = new Map<string, Entry>();
  const author = new Map<string, Entry>();
  let redirects = 0;
  for (const page of pages) {
    const tree = parsePage(readFileSync(join(outDir, page), 'utf8'));
    const own = authorFiles.has(page);
    if (!own && isRedirect(tree)) redirects++;
    const byUrl = own ? author : generated;
    for (const request of thirdPartyRequests(tree)) {
      const entry = byUrl.get(request.url) ?? { request, page, pages: new Set<string>() };
      entry.pages.add(page);
      byUrl.set(request.url, entry);
    }
  }
  const found = (byUrl: Map<string, Entry>) =>
    [...byUrl.values()].map((e) => ({ request: e.request, page: e.page, pages: e.pages.size }));
  return { generated: found(generated), author: found(author), redirects };
}

const hostOf = (url: string) => {
  try {
    return new URL(url, 'https://site.invalid').host;
  } catch {
    return url;
  }
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Measure a built site; every count in the row but the build's own. */
function analyse(
  lesson: Lesson,
  found: FoundLesson,
  outDir: string,
  reference: ReferenceBuild | undefined,
  row: LessonRow,
): void {
  const { site, authorFiles, rawSyntax, nothingLost, shares } = verifySite({
    lessonDir: found.dir,
    outDir,
    lesson,
  });

  row.leaked = rawSyntax.length;
  // The message starts with what leaked ("a kramdown attribute list ({:) shows as …").
  for (const d of rawSyntax)
    row.problems.push({
      rule: 'raw-syntax/leak',
      where: location(d.file, d.line),
      ...splitQuote(d.message),
      category: d.message.split(' shows as ')[0],
    });

  const scanned = scanThirdParty(outDir, site.pages, authorFiles);
  // Pages the generator made; the author's own files and the redirects from old addresses apart.
  row.pages = site.pages.length - authorFiles.size - scanned.redirects;
  const requests = scanned.generated;
  const external = requests.filter((r) => !r.request.image);
  row.thirdParty = external.length;
  row.externalImages = requests.length - external.length;
  for (const r of external)
    row.problems.push({
      rule: 'third-party/on-load',
      where: location(r.page, r.request.line),
      what: `${r.request.via} ${r.request.url} (on ${plural(r.pages, 'page')})`,
      category: `${r.request.via} ${hostOf(r.request.url)}`,
    });
  const authorRequests = scanned.author.filter((r) => !r.request.image);
  if (authorRequests.length) {
    const files = [...new Set(authorRequests.map((r) => r.page))];
    row.notes.push(
      `${plural(authorRequests.length, 'third-party request')} in the author's own ${files.length === 1 ? 'file' : 'files'} ${files.join(', ')}, published as it is (not counted)`,
    );
    for (const r of authorRequests)
      row.problems.push({
        rule: 'third-party/author-file',
        where: location(r.page, r.request.line),
        what: `${r.request.via} ${r.request.url}: the author's own file, published as it is; loads only when a learner follows a link to it`,
        category: `${r.request.via} ${hostOf(r.request.url)}`,
      });
  }

  let findings: Diagnostic[] = [];
  try {
    findings = checkLesson(found.dir).diagnostics;
  } catch (error) {
    row.notes.push(
      `npm run check failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const isLessonFile = (path: string) => {
    const full = normalize(join(found.dir, path));
    if (relative(found.dir, full).startsWith('..')) return false;
    try {
      return statSync(full).isFile();
    } catch {
      return false;
    }
  };
  const classified = distinctBroken(
    classifyBroken(
      brokenSiteLinks(site, { authorFiles }),
      checkerTargets(findings, siteMapOf(lesson, { assets: listAssets(lesson.settings) })),
      isLessonFile,
    ),
  );
  row.brokenReported = classified.filter((c) => c.reported).length;
  row.brokenOurs = classified.length - row.brokenReported;
  for (const c of classified.filter((c) => !c.reported)) {
    const { link } = c;
    const what =
      link.problem === 'missing-anchor'
        ? `#${link.fragment} not in ${link.target}`
        : link.problem === 'missing-target'
          ? `${link.target} not in the site`
          : link.problem;
    const where = c.instructorOnly ? 'instructor view only, ' : '';
    row.problems.push({
      rule: `links/${link.problem}`,
      where: location(link.page, link.line),
      what: `<${link.element}> "${link.url}": ${what}; ${c.reason} (on ${plural(c.pages, 'page')})`,
      category: `<${link.element}>, ${where}${c.finding ? 'file in the lesson not published' : 'not reported by check'}`,
    });
  }

  const episodeShares = shares.filter((s) => s.kind === 'episode');
  row.nothingLost = episodeShares.length
    ? Math.min(...episodeShares.map((s) => s.share))
    : undefined;
  const episodeFiles = new Set(episodeShares.map((s) => s.file));
  for (const s of episodeShares.filter((s) => s.share < nothingLostBar)) {
    row.problems.push({
      rule: 'nothing-lost/share',
      where: s.file,
      what: `keeps ${formatShare(s.share)} of its ${s.words} words${s.page ? '' : ' (no page built)'}`,
    });
  }
  for (const d of nothingLost.filter((d) => episodeFiles.has(d.file)))
    row.problems.push({ rule: d.rule, where: location(d.file, d.line), ...splitQuote(d.message) });

  if (reference?.ok) {
    const episodes = lesson.episodes.map((e) => {
      const page = pageFileFor(site, pagePath(e.slug));
      return { slug: e.slug, file: e.file, ours: page && join(outDir, page) };
    });
    const comparison = compareWithReference(found.format, episodes, reference.dir, {
      jekyllBase: found.format === 'styles' ? jekyllBaseurl(found.dir) : '/',
      // An external URL is its own name; a site path comes from the first lesson folder that has the file.
      lessonPathOf: (path) =>
        /^[a-z][a-z\d+.-]*:/i.test(path)
          ? path
          : (lessonCandidates(path).find(isLessonFile) ?? `episodes/${path}`),
    });
    row.referenceDiffs = comparison.differences;
    row.problems.push(...comparison.problems);
    row.notes.push(...comparison.notes);
    if (comparison.compared === 0) {
      row.referenceDiffs = undefined;
      row.notes.push('no episode compared with the reference');
    }
  }
}

/**
 * Sweep one lesson: build it as a user would (`LESSON_DIR=… BASE_PATH=/ npm run build`), build its
 * reference meanwhile, then verify, check, scan and compare in this process.
 */
export async function sweepLesson(found: FoundLesson, settings: SweepSettings): Promise<LessonRow> {
  const row: LessonRow = {
    name: found.name,
    format: found.format,
    episodes: 0,
    exit: 0,
    seconds: 0,
    notes: [],
    problems: [],
  };
  if (found.overview) row.notes.push('overview lesson');
  let lesson: Lesson | undefined;
  try {
    lesson = loadLesson(found.dir);
    row.episodes = lesson.episodes.length;
  } catch (error) {
    row.notes.push(
      `could not load the lesson: ${error instanceof Error ? error.message : String(error)}`,
    );
  }

  const outDir = join(settings.sitesDir, found.name);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(settings.logsDir, { recursive: true });
  const logFile = join(settings.logsDir, `${found.name}.log`);
  const missing = settings.referenceMissing[found.format];
  if (missing) row.notes.push(`no reference: ${missing}`);
  const wantReference = !missing && settings.referenceDir !== undefined;

  const [build, reference] = await Promise.all([
    runProcess('npm', ['run', '--silent', 'build', '--', '--out', outDir], {
      cwd: settings.projectRoot,
      env: { ...process.env, LESSON_DIR: found.dir, BASE_PATH: '/', ASTRO_TELEMETRY_DISABLED: '1' },
      logFile,
      timeoutSeconds: settings.buildTimeoutSeconds,
    }),
    wantReference
      ? referenceBuild(
          found.dir,
          found.format,
          settings.referenceDir!,
          settings.referenceCache,
          (lesson?.episodes ?? []).filter((e) => /\.rmd$/i.test(e.file)),
        )
      : Promise.resolve(undefined),
  ]);
  row.exit = build.exit;
  row.seconds = build.seconds;
  if (reference && !reference.ok) row.notes.push(reference.note);

  if (build.exit !== 0 || !existsSync(outDir)) {
    if (build.timedOut)
      row.problems.push({
        rule: 'build/timeout',
        where: logFile,
        what: `timed out after ${settings.buildTimeoutSeconds} s`,
      });
    else row.problems.push(...buildFailures(readFileSync(logFile, 'utf8'), logFile));
    return row;
  }
  if (!lesson) return row;
  try {
    analyse(lesson, found, outDir, reference, row);
  } catch (error) {
    row.pages = undefined;
    row.notes.push(`analysis failed: ${error instanceof Error ? error.message : String(error)}`);
    row.problems.push({
      rule: 'sweep/internal',
      where: found.name,
      what: error instanceof Error ? (error.stack ?? error.message) : String(error),
    });
  }
  return row;
}
