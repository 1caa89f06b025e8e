import { describe, expect, it } from 'vitest';
import { loadLesson } from '../../../../src/lib/lesson/load-lesson.ts';
import { scanThirdParty } from '../../../../src/lib/sweep/sweep-lesson.ts';
import { authorFilesOf } from '../../../../src/lib/verify/author-files.ts';
import { brokenSiteLinks } from '../../../../src/lib/verify/links.ts';
import { readSiteFiles } from '../../../../src/lib/verify/site-files.ts';
import { resolveLanguage } from '../../../../src/lib/i18n/index.ts';
import { redirectPage } from '../../../../src/lib/redirect-page.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

/** A slide deck as authors publish them: fonts from a CDN, slides made by a script. */
const deck = `<!doctype html><html><head><title>Deck</title>
<style>@import url(https://fonts.example/css?family=Serif);</style></head>
<body><textarea id="source"># Slides</textarea>
<script src="https://remark.example/remark.min.js"></script></body></html>`;
const staticPage =
  '<!doctype html><html><head><title>Notes</title></head><body><h2 id="one">One</h2></body></html>';
const ours = (body: string) =>
  `<!doctype html><html><head><title>x</title><meta name="generator" content="lesson-site"><script>0</script></head><body>${body}</body></html>`;

function builtSite() {
  const lesson = makeLessonDir({
    '_config.yml': 'title: T\n',
    '_episodes/01-intro.md': episode('Intro'),
    'files/deck.html': deck,
    'files/notes.html': staticPage,
    'extra.html': staticPage,
  });
  const out = makeLessonDir({
    'index.html': ours(
      '<a href="files/deck.html#p1">deck</a> <a href="files/notes.html#two">notes</a> <a href="extra.html">x</a> <a href="#gone">gone</a>',
    ),
    'files/deck.html': deck,
    'files/notes.html': staticPage,
    // Published because a page linked to it (same bytes as the lesson file at that path).
    'extra.html': staticPage,
    'setup.html': redirectPage({
      to: 'setup/',
      canonical: '/setup/',
      title: 'Setup',
      ui: resolveLanguage(undefined),
    }),
  });
  return { lesson: loadLesson(lesson), site: readSiteFiles(out) };
}

describe("the author's own HTML files in a built site", () => {
  const { lesson, site } = builtSite();
  const authorFiles = authorFilesOf(site, lesson);

  it('are the files the lesson publishes as they are, and none the generator made', () => {
    expect([...authorFiles].sort()).toEqual(['extra.html', 'files/deck.html', 'files/notes.html']);
  });

  it('anchors into one that runs a script are not judged; into a static one they are', () => {
    const fromIndex = (links: { page: string; url: string }[]) =>
      links.filter((b) => b.page === 'index.html').map((b) => b.url);
    const broken = fromIndex(brokenSiteLinks(site, { authorFiles }));
    expect(broken).toEqual(['files/notes.html#two', '#gone']);
    // Without knowing whose file it is, the deck's #p1 counts as missing.
    expect(fromIndex(brokenSiteLinks(site))).toContain('files/deck.html#p1');
  });

  it("their third-party requests are reported apart from the generator's pages", () => {
    const scanned = scanThirdParty(site.outDir, site.pages, authorFiles);
    expect(scanned.generated).toEqual([]);
    expect(scanned.author.map((r) => `${r.page} ${r.request.via} ${r.request.url}`)).toEqual([
      'files/deck.html style url() https://fonts.example/css?family=Serif',
      'files/deck.html script[src] https://remark.example/remark.min.js',
    ]);
    expect(scanned.redirects).toBe(1);
  });
});
