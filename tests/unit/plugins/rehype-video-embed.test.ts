import { describe, expect, it } from 'vitest';
import { youtubeId } from '../../../src/plugins/rehype-video-embed.ts';
import { renderPage } from '../../helpers/render.ts';

const iframe = (src: string, title = 'Introduction to the Shell') =>
  `Watch first:\n\n<iframe width="560" height="315" src="${src}" title="${title}" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe>\n\nThen read on.\n`;

const srcAttributes = (html: string) => [...html.matchAll(/\ssrc="([^"]*)"/g)].map((m) => m[1]!);

describe('rehype-video-embed: YouTube iframe → facade', () => {
  for (const src of [
    'https://www.youtube.com/embed/dQw4w9WgXcQ',
    'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ',
    '//www.youtube.com/embed/dQw4w9WgXcQ?rel=0',
  ]) {
    it(src, async () => {
      const { html, diagnostics } = await renderPage(iframe(src));
      expect(diagnostics).toEqual([]);
      expect(html).not.toContain('<iframe');
      // Nothing may load from YouTube before the click.
      expect(srcAttributes(html).filter((s) => /youtube/.test(s))).toEqual([]);
      expect(html).toMatch(
        /<button type="button"[^>]*aria-label="Play video: Introduction to the Shell"/,
      );
      // The author's player options (rel=0) are kept; autoplay is added, as the learner pressed play.
      const options = src.includes('?') ? `${src.split('?')[1]}&amp;` : '';
      expect(html).toContain(
        `data-player="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?${options}autoplay=1"`,
      );
      expect(html).toContain(
        '<a href="https://www.youtube.com/watch?v=dQw4w9WgXcQ" class="video-link">Watch “Introduction to the Shell” on YouTube</a>',
      );
      // The text around the video is untouched.
      expect(html).toContain('<p>Watch first:</p>');
      expect(html).toContain('<p>Then read on.</p>');
    });
  }

  it('the whole facade, exactly', async () => {
    const { html } = await renderPage(
      iframe('https://www.youtube.com/embed/abc123XYZ_-', 'Git & you'),
    );
    expect(html).toContain(
      '<figure class="video-embed" data-video-id="abc123XYZ_-"><div class="video-frame" data-player="https://www.youtube-nocookie.com/embed/abc123XYZ_-?autoplay=1" data-title="Git &amp; you"><button type="button" class="video-play" aria-label="Play video: Git &amp; you"><span class="video-play-icon" aria-hidden="true"></span><span class="video-title">Git &amp; you</span></button></div><figcaption><a href="https://www.youtube.com/watch?v=abc123XYZ_-" class="video-link">Watch “Git &amp; you” on YouTube</a></figcaption></figure>',
    );
  });

  it('an iframe without a title still gets an accessible name', async () => {
    const { html } = await renderPage(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n',
    );
    expect(html).toContain('aria-label="Play video: YouTube video"');
  });

  it('a non-YouTube iframe is left alone', async () => {
    const { html } = await renderPage(
      '<iframe src="https://player.vimeo.com/video/123456" title="Vimeo talk"></iframe>\n',
    );
    expect(html.trim()).toBe(
      '<iframe src="https://player.vimeo.com/video/123456" title="Vimeo talk"></iframe>',
    );
  });

  it('a page without iframes is unchanged by the plugin', async () => {
    const { html } = await renderPage('Text with youtube.com/embed/dQw4w9WgXcQ written out.\n');
    expect(html.trim()).toBe('<p>Text with youtube.com/embed/dQw4w9WgXcQ written out.</p>');
  });

  // Lessons cue videos with ?start=N; the facade must play from the same second.
  it("keeps the embed's start time in the player URL", async () => {
    const { html } = await renderPage(iframe('https://www.youtube.com/embed/dQw4w9WgXcQ?start=90'));
    expect(html).toMatch(
      /data-player="https:\/\/www\.youtube-nocookie\.com\/embed\/dQw4w9WgXcQ\?[^"]*start=90/,
    );
  });
});

describe('youtubeId', () => {
  it.each([
    ['https://www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://youtube.com/embed/dQw4w9WgXcQ?start=3', 'dQw4w9WgXcQ'],
    ['http://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['//www.youtube.com/embed/dQw4w9WgXcQ', 'dQw4w9WgXcQ'],
    ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', undefined],
    ['https://evil.example/www.youtube.com/embed/dQw4w9WgXcQ', undefined],
    ['https://player.vimeo.com/video/1', undefined],
  ])('%s → %s', (src, id) => {
    expect(youtubeId(src)).toBe(id);
  });
});
