import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareWithReference } from '../../../../src/lib/sweep/compare-reference.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

const jekyll = (body: string) =>
  `<html><body><article><div class="row"><h1 class="maintitle">T</h1></div>${body}</article></body></html>`;
const ours = (body: string) =>
  `<html><body><main><article class="episode"><div class="lesson-content">${body}</div></article></main></body></html>`;

describe('compareWithReference', () => {
  it('compares each built episode with its reference page and names the episode', () => {
    const dir = makeLessonDir({
      'ref/01-a/index.html': jekyll('<h2 id="a_b">A_b</h2><p><img src="/my-lesson/fig/x.png"></p>'),
      'ref/02-b/index.html': jekyll('<h2 id="same">Same</h2>'),
      'site/01-a/index.html': ours('<h2 id="a-b">A_b</h2><p><img src="/my-lesson/fig/x.png"></p>'),
      'site/02-b/index.html': ours('<h2 id="same">Same</h2>'),
    });
    const result = compareWithReference(
      'styles',
      [
        { slug: '01-a', file: '_episodes/01-a.md', ours: join(dir, 'site/01-a/index.html') },
        { slug: '02-b', file: '_episodes/02-b.md', ours: join(dir, 'site/02-b/index.html') },
        { slug: '03-c', file: '_episodes/03-c.md', ours: undefined },
      ],
      join(dir, 'ref'),
      { jekyllBase: '/my-lesson/' },
    );
    expect(result.problems).toEqual([
      {
        rule: 'reference/heading-id',
        where: '_episodes/01-a.md',
        what: '01-a: heading id "a_b" in reference, ours "a-b" (underscores as hyphens)',
        count: 1,
        category: 'underscores as hyphens',
      },
    ]);
    expect(result).toMatchObject({ differences: 1, compared: 2, notes: [] });
  });

  it('compares an R Markdown episode with its reference page like any other', () => {
    const dir = makeLessonDir({
      'ref/01-a/index.html': '<div class="callout"><p>x</p></div><h2 id="b">B</h2>',
      'site/01-a/index.html': ours('<h2 id="b">B</h2>'),
    });
    const result = compareWithReference(
      'workbench',
      [{ slug: '01-a', file: 'episodes/01-a.Rmd', ours: join(dir, 'site/01-a/index.html') }],
      join(dir, 'ref'),
    );
    expect(result).toMatchObject({ differences: 1, compared: 1, notes: [] });
    expect(result.problems[0]!.what).toBe('01-a: callout "callout": 1 in reference, 0 ours');
  });

  it('notes R Markdown episodes and others without a reference page, and counts nothing for them', () => {
    const dir = makeLessonDir({
      'site/01-a/index.html': ours(''),
      'site/02-b/index.html': ours(''),
      'ref/.keep': '',
    });
    const result = compareWithReference(
      'workbench',
      [
        { slug: '01-a', file: 'episodes/01-a.Rmd', ours: join(dir, 'site/01-a/index.html') },
        { slug: '02-b', file: 'episodes/02-b.md', ours: join(dir, 'site/02-b/index.html') },
      ],
      join(dir, 'ref'),
    );
    expect(result).toMatchObject({
      differences: 0,
      compared: 0,
      notes: [
        '1 R Markdown episode without reference (no pandoc rendering of it)',
        'no reference page for 02-b',
      ],
    });
  });

  it('reads pandoc images against the source file and ours through the lesson path mapping', () => {
    const dir = makeLessonDir({
      'ref/01-a/index.html': '<p><img src="fig/x.png"></p>',
      'site/01-a/index.html': ours('<p><img src="/fig/x.png"></p>'),
    });
    const result = compareWithReference(
      'workbench',
      [{ slug: '01-a', file: 'episodes/01-a.md', ours: join(dir, 'site/01-a/index.html') }],
      join(dir, 'ref'),
      { lessonPathOf: (p) => `episodes/${p}` },
    );
    expect(result.differences).toBe(0);
  });
});
