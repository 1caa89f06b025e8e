import {
  isClean,
  nothingLostBar,
  uncleanReasons,
  type LessonRow,
  type Problem,
  type ProblemRule,
} from './row.ts';
import { markdownTable } from './table.ts';

export interface SweepRun {
  rows: readonly LessonRow[];
  /** ISO date of the run. */
  date: string;
  cores: number;
  totalSeconds: number;
  /** Reference toolchains found (`jekyll 4.3.1`, `pandoc 2.17.1.1`), or why there were none. */
  references: string[];
  /** The command line, so a reader can repeat the run. */
  command: string;
}

const weight = (p: Problem) => p.count ?? 1;

export interface ProblemGroup {
  rule: ProblemRule;
  /** The problems' category within the rule, when they have one. */
  category?: string;
  lessons: number;
  items: number;
}

/** Problems across lessons by rule and category: the team's work list, most widespread first. */
export function problemSummary(rows: readonly LessonRow[]): ProblemGroup[] {
  const groups = new Map<
    string,
    { rule: ProblemRule; category?: string; lessons: Set<string>; items: number }
  >();
  for (const row of rows) {
    for (const problem of row.problems) {
      const key = `${problem.rule}\0${problem.category ?? ''}`;
      const entry = groups.get(key) ?? {
        rule: problem.rule,
        category: problem.category,
        lessons: new Set<string>(),
        items: 0,
      };
      entry.lessons.add(row.name);
      entry.items += weight(problem);
      groups.set(key, entry);
    }
  }
  return [...groups.values()]
    .map(({ rule, category, lessons, items }) => ({
      rule,
      ...(category ? { category } : {}),
      lessons: lessons.size,
      items,
    }))
    .sort(
      (a, b) =>
        b.lessons - a.lessons ||
        b.items - a.items ||
        a.rule.localeCompare(b.rule) ||
        (a.category ?? '').localeCompare(b.category ?? ''),
    );
}

/**
 * The first problems of a lesson, a few of each rule so one flood (200 heading ids) does not hide
 * the rest (the one dropped table).
 */
export function firstProblems(problems: readonly Problem[], perRule = 3, max = 15): Problem[] {
  const shown = new Map<ProblemRule, number>();
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
    "and compared with its own toolchain's pages (Jekyll for styles lessons, pandoc for Workbench Markdown).",
    `A lesson is clean when it builds, leaks nothing, loads nothing from a third party, every broken link is`,
    `one the checker reports at the source, every episode keeps ≥ ${(nothingLostBar * 100).toFixed(1)}% of its words, and its`,
    "episodes have the reference's structure. Regenerate: `" + run.command + '`.',
    '',
    `- date: ${run.date}`,
    `- machine: ${run.cores} cores (os.availableParallelism()); lessons built one at a time`,
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
    '| rule | what | lessons | items |',
    '|---|---|---:|---:|',
    ...summary.map(
      (s) =>
        `| \`${s.rule}\` | ${(s.category ?? '').replace(/\|/g, '\\|')} | ${s.lessons} | ${s.items} |`,
    ),
    '',
    '## Unclean lessons',
    '',
    ...unclean.flatMap((row) => [
      `### ${row.name}`,
      '',
      `${uncleanReasons(row).join('; ')}.`,
      '',
      ...firstProblems(row.problems).map(formatProblem),
      ...(row.problems.length > firstProblems(row.problems).length
        ? [`- … ${row.problems.length - firstProblems(row.problems).length} more`]
        : []),
      '',
    ]),
  ].join('\n');
}
