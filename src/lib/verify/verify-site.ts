import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DiagnosticBag, sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { loadLesson } from '../lesson/load-lesson.ts';
import { createMarkdownPreparer } from '../lesson/prepare-markdown.ts';
import type { Lesson } from '../lesson/types.ts';
import { pagePath } from '../lesson/urls.ts';
import { generatedPages, mergedIntoGeneratedPage } from '../site-paths.ts';
import { authorFilesOf } from './author-files.ts';
import { checkSiteLinks } from './links.ts';
import { measureNothingLost } from './nothing-lost.ts';
import { checkRawSyntax, literalLiquid } from './raw-syntax.ts';
import { pageFileFor, readSiteFiles, type SiteFiles } from './site-files.ts';

export interface VerifySiteOptions {
  lessonDir: string;
  outDir: string;
  /** Base path the site was built for. */
  base?: string;
  /** Link targets known to be missing on purpose (see `CheckLinksOptions.allow`). */
  allow?: readonly string[];
  /** The lesson, when the caller has loaded it already. */
  lesson?: Lesson;
}

/** How much of one source file's text reached its page. */
export interface SourceShare {
  /** Source file, relative to the lesson folder. */
  file: string;
  kind: 'episode' | 'page';
  /** Built page it was compared with; undefined when the page was not built at all. */
  page?: string;
  words: number;
  missingWords: number;
  /** Found words / words: 1 for a page with nothing to find, 0 for a page that was not built. */
  share: number;
}

export interface SiteVerification {
  site: SiteFiles;
  /** The author's own HTML files among the site's pages (see `authorFilesOf`). */
  authorFiles: ReadonlySet<string>;
  links: Diagnostic[];
  rawSyntax: Diagnostic[];
  nothingLost: Diagnostic[];
  shares: SourceShare[];
  /** All of the above, sorted. */
  all: Diagnostic[];
}

/** Frontmatter lists shown on the page (overview and key points boxes), with the line they are on. */
function frontmatterText(
  text: string,
  frontmatter: Record<string, unknown>,
): { text: string; line: number }[] {
  const items = ['questions', 'objectives', 'keypoints'].flatMap((key) =>
    Array.isArray(frontmatter[key]) ? (frontmatter[key] as unknown[]) : [],
  );
  return items
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '')
    .map((item) => {
      const at = text.indexOf(item);
      return { text: item, line: at === -1 ? 1 : text.slice(0, at).split('\n').length };
    });
}

/** Liquid the lesson's pages show as written (`{% raw %}`, code, what Liquid cannot read). */
function literalsOf(lesson: Lesson): string[] {
  const { prepare } = createMarkdownPreparer(lesson);
  return [...lesson.episodes, ...lesson.pages].flatMap((source) =>
    literalLiquid(
      prepare(
        { ...source, frontmatter: source.frontmatter as Record<string, unknown> },
        new DiagnosticBag(source.file),
      ).markdown,
    ),
  );
}

function nothingLost(
  lesson: Lesson,
  site: SiteFiles,
): { problems: Diagnostic[]; shares: SourceShare[] } {
  const problems: Diagnostic[] = [];
  const shares: SourceShare[] = [];
  const sources = [
    ...lesson.episodes.map((s) => ({ source: s, kind: 'episode' as const })),
    ...lesson.pages.map((s) => ({ source: s, kind: 'page' as const })),
  ];
  for (const { source, kind } of sources) {
    // Instructor notes and learner profiles are folded into the generator's own pages.
    const merged = 'section' in source && mergedIntoGeneratedPage(source.section, source.slug);
    const sitePath = pagePath(
      merged
        ? 'section' in source && source.section === 'profiles'
          ? generatedPages.profiles
          : generatedPages.instructorNotes
        : source.slug,
    );
    // The instructor view shows everything the learner view does, plus instructor notes.
    const page = pageFileFor(site, `/instructor${sitePath}`) ?? pageFileFor(site, sitePath);
    if (!page) {
      problems.push({
        file: source.file,
        line: 0,
        column: 0,
        severity: 'error',
        rule: 'nothing-lost/page-not-built',
        message: `no built page for ${source.file} at ${site.base}${sitePath.slice(1)}`,
        hint: 'The source is part of the lesson but was not published.',
      });
      shares.push({ file: source.file, kind, words: 0, missingWords: 0, share: 0 });
      continue;
    }
    const fm = source.frontmatter as Record<string, unknown>;
    const measure = measureNothingLost({
      file: source.file,
      body: source.body,
      bodyLine: source.bodyLine,
      links: lesson.links?.text,
      page,
      html: readFileSync(join(site.outDir, page), 'utf8'),
      extra: frontmatterText(source.text, fm),
      kramdown: lesson.settings.format === 'styles',
    });
    problems.push(...measure.problems);
    const share = measure.words ? (measure.words - measure.missingWords) / measure.words : 1;
    shares.push({
      file: source.file,
      kind,
      page,
      words: measure.words,
      missingWords: measure.missingWords,
      share,
    });
  }
  return { problems, shares };
}

/**
 * Post-build verification of a lesson site: links and anchors resolve, no source syntax leaked into
 * the text, and no author's text went missing between source and page. `npm run verify` prints it;
 * the corpus sweep reads it as data.
 */
export function verifySite({
  lessonDir,
  outDir,
  base = '/',
  allow = [],
  lesson = loadLesson(lessonDir),
}: VerifySiteOptions): SiteVerification {
  const site = readSiteFiles(outDir, base);
  const authorFiles = authorFilesOf(site, lesson);
  const links = checkSiteLinks(site, { allow, authorFiles });
  const rawSyntax = checkRawSyntax(outDir, literalsOf(lesson));
  const lost = nothingLost(lesson, site);
  return {
    site,
    authorFiles,
    links,
    rawSyntax,
    nothingLost: lost.problems,
    shares: lost.shares,
    all: sortDiagnostics([...links, ...rawSyntax, ...lost.problems]),
  };
}
