import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { communityLinks } from '../../../../src/lib/lesson/community-files.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

const files = {
  'LICENSE.md': '---\ntitle: Licenses\n---\nText.\n',
  CITATION: 'Cite us.\n',
  'CITATION.cff': 'cff-version: 1.2.0\n',
  'CODE_OF_CONDUCT.md': 'Be kind.\n',
  'CONTRIBUTING.md': 'Send patches.\n',
};

describe('communityLinks', () => {
  it('links a file the lesson publishes as a page to that page, the rest to the repository', () => {
    const dir = makeLessonDir(files);
    expect(
      communityLinks({
        dir,
        source: 'https://github.com/o/r',
        branch: 'gh-pages',
        pageOf: new Map([['LICENSE.md', 'LICENSE']]),
        assets: new Set(),
      }),
    ).toEqual({
      license: { slug: 'LICENSE' },
      // CITATION.cff is the one both templates look for first.
      citation: { url: 'https://github.com/o/r/blob/gh-pages/CITATION.cff' },
      codeOfConduct: { url: 'https://github.com/o/r/blob/gh-pages/CODE_OF_CONDUCT.md' },
      contributing: { url: 'https://github.com/o/r/blob/gh-pages/CONTRIBUTING.md' },
    });
  });

  it('without a known repository, links only what the site publishes itself', () => {
    const dir = makeLessonDir({ CITATION: 'Cite us.\n', 'CONTRIBUTING.md': 'Patches.\n' });
    expect(
      communityLinks({
        dir,
        branch: 'main',
        pageOf: new Map(),
        assets: new Set(['CITATION']),
      }),
    ).toEqual({ citation: { path: 'CITATION' } });
  });

  it('gives no link for a file the lesson lacks, or one that leads out of the lesson', () => {
    const outside = makeLessonDir({ 'CODE_OF_CONDUCT.md': 'Elsewhere.\n' });
    const dir = makeLessonDir({});
    symlinkSync(join(outside, 'CODE_OF_CONDUCT.md'), join(dir, 'CODE_OF_CONDUCT.md'));
    expect(
      communityLinks({
        dir,
        source: 'https://github.com/o/r',
        branch: 'main',
        pageOf: new Map(),
        assets: new Set(),
      }),
    ).toEqual({});
  });
});
