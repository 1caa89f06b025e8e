import { describe, expect, it } from 'vitest';
import {
  darkVariant,
  pagePath,
  publishedAssetPath,
  resolveLessonUrl,
  withBase,
  type SiteMap,
} from '../../../../src/lib/lesson/urls.ts';

const styles: SiteMap = {
  base: '/',
  format: 'styles',
  pageBySource: new Map([
    ['index.md', '/'],
    ['_episodes/01-intro.md', '/01-intro/'],
    ['_episodes/02-filedir.md', '/02-filedir/'],
    ['reference.md', '/reference/'],
    ['setup.md', '/setup/'],
    ['_extras/guide.md', '/guide/'],
  ]),
  pageSlugs: new Set(['01-intro', '02-filedir', 'reference', 'setup', 'guide']),
};

const workbench: SiteMap = {
  base: '/',
  format: 'workbench',
  pageBySource: new Map([
    ['index.md', '/'],
    ['episodes/01-intro.md', '/01-intro/'],
    ['episodes/02-filedir.md', '/02-filedir/'],
    ['learners/setup.md', '/setup/'],
    ['learners/reference.md', '/reference/'],
  ]),
  pageSlugs: new Set(['01-intro', '02-filedir', 'setup', 'reference']),
};

const inStyles = (url: string, sourceFile = '_episodes/01-intro.md') =>
  resolveLessonUrl(url, { site: styles, sourceFile });
const inWorkbench = (url: string, sourceFile = 'episodes/01-intro.md', base = '/') =>
  resolveLessonUrl(url, { site: { ...workbench, base }, sourceFile });

describe('resolveLessonUrl: styles lessons', () => {
  it.each([
    ['../fig/x.png', '/fig/x.png'],
    ['../files/data.zip', '/files/data.zip'],
    // A place on the same page is its fragment alone (the all-in-one page re-points it).
    ['../01-intro/index.html#a', '#a'],
    ['./#a', '#a'],
    ['../02-filedir/', '../02-filedir/'],
    ['../02-filedir.html', '../02-filedir/'],
    ['02-filedir.md', '../02-filedir/'],
    ['../setup.md#linux', '../setup/#linux'],
    ['../reference.html#ls', '../reference/#ls'],
    ['/reference/#x', '../reference/#x'],
    ['../index.html', '../'],
    ['../fig/my plot.png', '/fig/my%20plot.png'],
    ['../fig/my%20plot.png', '/fig/my%20plot.png'],
  ])('%s from an episode → %s', (url, expected) => {
    expect(inStyles(url)).toBe(expected);
  });

  it('fig/ from the home page', () => {
    expect(inStyles('fig/x.png', 'index.md')).toBe('/fig/x.png');
  });

  it('../ from an episode is the home page', () => {
    expect(inStyles('../')).toBe('../');
  });

  it('pages are linked relative to the page, so one HTML serves both views', () => {
    expect(inStyles('_episodes/02-filedir.md', 'index.md')).toBe('02-filedir/');
    expect(inStyles('index.md', 'index.md')).toBe('./');
    expect(inStyles('../02-filedir/#x', '_extras/guide.md')).toBe('../02-filedir/#x');
  });
});

describe('resolveLessonUrl: Workbench lessons', () => {
  it.each([
    ['fig/x.png', '/fig/x.png'],
    ['../fig/x.png', '/fig/x.png'],
    ['02-filedir.md', '../02-filedir/'],
    ['02-filedir.md#sec', '../02-filedir/#sec'],
    ['../learners/setup.md#x', '../setup/#x'],
    ['../index.md', '../'],
    ['data/file.csv', '/data/file.csv'],
  ])('%s from an episode → %s', (url, expected) => {
    expect(inWorkbench(url)).toBe(expected);
  });

  it('fig/ from learners/ resolves to /fig/ (episodes/fig is published as /fig)', () => {
    expect(inWorkbench('fig/x.png', 'learners/setup.md')).toBe('/fig/x.png');
    expect(inWorkbench('../episodes/fig/x.png', 'learners/setup.md')).toBe('/fig/x.png');
  });

  it('a learner page links to a sibling learner page', () => {
    expect(inWorkbench('setup.md', 'learners/reference.md')).toBe('../setup/');
  });

  it('prefixes files with the base path; pages are relative, so they need none', () => {
    expect(inWorkbench('fig/x.png', 'episodes/01-intro.md', '/my-lesson/')).toBe(
      '/my-lesson/fig/x.png',
    );
    expect(inWorkbench('02-filedir.md#sec', 'episodes/01-intro.md', '/my-lesson/')).toBe(
      '../02-filedir/#sec',
    );
    expect(inWorkbench('/reference/#x', 'episodes/01-intro.md', '/my-lesson/')).toBe(
      '../reference/#x',
    );
  });

  // Liquid's `{{ site.baseurl }}/x` and `{{ "/x" | relative_url }}` write the base path already.
  it('a site-root path that already has the base path gets it once', () => {
    expect(inWorkbench('/my-lesson/fig/x.png', 'episodes/01-intro.md', '/my-lesson/')).toBe(
      '/my-lesson/fig/x.png',
    );
    // Pages, as always, relative to the page the link is on.
    expect(inWorkbench('/my-lesson/setup/#x', 'episodes/01-intro.md', '/my-lesson/')).toBe(
      '../setup/#x',
    );
    expect(inWorkbench('/my-lesson', 'episodes/01-intro.md', '/my-lesson/')).toBe('../');
    expect(inWorkbench('/my-lessons/x.png', 'episodes/01-intro.md', '/my-lesson/')).toBe(
      '/my-lesson/my-lessons/x.png',
    );
  });
});

describe('resolveLessonUrl: left untouched', () => {
  it.each([
    'https://example.org/a?b=1#c',
    'http://x.org',
    'mailto:team@carpentries.org',
    'ftp://x/y',
    '//cdn.example.org/lib.js',
    '#local-anchor',
    '',
    '?q=1',
  ])('%j', (url) => {
    expect(inStyles(url)).toBe(url);
    expect(inWorkbench(url, 'episodes/01-intro.md', '/base/')).toBe(url);
  });
});

describe('resolveLessonUrl: paths above the site root', () => {
  it('stay at the root, as a browser keeps them', () => {
    expect(inStyles('../../outside.png')).toBe('/outside.png');
    expect(inWorkbench('../../../fig/x.png')).toBe('/fig/x.png');
  });
});

describe('helpers', () => {
  it('pagePath and withBase', () => {
    expect(pagePath('index')).toBe('/');
    expect(pagePath('01-intro')).toBe('/01-intro/');
    expect(withBase('/lesson/', '/fig/x.png')).toBe('/lesson/fig/x.png');
    expect(withBase('/', '/')).toBe('/');
  });

  it('publishedAssetPath', () => {
    expect(publishedAssetPath('episodes/fig/a.png', 'workbench')).toBe('fig/a.png');
    expect(publishedAssetPath('learners/files/a.zip', 'workbench')).toBe('files/a.zip');
    expect(publishedAssetPath('fig/a.png', 'styles')).toBe('fig/a.png');
  });
});

describe('darkVariant', () => {
  const site = {
    base: '/repo/',
    format: 'workbench' as const,
    pageBySource: new Map<string, string>(),
    pageSlugs: new Set<string>(),
    assets: new Set(['fig/a.svg', 'fig/a-dark.svg', 'fig/b.png']),
  };

  it('finds the -dark twin of a published image', () => {
    expect(darkVariant('/repo/fig/a.svg', site)).toBe('/repo/fig/a-dark.svg');
  });

  it('gives nothing when there is no twin, the URL is external, or assets are unknown', () => {
    expect(darkVariant('/repo/fig/b.png', site)).toBeUndefined();
    expect(darkVariant('https://example.org/fig/a.svg', site)).toBeUndefined();
    expect(darkVariant('/repo/fig/a.svg', { ...site, assets: undefined })).toBeUndefined();
  });
});
