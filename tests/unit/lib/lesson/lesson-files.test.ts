import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  readLessonText,
  resolveInLesson,
  walkLesson,
} from '../../../../src/lib/lesson/lesson-files.ts';
import { makeHostileLesson, outsideSecret } from '../../../helpers/hostile-lesson.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

describe('lesson-file gate', () => {
  const { dir, badLinks } = makeHostileLesson('styles');

  it.each(Object.entries(badLinks))('refuses %s (%s)', (path, rule) => {
    const resolved = resolveInLesson(dir, path);
    expect(resolved.ok).toBe(false);
    expect(!resolved.ok && `files/${resolved.refusal}`).toBe(rule);
  });

  it('follows a folder link that stays inside the lesson', () => {
    const resolved = resolveInLesson(dir, 'files/shared/plot.svg');
    expect(resolved).toMatchObject({ ok: true, isDirectory: false });
  });

  it('refuses plain paths that climb out of the lesson or into a dot-folder', () => {
    expect(resolveInLesson(dir, '../outside/secret.txt')).toMatchObject({
      ok: false,
      refusal: 'outside',
    });
    expect(resolveInLesson(dir, '.git/config')).toMatchObject({ ok: false, refusal: 'hidden' });
  });

  it('walks every readable file once, with one warning per bad link and none of the outside text', () => {
    const walk = walkLesson(dir, 'files');
    expect([...walk.files.keys()]).toEqual(['files/data.txt', 'files/shared/plot.svg']);
    expect(Object.fromEntries(walk.problems.map((p) => [p.file, p.rule]))).toEqual(badLinks);
    for (const problem of walk.problems) expect(problem.severity).toBe('warning');
  });

  it('reads through the gate: the outside secret is never returned, and the refusal is reported', () => {
    const problems: Parameters<typeof readLessonText>[2] = [];
    expect(readLessonText(dir, 'files/leak.txt', problems)).toBeUndefined();
    expect(problems.map((p) => [p.file, p.rule])).toEqual([['files/leak.txt', 'files/outside']]);
    expect(JSON.stringify(problems)).not.toContain(outsideSecret);
    expect(readLessonText(dir, 'files/data.txt')).toBe('plain data\n');
  });

  it('a missing file is simply missing: no warning', () => {
    const problems: Parameters<typeof readLessonText>[2] = [];
    expect(readLessonText(dir, 'files/nothing-here.txt', problems)).toBeUndefined();
    expect(problems).toEqual([]);
  });

  it('a folder link back to an ancestor is reported as a loop, not walked forever', () => {
    const lesson = makeLessonDir({ 'fig/a/plot.png': 'png' });
    symlinkSync('..', join(lesson, 'fig/a/up'));
    const walk = walkLesson(lesson, 'fig');
    expect([...walk.files.keys()]).toEqual(['fig/a/plot.png']);
    expect(walk.problems.map((p) => [p.file, p.rule])).toEqual([['fig/a/up', 'files/loop']]);
  });
});
