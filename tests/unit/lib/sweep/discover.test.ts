import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findLessons } from '../../../../src/lib/sweep/discover.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

const names = (root: string) =>
  findLessons([root]).map((l) => `${l.name} ${l.format}${l.overview ? ' overview' : ''}`);

describe('findLessons', () => {
  it('finds styles, Workbench and overview lessons at any depth, in name order', () => {
    const root = makeLessonDir({
      'a/styles-one/_config.yml': 'title: x\n',
      'a/styles-one/_episodes/01-x.md': '---\ntitle: x\n---\n',
      'b/deeper/wb/config.yaml': 'title: x\n',
      'b/deeper/wb/episodes/01-x.md': '---\ntitle: x\n---\n',
      'c/overview/config.yaml': 'title: x\noverview: true\n',
    });
    expect(names(root)).toEqual([
      'styles-one styles',
      'wb workbench',
      'overview workbench overview',
    ]);
    expect(findLessons([root])[0]!.dir).toBe(join(root, 'a/styles-one'));
  });

  it('needs both the config and the episodes folder (or overview: true)', () => {
    const root = makeLessonDir({
      'config-only/config.yaml': 'title: x\n',
      'episodes-only/episodes/01-x.md': 'x',
      'styles-config-only/_config.yml': 'title: x\n',
      'not-overview/config.yaml': 'overview: false\n',
      'broken-yaml/config.yaml': 'overview: [true\n',
    });
    expect(names(root)).toEqual([]);
  });

  it('does not search inside a lesson, dot-folders, node_modules or symlinks', () => {
    const root = makeLessonDir({
      'outer/config.yaml': 'title: x\n',
      'outer/episodes/01-x.md': 'x',
      'outer/inner/config.yaml': 'title: x\n',
      'outer/inner/episodes/01-x.md': 'x',
      '.hidden/l/config.yaml': 'title: x\n',
      '.hidden/l/episodes/01-x.md': 'x',
      'node_modules/l/config.yaml': 'title: x\n',
      'node_modules/l/episodes/01-x.md': 'x',
    });
    mkdirSync(join(root, 'links'));
    symlinkSync(join(root, 'outer'), join(root, 'links/alias'));
    expect(names(root)).toEqual(['outer workbench']);
  });

  it('tells lessons of the same folder name apart by their parent', () => {
    const root = makeLessonDir({
      'corpus/git/_config.yml': 'x: 1\n',
      'corpus/git/_episodes/01.md': 'x',
      'wide/git/config.yaml': 'x: 1\n',
      'wide/git/episodes/01.md': 'x',
    });
    expect(names(root)).toEqual(['corpus-git styles', 'wide-git workbench']);
  });

  it('accepts a lesson folder itself as the folder to search', () => {
    const root = makeLessonDir({ 'config.yaml': 'x: 1\n', 'episodes/01.md': 'x' });
    expect(findLessons([root]).map((l) => l.dir)).toEqual([root]);
  });
});
