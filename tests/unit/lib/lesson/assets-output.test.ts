/** The build's output folder inside a lesson is never published as the lesson's own files. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listAssets } from '../../../../src/lib/lesson/assets.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

describe('listAssets and the output folder', () => {
  // A styles lesson publishes every file Jekyll would copy, so a site built into dist/ by an
  // earlier `lesson-site build` would otherwise be published again inside the next one.
  const dir = makeLessonDir({
    '_config.yml': 'title: x\n',
    '_episodes/01-a.md': episode('A'),
    'fig/plot.svg': '<svg/>',
    'dist/index.html': '<!doctype html>',
    'dist/fig/plot.svg': '<svg/>',
    'distant/data.csv': 'a,b\n',
  });
  const settings = { dir, format: 'styles' as const, siteVariables: {} };

  it('skips the output folder when it is inside the lesson', () => {
    const files = [...listAssets(settings, { outDir: join(dir, 'dist') }).files.keys()].sort();
    expect(files).toEqual(['distant/data.csv', 'fig/plot.svg']);
  });

  it('keeps a lesson folder that only happens to be called dist when the output is elsewhere', () => {
    const files = [...listAssets(settings, { outDir: '/tmp/elsewhere' }).files.keys()].sort();
    expect(files).toEqual([
      'dist/fig/plot.svg',
      'dist/index.html',
      'distant/data.csv',
      'fig/plot.svg',
    ]);
  });
});
