import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { listAssets } from '../../../../src/lib/lesson/assets.ts';
import { loadLesson } from '../../../../src/lib/lesson/load-lesson.ts';
import { legacyRedirects } from '../../../../src/lib/lesson/redirects.ts';
import { siteMapOf } from '../../../../src/lib/lesson/site-map.ts';
import { resolveLanguage } from '../../../../src/lib/i18n/index.ts';
import { redirectPage } from '../../../../src/lib/redirect-page.ts';
import { parsePage } from '../../../../src/lib/verify/html-tree.ts';
import { isRedirect } from '../../../../src/lib/sweep/third-party.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

function redirectsOf(files: Record<string, string>) {
  const lesson = loadLesson(makeLessonDir(files));
  const assets = listAssets(lesson.settings);
  const site = siteMapOf(lesson, { assets });
  return legacyRedirects(
    lesson,
    site,
    (path) => assets.files.has(path),
    resolveLanguage(undefined).strings,
  ).map((r) => `${r.from} → ${r.to}`);
}

describe('legacyRedirects', () => {
  it("Workbench: every page at sandpaper's name.html, in both views, and its own pages", () => {
    const found = redirectsOf({
      'config.yaml': 'title: T\n',
      'index.md': '---\ntitle: Home\n---\n\nHi.\n',
      'episodes/01-intro.md': episode('Intro'),
      'learners/setup.md': '---\ntitle: Setup\n---\n\nInstall.\n',
      'profiles/learner-profiles.md': '---\ntitle: Profiles\n---\n\nAda.\n',
      // A file of the lesson published at one of those addresses keeps it.
      'learners/aio.html': '<p>the author’s own page</p>',
    });
    expect(found).toEqual([
      '/01-intro.html → /01-intro/',
      '/images.html → /figures/',
      '/instructor-notes.html → /instructor-notes/',
      '/instructor/01-intro.html → /instructor/01-intro/',
      '/instructor/aio.html → /instructor/aio/',
      '/instructor/images.html → /instructor/figures/',
      '/instructor/instructor-notes.html → /instructor/instructor-notes/',
      '/instructor/key-points.html → /instructor/key-points/',
      '/instructor/learner-profiles.html → /instructor/profiles/',
      '/instructor/profiles.html → /instructor/profiles/',
      '/instructor/setup.html → /instructor/setup/',
      '/key-points.html → /key-points/',
      '/learner-profiles.html → /profiles/',
      '/profiles.html → /profiles/',
      '/setup.html → /setup/',
    ]);
  });

  it("styles: an episode in a subfolder of the collection keeps Jekyll's address in the folder", () => {
    const found = redirectsOf({
      '_config.yml':
        'title: T\ncollections:\n  episodes:\n    output: true\n    permalink: /:path/index.html\n',
      '_episodes/01-intro.md': episode('Intro'),
      '_episodes/part2/11-entry.md': episode('Entry'),
    });
    expect(found).toEqual(['/part2/11-entry/ → /part2-11-entry/']);
  });

  it('styles: pages written as HTML keep the addresses Jekyll gave them', () => {
    const found = redirectsOf({
      '_config.yml':
        'title: T\ncollections:\n  episodes:\n    output: true\n    permalink: /:path/index.html\n  extras:\n    output: true\n    permalink: /:path/index.html\n',
      '_episodes/01-intro.html': '---\ntitle: Intro\n---\n<p>Hi.</p>\n',
      '_extras/guide.html': '---\ntitle: Guide\n---\n<p>Read.</p>\n',
      'workshop.html': '---\ntitle: Workshop\n---\n<p>Dates.</p>\n',
    });
    // The episode and the extra were at /01-intro/ and /guide/, as here: nothing to redirect.
    expect(found).toEqual(['/workshop.html → /workshop/']);
  });

  it("styles: a collection of the lesson's own is published, from Jekyll's address too", () => {
    const config = [
      'title: T',
      'collections:',
      '  episodes:',
      '    output: true',
      '  slides:',
      '    output: true',
      '  handouts:',
      '    output: true',
      '    permalink: /:collection/:path/',
      '  notes:',
      '    output: false',
    ].join('\n');
    const files = {
      '_config.yml': `${config}\n`,
      '_episodes/01-intro.md': episode('Intro'),
      '_slides/deck.md': '---\ntitle: Deck\n---\nSlides.\n',
      '_handouts/sheet.md': '---\ntitle: Sheet\n---\nPrint me.\n',
      '_notes/private.md': '---\ntitle: Private\n---\nJekyll writes no page for this.\n',
    };
    const lesson = loadLesson(makeLessonDir(files));
    expect(lesson.pages.map((p) => [p.file, p.slug, p.section])).toEqual([
      ['_handouts/sheet.md', 'handouts-sheet', 'extras'],
      ['_slides/deck.md', 'slides-deck', 'extras'],
    ]);
    expect(redirectsOf(files)).toEqual([
      '/episodes/01-intro.html → /01-intro/',
      '/handouts/sheet/ → /handouts-sheet/',
      '/slides/deck.html → /slides-deck/',
    ]);
  });

  it('styles: no old address for episodes of a collection the config never declared', () => {
    const found = redirectsOf({
      '_config.yml': 'title: T\n',
      'index.md': '---\ntitle: Home\n---\n\nHi.\n',
      '_episodes/01-intro.md': episode('Intro'),
      'setup.md': '---\ntitle: Setup\n---\n\nInstall.\n',
    });
    expect(found).toEqual(['/setup.html → /setup/']);
  });

  it("styles: pages at Jekyll's name.html or permalink, not the episodes Jekyll had at /name/", () => {
    const found = redirectsOf({
      '_config.yml':
        'title: T\ncollections:\n  episodes:\n    output: true\n    permalink: /:path/index.html\n',
      'index.md': '---\ntitle: Home\npermalink: index.html\n---\n\nHi.\n',
      '_episodes/01-intro.md': episode('Intro'),
      'setup.md': '---\ntitle: Setup\n---\n\nInstall.\n',
      'CONDUCT.md': '---\ntitle: Conduct\npermalink: /conduct/\n---\n\nBe kind.\n',
      'reference.md': '---\ntitle: Reference\npermalink: /reference/\n---\n\nTerms.\n',
    });
    expect(found).toEqual(['/conduct/ → /CONDUCT/', '/setup.html → /setup/']);
  });
});

describe('redirectPage', () => {
  const html = redirectPage({
    to: 'setup/',
    canonical: 'https://example.org/lesson/setup/',
    title: 'Setup & <install>',
    ui: resolveLanguage(undefined),
  });
  const tree = parsePage(html);
  const elements: Element[] = [];
  visit(tree, 'element', (e: Element) => void elements.push(e));
  const find = (tag: string, test: (p: Element['properties']) => boolean) =>
    elements.find((e) => e.tagName === tag && test(e.properties))?.properties;

  it('refreshes at once to the page, names it canonical, asks not to be indexed', () => {
    expect(isRedirect(tree)).toBe(true);
    expect(find('meta', (p) => String(p.httpEquiv) === 'refresh')?.content).toBe('0; url=setup/');
    expect(find('link', (p) => String(p.rel) === 'canonical')?.href).toBe(
      'https://example.org/lesson/setup/',
    );
    expect(find('meta', (p) => p.name === 'robots')?.content).toBe('noindex');
  });

  it("is valid HTML by the project's html-validate configuration", async () => {
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateString(
      html,
      'redirect.html',
    );
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
  });

  it('escapes the title and keeps a plain link for browsers that do not refresh', () => {
    const link = elements.find((e) => e.tagName === 'a');
    expect(link?.properties.href).toBe('setup/');
    expect(toText(link!)).toBe('Setup & <install>');
    expect(elements.some((e) => e.tagName === 'script')).toBe(false);
  });

  it("speaks the lesson's language, right to left where it is written so", () => {
    const page = (lang: string) =>
      parsePage(
        redirectPage({ to: 'x/', canonical: '/x/', title: 'X', ui: resolveLanguage(lang) }),
      );
    const spanish = page('es');
    const root = spanish.children.find((n): n is Element => n.type === 'element');
    expect(root?.properties).toMatchObject({ lang: 'es', dir: 'ltr' });
    expect(toText(spanish)).toContain('Esta página se ha trasladado:');
    expect(toText(spanish)).not.toContain('moved');
    const arabic = page('ar').children.find((n): n is Element => n.type === 'element');
    expect(arabic?.properties).toMatchObject({ lang: 'ar', dir: 'rtl' });
  });
});
