import { describe, expect, it } from 'vitest';
import { editUrl } from '../../../src/lib/edit-url.ts';

describe('editUrl', () => {
  it('builds a GitHub edit URL from the source, branch and lesson-relative file', () => {
    expect(
      editUrl('https://github.com/swcarpentry/shell-novice', 'gh-pages', '_episodes/01-intro.md'),
    ).toBe('https://github.com/swcarpentry/shell-novice/edit/gh-pages/_episodes/01-intro.md');
  });
  it('tolerates a trailing slash or .git', () => {
    expect(editUrl('https://github.com/o/r/', 'main', 'episodes/a.Rmd')).toBe(
      'https://github.com/o/r/edit/main/episodes/a.Rmd',
    );
    expect(editUrl('https://github.com/o/r.git', 'main', 'index.md')).toBe(
      'https://github.com/o/r/edit/main/index.md',
    );
  });
  it('knows GitLab', () => {
    expect(editUrl('https://gitlab.com/g/l', 'main', 'index.md')).toBe(
      'https://gitlab.com/g/l/-/edit/main/index.md',
    );
  });
  it('encodes path segments, not slashes', () => {
    expect(editUrl('https://github.com/o/r', 'main', 'episodes/my file.md')).toBe(
      'https://github.com/o/r/edit/main/episodes/my%20file.md',
    );
  });
  it('gives nothing for unknown hosts, missing or malformed sources', () => {
    expect(editUrl('https://example.org/repo', 'main', 'index.md')).toBeUndefined();
    expect(editUrl(undefined, 'main', 'index.md')).toBeUndefined();
    expect(editUrl('not a url', 'main', 'index.md')).toBeUndefined();
    expect(editUrl('git@github.com:o/r.git', 'main', 'index.md')).toBeUndefined();
  });
});
