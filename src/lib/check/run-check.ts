import { dedupeDiagnostics, diagnostic, sortDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { listAssets } from '../lesson/assets.ts';
import { loadLesson } from '../lesson/load-lesson.ts';
import { resolveGithubMetadata } from '../github-metadata.ts';
import { createMarkdownPreparer } from '../lesson/prepare-markdown.ts';
import type { Lesson } from '../lesson/types.ts';
import { siteMapOf } from '../lesson/site-map.ts';
import { pagePath } from '../lesson/urls.ts';
import { anchorsOf, homeFragmentsOf, staticAnchors } from './anchors.ts';
import { readLessonText } from '../lesson/lesson-files.ts';
import type { CheckContext } from './context.ts';
import { checkedPage, type CheckedPage } from './parse-page.ts';
import { pageRules } from './rules/index.ts';
import type { RuleId } from '../rules.ts';

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Source files checked (episodes and pages). */
  files: number;
  ms: number;
}

/** Where the check runs, for what Liquid's `site.github` says (as the build reads it). */
export interface CheckEnvironment {
  /** The process environment (`GITHUB_REPOSITORY` under GitHub Actions). */
  env?: Readonly<Record<string, string | undefined>>;
  /** Reads the lesson folder's git remote `origin`. */
  gitRemote?: () => string | undefined;
}

/**
 * Check one lesson without building it: load it once (config and frontmatter schemas), prepare
 * every page as the build does (Liquid, callouts, divs), then run every page rule. A rule that
 * fails on one page is reported against that page and does not stop the others.
 */
export function checkLesson(dir: string, environment: CheckEnvironment = {}): CheckResult {
  const started = performance.now();
  const lesson = loadLesson(dir);
  const diagnostics: Diagnostic[] = [...lesson.diagnostics];
  const github = resolveGithubMetadata({
    env: environment.env ?? {},
    gitRemote: environment.gitRemote,
    config: lesson.settings.siteVariables,
  });
  const { prepare, sharedDiagnostics } = createMarkdownPreparer(lesson, { github });
  const pages: CheckedPage[] = [];
  // Links out of the lesson, dangling links and loops: reported at their path, before CI sees them.
  const assets =
    lesson.episodes.length || lesson.pages.length
      ? listAssets(lesson.settings)
      : { files: new Map<string, string>(), sources: new Map<string, string>(), problems: [] };
  diagnostics.push(...assets.problems);
  const guard = (file: string, what: string, run: () => void) => {
    try {
      run();
    } catch (error) {
      diagnostics.push(
        diagnostic({
          file,
          severity: 'error',
          rule: 'check/internal',
          message: `the checker failed while ${what}: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'This is a bug in the checker; please report it with this file.',
        }),
      );
    }
  };
  for (const episode of lesson.episodes)
    guard(episode.file, 'reading this file', () =>
      pages.push(checkedPage('episode', episode, prepare)),
    );
  for (const page of lesson.pages)
    guard(page.file, 'reading this file', () => pages.push(checkedPage('page', page, prepare)));
  diagnostics.push(...sharedDiagnostics);

  // Frontmatter the loader could not use (reported there). In a styles lesson the page is
  // published without it, as Jekyll published it (a warning): its content is checked, and rules
  // about frontmatter keep quiet; where it stops the build (an error), the error says it all.
  const frontmatterRules = new Set<RuleId>([
    'frontmatter/missing',
    'frontmatter/unclosed',
    'frontmatter/not-a-mapping',
    'yaml/syntax',
  ]);
  const unreadableRules = new Set<RuleId>([
    'source/binary',
    'source/encoding',
    ...frontmatterRules,
  ]);
  const filesWith = (rules: Set<RuleId>, errorsOnly: boolean) =>
    new Set(
      lesson.diagnostics
        .filter((d) => rules.has(d.rule) && (!errorsOnly || d.severity === 'error'))
        .map((d) => d.file),
    );
  const unreadable = filesWith(unreadableRules, true);
  const withoutFrontmatter = filesWith(frontmatterRules, false);
  const anchorCache = new Map<CheckedPage, Set<string>>();
  const fileAnchorCache = new Map<string, Set<string> | undefined>();
  const anchors = (page: CheckedPage) =>
    anchorCache.get(page) ??
    anchorCache.set(page, anchorsOf(page, lesson.settings.format)).get(page)!;
  const context: CheckContext = {
    lesson,
    // The build's own site map: links resolve to the same pages, files and anchors as in the site.
    site: siteMapOf(lesson, {
      assets,
      homeFragments: homeFragmentsOf(pages, lesson.settings.format, anchors),
    }),
    assets: assets.files,
    pages: new Map(pages.map((p) => [pagePath(p.source.slug), p])),
    unreadable,
    withoutFrontmatter,
    anchors,
    fileAnchors: (lessonFile) => {
      if (!fileAnchorCache.has(lessonFile)) {
        const html = readLessonText(dir, lessonFile);
        fileAnchorCache.set(lessonFile, html === undefined ? undefined : staticAnchors(html));
      }
      return fileAnchorCache.get(lessonFile);
    },
  };
  for (const page of pages) {
    diagnostics.push(...page.diagnostics);
    if (unreadable.has(page.source.file)) continue;
    for (const rule of pageRules)
      guard(page.source.file, `checking it (${rule.name})`, () =>
        diagnostics.push(...rule(page, context)),
      );
  }
  return {
    diagnostics: sortDiagnostics(dedupeDiagnostics(diagnostics)),
    files: pages.length,
    ms: Math.round(performance.now() - started),
  };
}
