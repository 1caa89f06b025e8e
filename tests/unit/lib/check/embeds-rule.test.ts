import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../../src/lib/check/run-check.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

// Frontmatter is five lines, then a blank one: the body starts on line 7.
const wbEpisode = (body: string) =>
  `---\ntitle: "Episode"\nteaching: 5\nexercises: 5\n---\n\n${body}\n\n::: keypoints\n- A point.\n:::\n`;
const stylesEpisode = (body: string) =>
  `---\ntitle: "Episode"\nteaching: 5\nexercises: 5\nkeypoints:\n- A point.\n---\n${body}\n`;
const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0]);

const workbench = (body: string, files: Record<string, string | Uint8Array> = {}) =>
  makeLessonDir({ 'config.yaml': 'title: Test\n', 'episodes/01-a.md': wbEpisode(body), ...files });

/** The embeds diagnostics of a lesson, one line each, and their hints. */
function embeds(dir: string) {
  const found = checkLesson(dir).diagnostics.filter((d) => d.rule.startsWith('embeds/'));
  return {
    lines: found.map(
      (d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.rule}: ${d.message}`,
    ),
    hints: found.map((d) => d.hint),
  };
}

describe('embeds rule: frames shown as click-to-load placeholders', () => {
  it('a YouTube iframe is a notice at its line; the hint asks for a title when it has none', () => {
    const dir = workbench(
      'Intro.\n\n<iframe width="560" height="315" src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="YouTube video player"></iframe>',
    );
    const { lines, hints } = embeds(dir);
    expect(lines).toEqual([
      'episodes/01-a.md:9:1 notice embeds/click-to-load: <iframe> from youtube.com is shown as a click-to-load placeholder: nothing is requested from YouTube until the learner presses “Play video”',
    ]);
    expect(hints).toEqual([
      'Give it a title="…" naming the video; until then the placeholder says “YouTube video”.',
    ]);
  });

  it('with a title, the hint says how to give the placeholder a picture', () => {
    const dir = workbench(
      '<iframe src="https://youtu.be/dQw4w9WgXcQ" title="Loops in the shell"></iframe>',
    );
    expect(embeds(dir).hints).toEqual([
      'For a picture on the placeholder, add fig/dQw4w9WgXcQ.jpg to the lesson or a data-poster="…" attribute naming a lesson image.',
    ]);
  });

  it('with a poster in the lesson (named or found by the video id), there is nothing to add', () => {
    const named = workbench(
      '<iframe src="https://youtu.be/dQw4w9WgXcQ" title="Loops" data-poster="fig/loops.jpg"></iframe>',
      { 'episodes/fig/loops.jpg': jpeg },
    );
    expect(embeds(named).hints).toEqual([undefined]);
    const byId = workbench('<iframe src="https://youtu.be/dQw4w9WgXcQ" title="Loops"></iframe>', {
      'episodes/fig/dQw4w9WgXcQ.jpg': jpeg,
    });
    expect(embeds(byId).hints).toEqual([undefined]);
  });

  it('a data-poster that is missing, or on another site, is a warning', () => {
    const dir = workbench(
      '<iframe src="https://youtu.be/dQw4w9WgXcQ" title="A" data-poster="fig/nope.jpg"></iframe>\n\n<iframe src="https://youtu.be/dQw4w9WgXcQ" title="B" data-poster="https://i.ytimg.com/vi/dQw4w9WgXcQ/hq.jpg"></iframe>',
    );
    expect(embeds(dir).lines.filter((l) => l.includes('embeds/poster'))).toEqual([
      'episodes/01-a.md:7:1 warning embeds/poster: data-poster "fig/nope.jpg" does not exist in the lesson, so the placeholder shows no picture',
      'episodes/01-a.md:9:1 warning embeds/poster: data-poster "https://i.ytimg.com/vi/dQw4w9WgXcQ/hq.jpg" is not a lesson file, so the placeholder shows no picture: an image from another site would load before the learner asks',
    ]);
  });

  it('a styles callout: the column is where the author wrote the tag, after the quote markers', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Test\n',
      '_episodes/01-a.md': stylesEpisode(
        '> ## Break\n> <center><iframe src="https://giphy.com/embed/abc123" width="385" height="480"></iframe></center>\n{: .callout}',
      ),
    });
    expect(embeds(dir).lines).toEqual([
      '_episodes/01-a.md:9:11 notice embeds/click-to-load: <iframe> from giphy.com is shown as a click-to-load placeholder: nothing is requested from GIPHY until the learner presses “Play animation”',
    ]);
  });

  it('<embed> and <object> from another site too; the lesson’s own frames and code are left alone', () => {
    const dir = workbench(
      '<embed src="https://example.org/a.pdf" title="Paper">\n\n<object data="https://example.org/b.pdf" title="Notes">\n</object>\n\n<iframe src="files/demo.html" title="Demo"></iframe>\n\n```html\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n```',
      { 'episodes/files/demo.html': '<p>demo</p>' },
    );
    expect(embeds(dir).lines).toEqual([
      'episodes/01-a.md:7:1 notice embeds/click-to-load: <embed> from example.org is shown as a click-to-load placeholder: nothing is requested from example.org until the learner presses “Show document”',
      'episodes/01-a.md:9:1 notice embeds/click-to-load: <object> from example.org is shown as a click-to-load placeholder: nothing is requested from example.org until the learner presses “Show document”',
    ]);
  });
});

describe('embeds rule: what is not published', () => {
  it.each([
    [
      '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>',
      '<script> from platform.twitter.com (Twitter widgets) is not published: it would load from another site when the page opens',
      "Nothing to do: the tweet's <blockquote> is published as a quote with its link.",
    ],
    [
      '<!-- MathJax -->\n<script type="text/javascript" async\nsrc="https://cdn.mathjax.org/mathjax/latest/MathJax.js?config=TeX-AMS_CHTML">\n</script>',
      '<script> from cdn.mathjax.org (MathJax) is not published: it would load from another site when the page opens',
      'Nothing to do: TeX between $$…$$ is rendered when the site is built (KaTeX).',
    ],
    [
      '<link rel="stylesheet" href="https://cdn.example.org/theme.css">',
      '<link rel="stylesheet"> from cdn.example.org is not published: it would load from another site when the page opens',
      'Copy what the page needs into the lesson and link that file, or remove the tag.',
    ],
    [
      '<img src="https://stats.example.org/p.gif" width="1" height="1" alt="">',
      'a 1×1 <img> from stats.example.org (a tracking pixel) is not published: it would send a request to another site when the page opens',
      'Remove the tag.',
    ],
  ])('%s', (element, message, hint) => {
    const { lines, hints } = embeds(workbench(element));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^episodes\/01-a\.md:\d+:1 notice embeds\/dropped: /);
    expect(lines[0]!.split('embeds/dropped: ')[1]).toBe(message);
    expect(hints).toEqual([hint]);
  });

  it('a loader and the inline script that calls it: two notices, each at its own tag', () => {
    const dir = workbench(
      'Interest over time:\n\n<script src="https://ssl.gstatic.com/trends_nrtr/1_RC01/embed_loader.js"></script> <script> trends.embed.renderExploreWidget("TIMESERIES", {}); </script>\n\nText <script src="https://widgets.example.org/w.js"></script> <script>widget.render()</script> inline.',
    );
    expect(embeds(dir).lines).toEqual([
      'episodes/01-a.md:9:1 notice embeds/dropped: <script> from ssl.gstatic.com (Google Trends) is not published: it would load from another site when the page opens',
      'episodes/01-a.md:9:84 notice embeds/dropped: an inline <script> that loads or calls ssl.gstatic.com (Google Trends) is not published: it would send a request to another site when the page opens',
      'episodes/01-a.md:11:6 notice embeds/dropped: <script> from widgets.example.org is not published: it would load from another site when the page opens',
      'episodes/01-a.md:11:63 notice embeds/dropped: an inline <script> that loads or calls widgets.example.org is not published: it would send a request to another site when the page opens',
    ]);
  });

  it('an inline script that loads nothing from elsewhere, and the lesson’s own script, are kept silently', () => {
    const dir = workbench(
      '<script>document.title = "x";</script>\n\n<script src="files/quiz.js"></script>',
      { 'episodes/files/quiz.js': '' },
    );
    expect(embeds(dir).lines).toEqual([]);
  });

  it('a remote video loses autoplay and its remote poster: one notice each', () => {
    const dir = workbench(
      '<video src="https://media.example.org/a.mp4" autoplay poster="https://media.example.org/a.jpg"></video>\n\n<video src="https://media.example.org/b.mp4" controls></video>',
    );
    expect(embeds(dir).lines).toEqual([
      'episodes/01-a.md:7:1 notice embeds/dropped: the poster of <video> from media.example.org is not published: it would load from another site when the page opens',
      'episodes/01-a.md:7:1 notice embeds/no-autoplay: <video> from media.example.org does not autoplay and is not preloaded: it plays when the learner presses play',
    ]);
  });
});
