import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { makeLessonDir } from './lesson-dir.ts';

/** Text that must never reach a built site: it lives outside the lesson folder. */
export const outsideSecret = 'OUTSIDE-SECRET-7f3a9c';
/** The token a checkout with persisted credentials leaves in `.git/config`. */
export const gitToken = 'ghs_TOKEN-IN-GIT-CONFIG-51d2';

export interface HostileLesson {
  /** The lesson folder (inside a temporary parent that also holds the outside files). */
  dir: string;
  /** Every lesson-relative path that is a bad link, with the warning rule it must produce. */
  badLinks: Record<string, string>;
}

/**
 * A small lesson of the given format whose folder holds every kind of symbolic link a careless or
 * hostile pull request could add: a file link out of the lesson, a link into `.git/config`, a
 * folder link out of the lesson, a dangling link, a link loop, and (harmless) a folder link that
 * stays inside the lesson. Made at test time: git cannot be trusted to keep such links as they are.
 */
export function makeHostileLesson(format: 'styles' | 'workbench'): HostileLesson {
  const parent = makeLessonDir({
    'outside/secret.txt': `${outsideSecret}\n`,
    'outside/folder/inner.txt': `${outsideSecret} in a folder\n`,
  });
  const dir = join(parent, 'lesson');
  const episodes = format === 'styles' ? '_episodes' : 'episodes';
  const assets = format === 'styles' ? 'files' : 'episodes/files';
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write(format === 'styles' ? '_config.yml' : 'config.yaml', 'title: "Hostile links"\n');
  write(
    `${episodes}/01-intro.md`,
    '---\ntitle: "Intro"\nteaching: 5\nexercises: 0\n---\n\nSee [the data](../files/data.txt) and the [shared figure](../files/shared/plot.svg).\n\n' +
      // Links that would publish a file only because a page names it: each one is refused.
      [
        '../.git/config',
        '../../.git/config',
        '/.git/config',
        '../.env',
        '../files/leak.txt',
        'files/leak.txt',
        '../episodes/files/leak.txt',
        '../../outside/secret.txt',
        '../../../outside/secret.txt',
        '../files/etc/inner.txt',
      ]
        .map((url, i) => `[not published ${i}](${url})`)
        .join(', ') +
      '.\n',
  );
  write(`${assets}/data.txt`, 'plain data\n');
  write('.git/config', `[remote "origin"]\n\textraheader = AUTHORIZATION: basic ${gitToken}\n`);
  write('.env', `TOKEN=${gitToken}\n`);
  write('shared/plot.svg', '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"/>\n');
  const link = (path: string, target: string) => symlinkSync(target, join(dir, path));
  const up = format === 'styles' ? '..' : '../..';
  link(`${assets}/leak.txt`, join(parent, 'outside/secret.txt'));
  link(`${assets}/gitcfg`, `${up}/.git/config`);
  link(`${assets}/etc`, join(parent, 'outside/folder'));
  link(`${assets}/old.png`, '../missing.png');
  link(`${assets}/loop-a`, 'loop-b');
  link(`${assets}/loop-b`, 'loop-a');
  link(`${assets}/shared`, `${up}/shared`);
  return {
    dir,
    badLinks: {
      [`${assets}/leak.txt`]: 'files/outside',
      [`${assets}/gitcfg`]: 'files/hidden',
      [`${assets}/etc`]: 'files/outside',
      [`${assets}/old.png`]: 'files/dangling',
      [`${assets}/loop-a`]: 'files/loop',
      [`${assets}/loop-b`]: 'files/loop',
    },
  };
}
