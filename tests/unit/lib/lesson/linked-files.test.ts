import { realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLinkedFiles, writeLinkedFiles } from '../../../../src/lib/lesson/linked-files.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

describe('the linked-files hand-over from the loader to the integration', () => {
  it('round-trips: each listed file as its real path in the lesson', () => {
    const lesson = makeLessonDir({ AUTHORS: 'Ada\n', 'fig/top.png': 'png' });
    const cache = makeLessonDir({});
    writeLinkedFiles(
      cache,
      new Map([
        ['fig/top.png', 'fig/top.png'],
        ['AUTHORS', 'AUTHORS'],
      ]),
    );
    const real = realpathSync(lesson);
    expect(readLinkedFiles(cache, lesson)).toEqual(
      new Map([
        ['AUTHORS', join(real, 'AUTHORS')],
        ['fig/top.png', join(real, 'fig/top.png')],
      ]),
    );
    expect([...readLinkedFiles(cache, lesson, 'AUTHORS').keys()]).toEqual(['AUTHORS']);
  });

  it('goes through the lesson-file gate again: nothing outside, hidden or elsewhere', () => {
    const parent = makeLessonDir({ 'secret.txt': 'secret', 'lesson/.env': 'TOKEN=1' });
    const lesson = join(parent, 'lesson');
    writeFileSync(join(lesson, 'ok.txt'), 'ok');
    symlinkSync(join(parent, 'secret.txt'), join(lesson, 'leak.txt'));
    const cache = makeLessonDir({});
    writeLinkedFiles(
      cache,
      new Map([
        ['leak.txt', 'leak.txt'],
        ['.env', '.env'],
        ['../secret.txt', '../secret.txt'],
        // A site path that is not the file's own lesson path is never written.
        ['index.html', 'ok.txt'],
        ['ok.txt', 'ok.txt'],
      ]),
    );
    expect([...readLinkedFiles(cache, lesson).keys()]).toEqual(['ok.txt']);
  });

  it('no manifest yet (nothing rendered): nothing linked', () => {
    expect(readLinkedFiles(makeLessonDir({}), '/nowhere').size).toBe(0);
  });
});
