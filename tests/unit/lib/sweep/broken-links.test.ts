import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../../src/lib/check/run-check.ts';
import { diagnostic } from '../../../../src/lib/diagnostics.ts';
import { loadLesson } from '../../../../src/lib/lesson/load-lesson.ts';
import { siteMapOf } from '../../../../src/lib/lesson/site-map.ts';
import {
  checkerTargets,
  classifyBroken,
  distinctBroken,
  reportedUrl,
  targetKey,
} from '../../../../src/lib/sweep/broken-links.ts';
import type { BrokenLink } from '../../../../src/lib/verify/links.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

const lessonDir = makeLessonDir({
  '_config.yml': 'title: Test\n',
  '_episodes/01-first.md': episode(
    'First',
    [
      '![A plot](../fig/missing.png)',
      '',
      'See [the second](../02-second/#nowhere) and [data](../files/data.csv) and [a dump](../files/dump.txt).',
      '',
      '## Here',
    ].join('\n'),
  ),
  '_episodes/02-second.md': episode('Second', '## Somewhere\n'),
  'files/data.csv': 'a,b\n',
});
const lesson = loadLesson(lessonDir);
const findings = checkLesson(lessonDir).diagnostics;
const targets = checkerTargets(findings, siteMapOf(lesson));
const isLessonFile = (path: string) => existsSync(join(lessonDir, path)) && !path.endsWith('/');

const broken = (over: Partial<BrokenLink>): BrokenLink => ({
  page: '01-first/index.html',
  line: 10,
  column: 1,
  element: 'a',
  url: '',
  problem: 'missing-target',
  ...over,
});

describe('checker findings', () => {
  it('reads the URL of every link and image finding of the real checker', () => {
    const urls = findings.map(reportedUrl).filter(Boolean).sort();
    expect(urls).toEqual(['../02-second/#nowhere', '../fig/missing.png', '../files/dump.txt']);
  });

  it('resolves them to the site paths a built page would link to', () => {
    expect(targets.map((t) => t.key).sort()).toEqual([
      '02-second/#nowhere',
      'fig/missing.png',
      'files/dump.txt',
    ]);
  });
});

describe('classifyBroken', () => {
  const classify = (links: BrokenLink[]) =>
    classifyBroken(links, targets, isLessonFile).map(
      (c) => `${c.key} ${c.reported ? 'reported' : c.reason}`,
    );

  it("is the author's when the checker reports the same target and the lesson has no such file", () => {
    expect(
      classify([
        broken({ element: 'img', url: '/fig/missing.png', target: 'fig/missing.png' }),
        broken({
          page: 'instructor/aio/index.html',
          url: '/instructor/02-second/#nowhere',
          problem: 'missing-anchor',
          target: 'instructor/02-second/index.html',
          fragment: 'nowhere',
        }),
      ]),
    ).toEqual(['fig/missing.png reported', '02-second/#nowhere reported']);
  });

  it("is the generator's when the checker says nothing of it", () => {
    expect(
      classify([
        broken({ url: '/_astro/theme.css', element: 'link', target: '_astro/theme.css' }),
        broken({
          url: '/02-second/#somewhere-else',
          problem: 'missing-anchor',
          target: '02-second/index.html',
          fragment: 'somewhere-else',
        }),
      ]),
    ).toEqual([
      '_astro/theme.css not reported by npm run check',
      '02-second/#somewhere-else not reported by npm run check',
    ]);
  });

  it("is the generator's when the file is in the lesson but was not published", () => {
    const fake = [
      ...targets,
      {
        finding: diagnostic({
          file: '_episodes/01-first.md',
          severity: 'error',
          rule: 'links/broken',
          message: 'link "../files/data.csv" points …',
        }),
        url: '../files/data.csv',
        key: 'files/data.csv',
        lessonPath: 'files/data.csv',
      },
    ];
    expect(
      classifyBroken(
        [broken({ url: '/files/data.csv', target: 'files/data.csv' })],
        fake,
        isLessonFile,
      ).map((c) => c.reason),
    ).toEqual(['files/data.csv is in the lesson but was not published']);
  });

  it('counts one target once, however many pages show it', () => {
    const links = ['01-first/index.html', 'instructor/01-first/index.html', 'aio/index.html'].map(
      (page) =>
        broken({ page, element: 'img', url: '/fig/missing.png', target: 'fig/missing.png' }),
    );
    const distinct = distinctBroken(classifyBroken(links, targets, isLessonFile));
    expect(distinct.map((d) => [d.key, d.pages])).toEqual([['fig/missing.png', 3]]);
  });
});

describe('targetKey', () => {
  it('names a target the same from either view and with or without index.html', () => {
    expect(['/instructor/x/index.html', 'x/', '/x/index.html'].map((p) => targetKey(p))).toEqual([
      'x/',
      'x/',
      'x/',
    ]);
    expect(targetKey('index.html', 'top-id')).toBe('#top-id');
    expect(targetKey('/fig/a%20b.png')).toBe('fig/a b.png');
  });
});
