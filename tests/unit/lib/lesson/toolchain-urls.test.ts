import { describe, expect, it } from 'vitest';
import { listAssets } from '../../../../src/lib/lesson/assets.ts';
import { loadLesson } from '../../../../src/lib/lesson/load-lesson.ts';
import { jekyllUrl, siteMapOf } from '../../../../src/lib/lesson/site-map.ts';
import {
  resolveLessonLink,
  resolveLessonTarget,
  type SiteMap,
} from '../../../../src/lib/lesson/urls.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

/** The site map the build makes of a lesson folder (files included). */
function siteOf(files: Record<string, string | Uint8Array>, base = '/'): SiteMap {
  const lesson = loadLesson(makeLessonDir(files));
  return siteMapOf(lesson, { base, assets: listAssets(lesson.settings) });
}

const page = (title: string, extra = '') => `---\ntitle: "${title}"\n${extra}---\n\nText.\n`;

describe('styles: relative URLs resolve against the URL Jekyll published the page at', () => {
  const site = siteOf({
    '_config.yml': [
      'title: T',
      'collections:',
      '  episodes:',
      '    output: true',
      '    permalink: /:path/index.html',
      '  extras:',
      '    output: true',
      '    permalink: /:path/index.html',
    ].join('\n'),
    '_episodes/01-intro.md': episode('Intro'),
    '_episodes/02-next.md': episode('Next'),
    '_extras/guide.md': page('Guide'),
    'index.md': page('Home', 'permalink: index.html\n'),
    'setup.md': page('Setup'),
    'CONDUCT.md': page('Conduct', 'permalink: /conduct/\n'),
    'reference.md': page('Reference', 'permalink: /reference/\n'),
    'fig/x.png': png,
    'files/survey.db': 'db',
  });
  const from = (sourceFile: string, url: string) =>
    resolveLessonLink(url, { site, sourceFile }).url;

  it('a top-level page was /setup.html: ../fig/x.png and fig/x.png both reach /fig/', () => {
    expect(from('setup.md', '../fig/x.png')).toBe('/fig/x.png');
    expect(from('setup.md', 'fig/x.png')).toBe('/fig/x.png');
    expect(from('setup.md', '../files/survey.db')).toBe('/files/survey.db');
    expect(from('setup.md', '../#schedule')).toBe('../#schedule');
    expect(from('setup.md', '../02-next/')).toBe('../02-next/');
  });

  it('an episode was /01-intro/: a bare file name is read in that folder, as Jekyll did', () => {
    expect(resolveLessonTarget('plot.png', { site, sourceFile: '_episodes/01-intro.md' })).toEqual({
      kind: 'file',
      sitePath: '/01-intro/plot.png',
      suffix: '',
    });
    expect(from('_episodes/01-intro.md', './#further')).toBe('#further');
    expect(from('_extras/guide.md', './index.html#extensions')).toBe('#extensions');
  });

  it('a permalink page was at its permalink: relative URLs from there, and links to it', () => {
    expect(from('reference.md', '../fig/x.png')).toBe('/fig/x.png');
    expect(from('_episodes/01-intro.md', '../conduct/')).toBe('../CONDUCT/');
    expect(from('_episodes/01-intro.md', '/conduct/index.html#report')).toBe('../CONDUCT/#report');
  });

  it("Jekyll's name.html and name/ forms, {{ page.root }} after Liquid", () => {
    expect(from('_episodes/01-intro.md', '../setup.html#linux')).toBe('../setup/#linux');
    expect(from('_episodes/01-intro.md', '../02-next.html')).toBe('../02-next/');
    expect(from('index.md', './02-next/index.html')).toBe('02-next/');
  });

  it('the URL Jekyll gave each source', () => {
    const config = { collections: { episodes: { permalink: '/:path/index.html' } } };
    const at = (file: string, frontmatter = {}) =>
      jekyllUrl({ file, slug: '', frontmatter }, config);
    expect(at('_episodes/01-intro.md')).toBe('/01-intro/index.html');
    expect(at('_episodes_rmd/01-intro.Rmd')).toBe('/01-intro/index.html');
    expect(at('_extras/guide.md')).toBe('/extras/guide.html');
    expect(at('setup.md')).toBe('/setup.html');
    expect(at('setup/index.md')).toBe('/setup/');
    expect(at('CONDUCT.md', { permalink: '/conduct/' })).toBe('/conduct/');
    expect(
      jekyllUrl({ file: 'setup.md', slug: '', frontmatter: {} }, { permalink: 'pretty' }),
    ).toBe('/setup/');
  });
});

describe('Workbench: every page sat at the site root, links flattened as sandpaper did', () => {
  const site = siteOf({
    'config.yaml': 'title: T\nurl: https://example.org/my-workshop\n',
    'index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
    'episodes/01-intro.md': episode('Intro'),
    'episodes/02-next.md': episode('Next'),
    'episodes/fig/plot.png': png,
    'episodes/files/data.zip': 'zip',
    'learners/setup.md': '---\ntitle: Setup\n---\n\n## Installation\n',
    'learners/chart.html': '<p>chart</p>',
    'instructors/faq.md': '---\ntitle: FAQ\n---\n\nQ.\n',
    'instructors/AMI-setup.md': '---\ntitle: AMI\n---\n\n![](fig/top.png)\n',
    'profiles/learner-profiles.md': '---\ntitle: Profiles\n---\n\nAda.\n',
    'fig/top.png': png,
    AUTHORS: 'Ada\n',
    'CONTRIBUTING.md': '# Contributing\n',
    '.env': 'SECRET=1\n',
  });
  const from = (sourceFile: string, url: string) =>
    resolveLessonLink(url, { site, sourceFile }).url;
  const target = (sourceFile: string, url: string) =>
    resolveLessonTarget(url, { site, sourceFile });

  it.each([
    ['02-next.html', '../02-next/'],
    ['./02-next.html#x', '../02-next/#x'],
    ['02-next.md', '../02-next/'],
    ['../learners/setup.md#installation', '../setup/#installation'],
    ['setup.html', '../setup/'],
    ['index.html#top', '../#top'],
    ['.', '../'],
    ['07-gone/', '/07-gone/'],
    ['02-next/', '../02-next/'],
    ['aio.html', '../aio/'],
    ['images.html', '../figures/'],
    ['fig//plot.png', '/fig/plot.png'],
    ['../fig/plot.png', '/fig/plot.png'],
    ['/my-workshop/faq', '../faq/'],
  ])('%s from an episode → %s', (url, expected) => {
    expect(from('episodes/01-intro.md', url)).toBe(expected);
  });

  it('a file named by its lesson path is linked where sandpaper publishes it', () => {
    expect(from('learners/setup.md', 'episodes/files/data.zip')).toBe('/files/data.zip');
    expect(from('episodes/01-intro.md', 'learners/chart.html')).toBe('/chart.html');
  });

  it('a lesson file sandpaper does not publish is published because a page links to it', () => {
    expect(target('instructors/AMI-setup.md', 'fig/top.png')).toEqual({
      kind: 'file',
      sitePath: '/fig/top.png',
      suffix: '',
      lessonFile: 'fig/top.png',
      linked: true,
    });
    expect(target('index.md', 'AUTHORS')).toMatchObject({ lessonFile: 'AUTHORS', linked: true });
    expect(target('index.md', './CONTRIBUTING.md')).toMatchObject({
      sitePath: '/CONTRIBUTING.md',
      linked: true,
    });
  });

  it('never a dot-file, and a missing file stays missing', () => {
    expect(target('index.md', '.env')).toEqual({ kind: 'file', sitePath: '/.env', suffix: '' });
    expect(target('index.md', '../../.env')).toEqual({
      kind: 'file',
      sitePath: '/.env',
      suffix: '',
    });
    expect(target('index.md', 'fig/nope.png')).toEqual({
      kind: 'file',
      sitePath: '/fig/nope.png',
      suffix: '',
    });
  });

  it('learner profiles are one generated page: a link by the source name lands there', () => {
    expect(from('index.md', 'instructors/learner-profiles.md')).toBe('profiles/');
    expect(from('index.md', 'learner-profiles.html')).toBe('profiles/');
  });

  it("the home page's ids that were setup's go to the setup page", () => {
    const moved: SiteMap = { ...site, homeFragments: new Map([['installation', '/setup/']]) };
    const link = (url: string) =>
      resolveLessonLink(url, { site: moved, sourceFile: 'episodes/01-intro.md' }).url;
    expect(link('index.html#installation')).toBe('../setup/#installation');
    expect(link('index.html#welcome')).toBe('../#welcome');
  });
});

describe('whitespace around a URL', () => {
  it('is stripped, as browsers strip it from src and href', () => {
    const site = siteOf({
      '_config.yml': 'title: T\n',
      '_episodes/01-intro.md': episode('Intro'),
      'fig/x.png': png,
    });
    expect(
      resolveLessonLink('../fig/x.png ', { site, sourceFile: '_episodes/01-intro.md' }).url,
    ).toBe('/fig/x.png');
  });
});
