import { describe, expect, it } from 'vitest';
import type { EpisodeData, PageData, SettingsData } from '../../../src/lib/lesson/entries.ts';
import type { PageSection } from '../../../src/lib/lesson/types.ts';
import { buildRouteData, type RouteInput } from '../../../src/lib/route-data.ts';

const rendered = {
  html: '',
  aioHtml: '',
  linkedFiles: [],
  missingFiles: [],
  headings: [],
  images: [],
  math: false,
  embeds: false,
  tabs: false,
  hasOwnH1: false,
  meta: {},
};
const episode = (slug: string, order: number, extra: Partial<EpisodeData> = {}): EpisodeData => ({
  ...rendered,
  kind: 'episode',
  slug,
  file: `episodes/${slug}.md`,
  title: `Episode ${slug}`,
  order,
  teaching: 20,
  exercises: 10,
  start: false,
  questions: [],
  objectives: [],
  keypoints: [],
  instructorNotes: [],
  ...extra,
});
const page = (slug: string, section: PageSection, title = slug): PageData => ({
  ...rendered,
  kind: 'page',
  slug,
  file: `${section}/${slug}.md`,
  section,
  order: 0,
  title,
});
const settings: SettingsData = {
  kind: 'settings',
  format: 'workbench',
  title: 'A Lesson',
  startMinutes: 9 * 60,
  branch: 'main',
  lang: 'en',
  community: {},
};
const episodes = [episode('one', 0), episode('two', 1), episode('three', 2, { start: true })];
const pages = [
  page('setup', 'learners', 'Setup'),
  page('reference', 'learners', 'Glossary'),
  page('discuss', 'learners', 'Discussion'),
  page('instructor-notes', 'instructors', 'Instructor Notes'),
  page('pacing', 'instructors', 'Pacing'),
  page('learner-profiles', 'profiles', 'Profiles'),
  page('CODE_OF_CONDUCT', 'top', 'Code of Conduct'),
  page('about', 'top', 'About'),
];
const input = (over: Partial<RouteInput> = {}): RouteInput => ({
  settings,
  episodes,
  pages,
  base: '/repo',
  view: 'learner',
  current: 'two',
  ...over,
});

describe('buildRouteData', () => {
  it('normalises the base path once and builds every link under it, in the view', () => {
    const learner = buildRouteData(input());
    expect(learner.settings.base).toBe('/repo/');
    expect(learner.href('one')).toBe('/repo/one/');
    expect(learner.switchView).toEqual({ view: 'instructor', href: '/repo/instructor/two/' });
    const instructor = buildRouteData(input({ view: 'instructor' }));
    expect(instructor.href('index')).toBe('/repo/instructor/');
    expect(instructor.switchView).toEqual({ view: 'learner', href: '/repo/two/' });
  });

  it('finds the entry shown and its previous and next pages', () => {
    const route = buildRouteData(input());
    expect(route.entry?.slug).toBe('two');
    expect(route.pagination?.previous).toMatchObject({ href: '/repo/one/', title: 'Episode one' });
    expect(route.pagination?.next).toMatchObject({ href: '/repo/three/' });
    const first = buildRouteData(input({ current: 'one' }));
    expect(first.pagination?.previous).toMatchObject({ href: '/repo/', generated: 'home' });
    const last = buildRouteData(input({ current: 'three' }));
    expect(last.pagination?.next).toMatchObject({
      href: '/repo/key-points/',
      generated: 'keyPoints',
    });
    expect(buildRouteData(input({ current: 'figures' })).pagination).toBeUndefined();
  });

  it('keeps setup, key points and the glossary in view and groups the other pages', () => {
    const { navigation } = buildRouteData(input());
    const names = (links: { title?: string; generated?: string }[]) =>
      links.map((l) => l.title ?? l.generated);
    expect(names(navigation.primary)).toEqual(['Setup', 'keyPoints', 'Glossary']);
    expect(names(navigation.learnerResources)).toEqual([
      'Discussion',
      'profiles',
      'figures',
      'allInOne',
    ]);
    expect(navigation.instructorResources).toEqual([]);
    const instructor = buildRouteData(input({ view: 'instructor' })).navigation;
    expect(names(instructor.instructorResources)).toEqual(['instructorNotes', 'Pacing']);
    expect(instructor.instructorResources[1]!.href).toBe('/repo/instructor/pacing/');
  });

  it('lists a page once even when the lesson has its own page at a generated address', () => {
    const own = page('figures', 'extras', 'Figures');
    const { navigation } = buildRouteData(input({ pages: [...pages, own] }));
    const all = [...navigation.primary, ...navigation.learnerResources];
    expect(all.filter((l) => l.href === '/repo/figures/')).toHaveLength(1);
  });

  it('links the footer to what the lesson has, and only that', () => {
    const bare = buildRouteData(input()).footer;
    expect(bare).toMatchObject({ license: undefined, citation: undefined, source: undefined });
    expect(bare.pages.map((p) => p.title)).toEqual(['Code of Conduct', 'About']);
    const full = buildRouteData(
      input({
        settings: {
          ...settings,
          license: 'CC-BY 4.0',
          source: 'https://github.com/o/r',
          contact: 'team@example.org',
          community: {
            license: { path: 'LICENSE.txt' },
            citation: { url: 'https://github.com/o/r/blob/main/CITATION.cff' },
            codeOfConduct: { slug: 'CODE_OF_CONDUCT' },
          },
        },
        episodes: [episode('one', 0, { meta: { editUrl: 'https://github.com/o/r/edit/x' } })],
        current: 'one',
        view: 'instructor',
      }),
    ).footer;
    expect(full).toMatchObject({
      license: { href: '/repo/LICENSE.txt', name: 'CC-BY 4.0' },
      citation: 'https://github.com/o/r/blob/main/CITATION.cff',
      codeOfConduct: '/repo/instructor/CODE_OF_CONDUCT/',
      source: 'https://github.com/o/r',
      edit: 'https://github.com/o/r/edit/x',
      contact: 'mailto:team@example.org',
    });
    // Linked as the code of conduct, so not again among the other pages.
    expect(full.pages.map((p) => p.title)).toEqual(['About']);
  });

  it('places each episode in the day: start clock and length, a new day restarting the clock', () => {
    const { timings } = buildRouteData(input());
    expect(timings.get('one')).toEqual({ day: 1, start: 540, minutes: 30 });
    expect(timings.get('two')).toEqual({ day: 1, start: 570, minutes: 30 });
    expect(timings.get('three')).toEqual({ day: 2, start: 540, minutes: 30 });
  });

  it('describes the page, points instructor copies at the learner page and keeps them out of indexes', () => {
    const withQuestions = [episode('one', 0, { questions: ['<code>ls</code>?', 'Why?'] })];
    const common = {
      episodes: withQuestions,
      current: 'one',
      site: 'https://example.org',
      summary: 'A lesson about things.',
      questionText: (e: EpisodeData) => e.questions.join(' ').replace(/<[^>]+>/g, ''),
    };
    const learner = buildRouteData(input(common));
    expect(learner.settings.siteUrl).toBe('https://example.org/repo/');
    expect(learner.seo).toEqual({
      description: 'ls? Why?',
      canonical: 'https://example.org/repo/one/',
      noindex: false,
      image: undefined,
    });
    const instructor = buildRouteData(input({ ...common, view: 'instructor' }));
    expect(instructor.seo.canonical).toBe('https://example.org/repo/one/');
    expect(instructor.seo.noindex).toBe(true);
    const other = buildRouteData(input({ ...common, current: 'key-points' }));
    expect(other.seo.description).toBe('A lesson about things.');
    expect(buildRouteData(input({ ...common, current: '404' })).seo).toMatchObject({
      canonical: undefined,
      noindex: true,
    });
    // Pages written for instructors stay out of search engines in the learner view too.
    expect(buildRouteData(input({ ...common, current: 'pacing' })).seo.noindex).toBe(true);
    expect(buildRouteData(input({ ...common, current: 'instructor-notes' })).seo.noindex).toBe(
      true,
    );
    // Without a site URL the canonical link is the learner page's path.
    expect(buildRouteData(input({ current: 'one', view: 'instructor' })).seo.canonical).toBe(
      '/repo/one/',
    );
  });

  it('offers a raster image of the page or the lesson for link previews, never an SVG', () => {
    const images = (src: string) => [{ src, alt: '' }];
    const route = (list: EpisodeData[]) =>
      buildRouteData(input({ episodes: list, current: 'one', site: 'https://example.org' }));
    expect(route([episode('one', 0, { images: images('/repo/fig/a.svg') })]).seo.image).toBe(
      undefined,
    );
    expect(
      route([
        episode('one', 0, { images: images('/repo/fig/a.svg') }),
        episode('two', 1, { images: images('/repo/fig/b.png') }),
      ]).seo.image,
    ).toBe('https://example.org/repo/fig/b.png');
  });

  it('cuts a long description at a word, about 160 characters', () => {
    const summary = 'word '.repeat(60);
    const { description } = buildRouteData(input({ summary, current: 'aio' })).seo;
    expect(description!.length).toBeLessThanOrEqual(160);
    expect(description).toMatch(/word…$/);
  });
});
