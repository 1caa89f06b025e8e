import { describe, expect, it } from 'vitest';
import { failed, formatReport } from '../../../../src/lib/check/format.ts';
import type { CheckResult } from '../../../../src/lib/check/run-check.ts';

const result: CheckResult = {
  files: 2,
  ms: 12,
  diagnostics: [
    {
      file: 'episodes/01-a.md',
      line: 3,
      column: 1,
      severity: 'error',
      rule: 'frontmatter/schema',
      message: 'teaching: expected a number',
      hint: 'Fix it.',
    },
    {
      file: 'episodes/01-a.md',
      line: 9,
      column: 0,
      severity: 'warning',
      rule: 'code/no-language',
      message: 'code block has no language',
    },
    {
      file: 'index.md',
      line: 0,
      column: 0,
      severity: 'notice',
      rule: 'styles/theme-page',
      message: 'note',
    },
  ],
};

describe('formatReport', () => {
  it('text: a header per file, one line per problem with its hint, a summary', () => {
    expect(formatReport(result, { format: 'text' })).toBe(
      [
        '',
        'episodes/01-a.md',
        '  episodes/01-a.md:3:1  error  teaching: expected a number  (frontmatter/schema)',
        '      hint: Fix it.',
        '  episodes/01-a.md:9  warning  code block has no language  (code/no-language)',
        '',
        'index.md',
        '  index.md  notice  note  (styles/theme-page)',
        '',
        '1 error, 1 warning, 1 notice in 2 files (12 ms)',
      ].join('\n'),
    );
  });

  it('text: colours only when asked, and a clean lesson is one summary line', () => {
    expect(formatReport(result, { format: 'text', color: true })).toContain(
      '\u001b[1;4mepisodes/01-a.md\u001b[0m',
    );
    expect(formatReport(result, { format: 'text' })).not.toContain('\u001b[');
    expect(
      formatReport({ files: 1, ms: 3, diagnostics: [] }, { format: 'text', strict: true }),
    ).toBe('0 errors, 0 warnings, 0 notices in 1 file (3 ms); --strict: warnings count as errors');
  });

  it('github: one workflow command per problem, then the summary', () => {
    expect(formatReport(result, { format: 'github' }).split('\n')).toEqual([
      '::error file=episodes/01-a.md,line=3,col=1,title=frontmatter/schema::teaching: expected a number (hint: Fix it.)',
      '::warning file=episodes/01-a.md,line=9,title=code/no-language::code block has no language',
      '::notice file=index.md,title=styles/theme-page::note',
      '1 error, 1 warning, 1 notice in 2 files (12 ms)',
    ]);
  });

  it('json: a summary and the diagnostics as data', () => {
    const report = JSON.parse(formatReport(result, { format: 'json', strict: false }));
    expect(report.summary).toEqual({
      errors: 1,
      warnings: 1,
      notices: 1,
      files: 2,
      ms: 12,
      failed: true,
    });
    expect(report.diagnostics).toEqual(result.diagnostics);
  });
});

describe('failed', () => {
  it('errors fail; warnings only with strict; notices never', () => {
    const warning = [result.diagnostics[1]!];
    expect(failed(result.diagnostics)).toBe(true);
    expect(failed(warning)).toBe(false);
    expect(failed(warning, true)).toBe(true);
    expect(failed([result.diagnostics[2]!], true)).toBe(false);
  });
});
