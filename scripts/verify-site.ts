/**
 * Post-build verification of a lesson site: links and anchors resolve, no source syntax leaked into
 * the text, and no author's text went missing between source and page.
 *
 *   node scripts/verify-site.ts --lesson <lessonDir> --site <outDir> [--base /repo/] [--allow a,b] [--github]
 *
 * Exits 1 when anything is found, so CI fails on the first defect. Under GitHub Actions (or with
 * --github) problems are printed as workflow commands, so they annotate the pull request.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  DiagnosticBag,
  formatDiagnostic,
  formatGithub,
  sortDiagnostics,
  summarize,
  type Diagnostic,
} from '../src/lib/diagnostics.ts';
import { loadLesson } from '../src/lib/lesson/load-lesson.ts';
import { createMarkdownPreparer } from '../src/lib/lesson/prepare-markdown.ts';
import { pagePath } from '../src/lib/lesson/urls.ts';
import { generatedPages, mergedIntoGeneratedPage } from '../src/lib/site-paths.ts';
import { checkSiteLinks } from '../src/lib/verify/links.ts';
import { checkNothingLost } from '../src/lib/verify/nothing-lost.ts';
import { checkRawSyntax, literalLiquid } from '../src/lib/verify/raw-syntax.ts';
import { pageFileFor, readSiteFiles, type SiteFiles } from '../src/lib/verify/site-files.ts';

const { values } = parseArgs({
  options: {
    lesson: { type: 'string' },
    site: { type: 'string' },
    base: { type: 'string', default: '/' },
    allow: { type: 'string', default: '' },
    github: { type: 'boolean', default: !!process.env.GITHUB_ACTIONS },
  },
});
if (!values.lesson || !values.site) {
  console.error(
    'usage: node scripts/verify-site.ts --lesson <lessonDir> --site <outDir> [--base /] [--allow path,path] [--github]',
  );
  process.exit(2);
}

const lessonDir = values.lesson;
const site = readSiteFiles(values.site, values.base);
const allow = values.allow
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);

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

function nothingLost(site: SiteFiles): Diagnostic[] {
  const lesson = loadLesson(lessonDir);
  const problems: Diagnostic[] = [];
  for (const source of [...lesson.episodes, ...lesson.pages]) {
    // Instructor notes and learner profiles are folded into the generator's own pages.
    const merged = 'section' in source && mergedIntoGeneratedPage(source.section, source.slug);
    const sitePath = pagePath(
      merged
        ? source.section === 'profiles'
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
      continue;
    }
    const fm = source.frontmatter as Record<string, unknown>;
    problems.push(
      ...checkNothingLost({
        file: source.file,
        body: source.body,
        bodyLine: source.bodyLine,
        links: lesson.links?.text,
        page,
        html: readFileSync(join(site.outDir, page), 'utf8'),
        extra: frontmatterText(source.text, fm),
      }),
    );
  }
  return problems;
}

/** Liquid the lesson's pages show as written (`{% raw %}`, code, what Liquid cannot read). */
function literalsOfLesson(): string[] {
  const lesson = loadLesson(lessonDir);
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

const all = sortDiagnostics([
  ...checkSiteLinks(site, { allow }),
  ...checkRawSyntax(site.outDir, literalsOfLesson()),
  ...nothingLost(site),
]);

if (values.github) {
  for (const d of all) console.log(formatGithub(d));
} else {
  const byFile = Map.groupBy(all, (d) => d.file);
  for (const [file, items] of byFile) {
    console.log(`\n${file} (${items.length})`);
    for (const d of items)
      console.log(
        `  ${formatDiagnostic(d, { color: process.stdout.isTTY }).replace(/\n/g, '\n  ')}`,
      );
  }
}
console.log(`\nverify-site: ${site.pages.length} pages in ${values.site}; ${summarize(all)}`);
process.exit(all.length > 0 ? 1 : 0);
