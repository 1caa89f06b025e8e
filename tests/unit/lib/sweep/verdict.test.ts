import { describe, expect, it } from 'vitest';
import { compareWithBaseline, describeChange } from '../../../../src/lib/sweep/baseline.ts';
import { buildFailures, splitQuote } from '../../../../src/lib/sweep/messages.ts';
import { isClean, uncleanReasons, type LessonRow } from '../../../../src/lib/sweep/row.ts';
import { markdownTable, metricValues, readTable } from '../../../../src/lib/sweep/table.ts';

const row = (over: Partial<LessonRow> = {}): LessonRow => ({
  name: 'git',
  format: 'styles',
  episodes: 3,
  exit: 0,
  seconds: 4.2,
  pages: 20,
  leaked: 0,
  thirdParty: 0,
  externalImages: 2,
  brokenReported: 1,
  brokenOurs: 0,
  nothingLost: 0.9991,
  referenceDiffs: 0,
  notes: [],
  problems: [],
  ...over,
});

describe('clean verdict', () => {
  it('is clean with external images and broken links the checker explains', () => {
    expect(isClean(row())).toBe(true);
  });

  it.each([
    [{ exit: 1 }, 'build exited 1'],
    [{ leaked: 2 }, '2 leaked source syntax'],
    [{ thirdParty: 1 }, '1 third-party requests on load'],
    [{ brokenOurs: 3 }, '3 broken links the checker does not explain'],
    [{ nothingLost: 0.9949 }, 'an episode keeps 99.49% of its words'],
    [{ referenceDiffs: 5 }, '5 structural differences from the reference'],
    [{ pages: undefined }, 'the built site could not be measured'],
  ] as [Partial<LessonRow>, string][])('is not clean with %o', (over, reason) => {
    expect(uncleanReasons(row(over))).toEqual([reason]);
  });

  it('holds the nothing-lost bar at exactly 99.5%', () => {
    expect(isClean(row({ nothingLost: 0.995 }))).toBe(true);
  });

  it('is clean without a reference or episodes (unknown counts are not problems)', () => {
    expect(isClean(row({ referenceDiffs: undefined, nothingLost: undefined }))).toBe(true);
  });
});

describe('table and baseline', () => {
  const before = [
    row(),
    row({
      name: 'shell',
      format: 'workbench',
      referenceDiffs: 12,
      nothingLost: 0.97,
      notes: ['a | b'],
    }),
    row({ name: 'gone' }),
  ];

  it('reads back what it writes, pipes in notes included', () => {
    const table = readTable(`# Sweep\n\n${markdownTable(before)}\n\n## Next\n| rule | x |\n`);
    expect([...table.keys()]).toEqual(['git', 'shell', 'gone']);
    expect(table.get('shell')).toEqual(metricValues(before[1]!));
    expect(table.get('shell')).toMatchObject({ exit: 0, referenceDiffs: 12, nothingLost: 97 });
  });

  it('fails only on what got worse, and says what got better', () => {
    const baseline = readTable(markdownTable(before));
    const now = [
      row({ leaked: 1 }),
      row({ name: 'shell', format: 'workbench', referenceDiffs: 3, nothingLost: 0.96 }),
      row({ name: 'new', exit: 1 }),
    ];
    const result = compareWithBaseline(
      baseline,
      new Map(now.map((r) => [r.name, metricValues(r)])),
    );
    expect(result.worse.map(describeChange)).toEqual([
      'git: leaked syntax 0 → 1',
      'shell: nothing-lost min 97.00% → 96.00%',
    ]);
    expect(result.better.map(describeChange)).toEqual(['shell: reference diffs 12 → 3']);
    expect(result.added).toEqual(['new']);
    expect(result.missing).toEqual(['gone']);
  });

  it('counts a build that now fails as worse, and its unmeasured counts as unknown, not better', () => {
    const baseline = readTable(markdownTable([row()]));
    const failed = row({
      exit: 1,
      pages: undefined,
      leaked: undefined,
      thirdParty: undefined,
      brokenOurs: undefined,
      nothingLost: undefined,
      referenceDiffs: undefined,
    });
    const result = compareWithBaseline(baseline, new Map([['git', metricValues(failed)]]));
    expect(result.worse.map(describeChange)).toEqual(['git: exit 0 → 1']);
    expect(result.better).toEqual([]);
    expect(result.unmeasured.map((u) => u.metric)).toContain('referenceDiffs');
  });

  it('is unchanged against itself, and a build that starts working is better', () => {
    const baseline = readTable(markdownTable([row({ exit: 2 })]));
    expect(
      compareWithBaseline(
        readTable(markdownTable([row()])),
        new Map([['git', metricValues(row())]]),
      ).worse,
    ).toEqual([]);
    expect(
      compareWithBaseline(baseline, new Map([['git', metricValues(row())]])).better.map(
        describeChange,
      ),
    ).toEqual(['git: exit 2 → 0']);
  });
});

describe('buildFailures', () => {
  it('lists the error diagnostics a failed build printed, by rule', () => {
    const log = [
      '06:12:22 [ERROR] [lesson-loader] _episodes/08-x.md:3  error  teaching: expected a whole number of minutes, found "0 (15 min)" (text)  (frontmatter/schema)',
      '06:12:22 [WARN] [lesson-loader] _episodes/09-y.md:1  warning  something  (frontmatter/unknown-key)',
      '06:12:22 [ERROR] [lesson-loader] The lesson has errors (listed above); fix them and build again.',
    ].join('\n');
    expect(buildFailures(log, 'x.log')).toEqual([
      {
        rule: 'build/frontmatter/schema',
        where: '_episodes/08-x.md:3',
        what: 'teaching: expected a whole number of minutes, found "0 (15 min)" (text)',
      },
    ]);
  });

  it('reads only registered rule ids as the build’s own error lines', () => {
    const log = 'x.md:1  error  looks like ours  (not/a-rule)\nlast line';
    expect(buildFailures(log, 'x.log')).toEqual([
      {
        rule: 'build/failed',
        where: 'x.log',
        what: 'x.md:1  error  looks like ours  (not/a-rule) / last line',
      },
    ]);
  });

  it('falls back to the last lines of the log', () => {
    expect(buildFailures('a\nb\nc\nd\n', 'x.log')).toEqual([
      { rule: 'build/failed', where: 'x.log', what: 'b / c / d' },
    ]);
  });
});

describe('splitQuote', () => {
  it("keeps the author's quoted text out of the report's message", () => {
    expect(
      splitQuote('paragraph missing from the built page x/index.html: "Some prose: here"'),
    ).toEqual({
      what: 'paragraph missing from the built page x/index.html',
      detail: 'Some prose: here',
    });
    expect(splitQuote('no quote here')).toEqual({ what: 'no quote here' });
  });
});
