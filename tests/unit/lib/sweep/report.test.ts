import { describe, expect, it } from 'vitest';
import { firstProblems, markdownReport, problemSummary } from '../../../../src/lib/sweep/report.ts';
import type { LessonRow, Problem, ProblemRule } from '../../../../src/lib/sweep/row.ts';

const p = (rule: ProblemRule, n: number): Problem => ({
  rule,
  where: `f.md:${n}`,
  what: `thing ${n}`,
});
const row = (name: string, problems: Problem[], over: Partial<LessonRow> = {}): LessonRow => ({
  name,
  format: 'styles',
  episodes: 1,
  exit: 0,
  seconds: 1,
  pages: 3,
  leaked: 0,
  thirdParty: 0,
  externalImages: 0,
  brokenReported: 0,
  brokenOurs: 0,
  nothingLost: 1,
  referenceDiffs: 0,
  notes: [],
  problems,
  ...over,
});

describe('report', () => {
  it('shows a few problems of each rule, so one flood does not hide the rest', () => {
    const problems = [
      ...Array.from({ length: 10 }, (_, i) => p('reference/heading-id', i)),
      p('reference/tables', 99),
    ];
    expect(firstProblems(problems, 3).map((x) => x.what)).toEqual([
      'thing 0',
      'thing 1',
      'thing 2',
      'thing 99',
    ]);
  });

  it('sums problems by rule across lessons, weighted by their counts, most widespread first', () => {
    const rows = [
      row('a', [p('reference/tables', 1), { ...p('reference/images', 2), count: 5 }]),
      row('b', [p('reference/images', 3)]),
    ];
    expect(problemSummary(rows)).toEqual([
      { rule: 'reference/images', lessons: 2, items: 6 },
      { rule: 'reference/tables', lessons: 1, items: 1 },
    ]);
  });

  it('writes the run facts, the table, and the first problems of each unclean lesson', () => {
    const report = markdownReport({
      rows: [row('good', []), row('bad', [p('raw-syntax/leak', 7)], { leaked: 1 })],
      date: '2026-01-02',
      cores: 2,
      totalSeconds: 61,
      references: ['jekyll 4.3.1 (jekyll-build.sh)'],
      command: 'npm run sweep -- corpus',
    });
    expect(report).toContain('- date: 2026-01-02');
    expect(report).toContain(
      '- machine: 2 cores (os.availableParallelism()); lessons built one at a time',
    );
    expect(report).toContain('- clean: 1 of 2');
    expect(report).toContain(
      '| good | styles | 1 | 0 | 1.0 | 3 | 0 | 0 | 0 | 0 | 0 | 100.00% | 0 | yes |  |',
    );
    expect(report).toContain(
      '### bad\n\n1 leaked source syntax.\n\n- `raw-syntax/leak` f.md:7: thing 7',
    );
    expect(report).not.toContain('### good');
  });
});
