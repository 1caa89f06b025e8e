import { isClean, nothingLostBar, uncleanReasons, type LessonRow, type Problem } from './row.ts';
import { markdownTable } from './table.ts';

export interface SweepRun {
  rows: readonly LessonRow[];
  /** ISO date of the run. */
  date: string;
  cores: number;
  totalSeconds: number;
  /** Lessons built at once. */
  jobs: number;
  /** Reference toolchains found (`jekyll 4.3.1`, `pandoc 2.17.1.1`), or why there were none. */
  references: string[];
  /** The command line, so a reader can repeat the run. */
  command: string;
}

const weight = (p: Problem) => p.count ?? 1;

/** Problems across lessons by rule: the team's work list, biggest first. */
export function problemSummary(rows: readonly LessonRow[]): { rule: string; lessons: number; items: number }[] {
  const byRule = new Map<string, { lessons: Set<string>; items: number }>();
  for (const row of rows) {
    for (const problem of row.problems) {
      const entry = byRule.get(problem.rule) ?? { lessons: new Set(), items: 0 };
      entry.lessons.add(row.name);
      entry.items += weight(problem);
      byRule.set(problem.rule, entry);
    }
  }
  return [...byRule].map(([rule, { lessons, items }]) => ({ rule, lessons: lessons.size, items }))
    .sort((a, b) => b.lessons - a.lessons || b.items - a.items || a.rule.localeCompare(b.rule));
}

/**
 * The first problems of a lesson, a few of each rule so one flood (200 heading ids) does not hide
 * the rest (the one dropped table).
 */
export function firstProblems(problems: readonly Problem[], perRule = 3, max = 15): Problem[] {
  const shown = new Map<string, number>();
  const picked: Problem[] = [];
  for (const problem of problems) {
    const n = shown.get(problem.rule) ?? 0;
    if (n >= perRule) continue;
    shown.set(problem.rule, n + 1);
    picked.push(problem);
    if (picked.length >= max) break;
  }
  return picked;
}

const formatProblem = (p: Problem) => `- \`${p.rule}\` ${p.where}: ${p.what}`.replace(/\n/g, ' ');

export function markdownReport(run: SweepRun): string {
  const clean = run.rows.filter(isClean).length;
  const unclean = run.rows.filter((r) => !isClean(r));
  const summary = problemSummary(run.rows);
  return [
    '# Corpus sweep',
    '',
    'How faithfully lesson-site builds real lessons: each lesson is built as a user would, then verified',
    '(links, leaked source syntax, nothing lost), checked (`npm run check`), scanned for third-party requests',
    'and compared with its own toolchain\'s pages (Jekyll for styles lessons, pandoc for Workbench Markdown).',
    `A lesson is clean when it builds, leaks nothing, loads nothing from a third party, every broken link is`,
    `one the checker reports at the source, every episode keeps ≥ ${(nothingLostBar * 100).toFixed(1)}% of its words, and its`,
    'episodes have the reference\'s structure. Regenerate: `' + run.command + '`.',
    '',
    `- date: ${run.date}`,
    `- machine: ${run.cores} cores (os.availableParallelism()), ${run.jobs} lesson${run.jobs === 1 ? '' : 's'} at a time`,
    `- total: ${run.totalSeconds.toFixed(0)} s for ${run.rows.length} lessons`,
    `- references: ${run.references.join('; ') || 'none'}`,
    `- clean: ${clean} of ${run.rows.length}`,
    '',
    markdownTable(run.rows),
    '',
    '## Problems by rule',
    '',
    'Across all lessons; items count each difference (three missing challenges are three).',
    '',
    '| rule | lessons | items |',
    '|---|---:|---:|',
    ...summary.map((s) => `| \`${s.rule}\` | ${s.lessons} | ${s.items} |`),
    '',
    '## Unclean lessons',
    '',
    ...unclean.flatMap((row) => [
      `### ${row.name}`,
      '',
      `${uncleanReasons(row).join('; ')}.`,
      '',
      ...firstProblems(row.problems).map(formatProblem),
      ...(row.problems.length > firstProblems(row.problems).length ? [`- … ${row.problems.length - firstProblems(row.problems).length} more`] : []),
      '',
    ]),
  ].join('\n');
}
