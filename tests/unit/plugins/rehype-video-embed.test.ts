import type { Element, Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { describe, expect, it } from 'vitest';
import { frameOf, youtubeSeconds } from '../../../src/lib/embeds.ts';
import { resolveLanguage } from '../../../src/lib/i18n/resolve.ts';
import type { SiteMap } from '../../../src/lib/lesson/urls.ts';
import { renderLessonMarkdown } from '../../../src/plugins/index.ts';
import { renderPage } from '../../helpers/render.ts';

/** Every element of a rendered page, in document order. */
function elements(html: string): Element[] {
  const out: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') out.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromHtml(html, { fragment: true }));
  return out;
}
const byClass = (html: string, name: string) =>
  elements(html).filter((e) => (e.properties.className as string[] | undefined)?.includes(name));
const one = (html: string, name: string) => {
  const found = byClass(html, name);
  expect(found, `exactly one .${name}`).toHaveLength(1);
  return found[0]!;
};

/**
 * Every URL the browser fetches while loading the page, as it would: `src` of anything, `href` of
 * `<link>`, `poster`, `data` of `<object>`. The click-to-load player URL (`data-player`) and
 * links the learner follows are not among them.
 */
function loadedUrls(html: string): string[] {
  return elements(html).flatMap((e) => {
    const p = e.properties;
    const urls = [p.src, p.poster, e.tagName === 'object' ? p.data : undefined];
    if (e.tagName === 'link') urls.push(p.href);
    return urls.filter((u): u is string => typeof u === 'string');
  });
}
const thirdParty = (html: string) => loadedUrls(html).filter((u) => /^(https?:)?\/\//.test(u));

const iframe = (src: string, attributes = 'title="Introduction to the Shell"') =>
  `Watch first:\n\n<iframe width="560" height="315" src="${src}" ${attributes} frameborder="0" allow="autoplay; encrypted-media" allowfullscreen></iframe>\n\nThen read on.\n`;

describe('frameOf: YouTube in all its URL forms', () => {
  const id = 'dQw4w9WgXcQ';
  const nocookie = `https://www.youtube-nocookie.com/embed/${id}`;
  const watch = `https://www.youtube.com/watch?v=${id}`;
  it.each([
    [`https://www.youtube.com/embed/${id}`, `${nocookie}?autoplay=1`, watch],
    [`https://www.youtube-nocookie.com/embed/${id}`, `${nocookie}?autoplay=1`, watch],
    [`http://youtube.com/embed/${id}`, `${nocookie}?autoplay=1`, watch],
    [`//www.youtube.com/embed/${id}?rel=0`, `${nocookie}?rel=0&autoplay=1`, watch],
    // Share links carry a tracking id (si=) that is no player option.
    [
      `https://www.youtube.com/embed/${id}?si=8j64O61cC1UXdlIC&start=90`,
      `${nocookie}?start=90&autoplay=1`,
      `${watch}&t=90`,
    ],
    [`https://youtu.be/${id}`, `${nocookie}?autoplay=1`, watch],
    [`https://youtu.be/${id}?t=90`, `${nocookie}?start=90&autoplay=1`, `${watch}&t=90`],
    [`https://youtu.be/${id}?t=1m30s`, `${nocookie}?start=90&autoplay=1`, `${watch}&t=90`],
    [
      `https://www.youtube.com/watch?v=${id}&t=42s`,
      `${nocookie}?start=42&autoplay=1`,
      `${watch}&t=42`,
    ],
    [`https://m.youtube.com/watch?v=${id}`, `${nocookie}?autoplay=1`, watch],
    [`https://www.youtube.com/shorts/${id}`, `${nocookie}?autoplay=1`, watch],
    [`https://www.youtube.com/live/${id}`, `${nocookie}?autoplay=1`, watch],
    [`https://www.youtube.com/v/${id}`, `${nocookie}?autoplay=1`, watch],
    // The embed form hsf-ml uses: the video as a query parameter, inside a playlist.
    [
      `https://www.youtube.com/embed?v=${id}&list=PLabc&index=3&ab_channel=HSF`,
      `${nocookie}?list=PLabc&index=3&autoplay=1`,
      `${watch}&list=PLabc&index=3`,
    ],
    [
      `https://www.youtube.com/embed/${id}?list=PLabc`,
      `${nocookie}?list=PLabc&autoplay=1`,
      `${watch}&list=PLabc`,
    ],
    [
      'https://www.youtube.com/embed/videoseries?list=PLabc',
      'https://www.youtube-nocookie.com/embed/videoseries?list=PLabc&autoplay=1',
      'https://www.youtube.com/playlist?list=PLabc',
    ],
    [
      'https://www.youtube.com/playlist?list=PLabc',
      'https://www.youtube-nocookie.com/embed/videoseries?list=PLabc&autoplay=1',
      'https://www.youtube.com/playlist?list=PLabc',
    ],
  ])('%s', (src, player, link) => {
    const frame = frameOf(src)!;
    expect(frame).toMatchObject({ provider: 'YouTube', host: 'youtube.com', kind: 'video' });
    expect(frame.player).toBe(player);
    expect(frame.link).toBe(link);
  });

  it.each([
    ['90', 90],
    ['90s', 90],
    ['1m30s', 90],
    ['1h2m3s', 3723],
    ['soon', undefined],
    ['', undefined],
  ])('t=%s is %s seconds', (t, seconds) => {
    expect(youtubeSeconds(t)).toBe(seconds);
  });

  it('a YouTube-looking path on another host is that host, not YouTube', () => {
    expect(frameOf(`https://evil.example/www.youtube.com/embed/${id}`)).toMatchObject({
      provider: 'evil.example',
      kind: 'page',
    });
  });
});

describe('frameOf: other providers, and frames that are not third-party', () => {
  it.each([
    [
      'https://player.vimeo.com/video/123456',
      { provider: 'Vimeo', kind: 'video', id: '123456', link: 'https://vimeo.com/123456' },
      'https://player.vimeo.com/video/123456?autoplay=1',
    ],
    [
      'https://player.vimeo.com/video/123456?h=abcdef&title=0',
      { provider: 'Vimeo', link: 'https://vimeo.com/123456/abcdef' },
      'https://player.vimeo.com/video/123456?h=abcdef&title=0&autoplay=1',
    ],
    [
      'https://videos.cern.ch/record/2294213/embed',
      {
        provider: 'CERN Videos',
        kind: 'video',
        host: 'videos.cern.ch',
        link: 'https://videos.cern.ch/record/2294213',
      },
      'https://videos.cern.ch/record/2294213/embed',
    ],
    [
      'https://cds.cern.ch/video/2294213?showTitle=true',
      {
        provider: 'CERN Document Server',
        kind: 'video',
        link: 'https://cds.cern.ch/record/2294213',
      },
      'https://cds.cern.ch/video/2294213?showTitle=true',
    ],
    [
      'https://giphy.com/embed/j8080dkr0ux1e',
      { provider: 'GIPHY', kind: 'animation', link: 'https://giphy.com/gifs/j8080dkr0ux1e' },
      'https://giphy.com/embed/j8080dkr0ux1e',
    ],
    [
      'https://docs.google.com/presentation/d/e/2PACX-1x/embed?start=false&loop=false',
      {
        provider: 'Google Slides',
        kind: 'slides',
        host: 'docs.google.com',
        link: 'https://docs.google.com/presentation/d/e/2PACX-1x/embed?start=false&loop=false',
      },
      'https://docs.google.com/presentation/d/e/2PACX-1x/embed?start=false&loop=false',
    ],
    [
      'https://docs.google.com/document/d/e/2PACX-1x/pub?embedded=true',
      {
        provider: 'Google Docs',
        kind: 'document',
        link: 'https://docs.google.com/document/d/e/2PACX-1x/pub',
      },
      'https://docs.google.com/document/d/e/2PACX-1x/pub?embedded=true',
    ],
    [
      'https://docs.google.com/forms/d/e/1FAIpQ/viewform?embedded=true',
      {
        provider: 'Google Forms',
        kind: 'form',
        link: 'https://docs.google.com/forms/d/e/1FAIpQ/viewform',
      },
      'https://docs.google.com/forms/d/e/1FAIpQ/viewform?embedded=true',
    ],
    [
      'https://drive.google.com/file/d/1abc/preview',
      { provider: 'Google Drive', kind: 'file', link: 'https://drive.google.com/file/d/1abc/view' },
      'https://drive.google.com/file/d/1abc/preview',
    ],
    [
      'https://indico.cern.ch/event/1/timetable/?view=standard',
      {
        provider: 'Indico',
        kind: 'page',
        link: 'https://indico.cern.ch/event/1/timetable/?view=standard',
      },
      'https://indico.cern.ch/event/1/timetable/?view=standard',
    ],
    // A recording attached to an Indico event, embedded as a file: a video all the same.
    [
      'https://indico.cern.ch/event/1/attachments/2/3/Setup%20video.mp4',
      { provider: 'Indico', kind: 'video', host: 'indico.cern.ch' },
      'https://indico.cern.ch/event/1/attachments/2/3/Setup%20video.mp4',
    ],
    [
      'https://files.example.org/handout.pdf',
      { provider: 'files.example.org', kind: 'document', host: 'files.example.org' },
      'https://files.example.org/handout.pdf',
    ],
  ])('%s', (src, expected, player) => {
    const frame = frameOf(src)!;
    expect(frame).toMatchObject(expected);
    expect(frame.player).toBe(player);
  });

  it.each([
    '../files/jargon.html',
    '/files/jargon.html',
    'files/demo.html',
    'data:text/html,<p>hi</p>',
    'about:blank',
    '',
    undefined,
  ])('%s is the lesson’s own (or nothing): no facade', (src) => {
    expect(frameOf(src)).toBeUndefined();
  });
});

describe('rehype-video-embed: a frame from another origin → click-to-load facade', () => {
  it.each([
    ['<iframe>', '<iframe src="https://player.vimeo.com/video/1234" title="A talk"></iframe>'],
    ['<embed>', '<embed src="https://example.org/slides.pdf" title="A talk">'],
    [
      '<object>',
      '<object data="https://example.org/slides.pdf" title="A talk">\n<p>Fallback</p>\n</object>',
    ],
  ])('%s', async (_, element) => {
    const { html } = await renderPage(`Before.\n\n${element}\n\nAfter.\n`);
    expect(elements(html).filter((e) => ['iframe', 'embed', 'object'].includes(e.tagName))).toEqual(
      [],
    );
    expect(thirdParty(html)).toEqual([]);
    const facade = one(html, 'embed');
    expect(facade.tagName).toBe('figure');
    expect(toText(one(html, 'embed-title'))).toBe('A talk');
    // The text around the embed is untouched.
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('<p>After.</p>');
  });

  it('the whole facade, exactly (YouTube)', async () => {
    const { html } = await renderPage(
      iframe('https://www.youtube.com/embed/abc123XYZ_-?start=30', 'title="Git &amp; you"'),
    );
    expect(html).toContain(
      '<figure class="embed embed-video" data-embed-host="youtube.com" data-video-id="abc123XYZ_-">' +
        '<div class="embed-frame" style="--embed-ratio: 560 / 315" data-player="https://www.youtube-nocookie.com/embed/abc123XYZ_-?start=30&amp;autoplay=1" data-title="Git &amp; you" data-allow="autoplay; encrypted-media" data-allow-full-screen="">' +
        '<a class="embed-open" href="https://www.youtube.com/watch?v=abc123XYZ_-&amp;t=30" aria-label="Play video: Git &amp; you – YouTube">' +
        '<span class="embed-action" data-pagefind-ignore="all"><span class="embed-icon" aria-hidden="true"></span>Play video</span>' +
        ' <span class="embed-title">Git &amp; you</span> <span class="embed-provider">YouTube</span></a></div>' +
        '<figcaption class="embed-caption"><a href="https://www.youtube.com/watch?v=abc123XYZ_-&amp;t=30" class="embed-link">Watch “Git &amp; you” on YouTube</a> ' +
        '<span class="embed-privacy" data-pagefind-ignore="all">Nothing loads from YouTube until you press “Play video”.</span></figcaption></figure>',
    );
    // The control's name is its visible text, in reading order (WCAG 2.5.3, label in name).
    expect(toText(one(html, 'embed-open'))).toBe('Play video Git & you YouTube');
  });

  it.each([
    ['no title', '', 'YouTube video', 'Watch on YouTube'],
    [
      'the embed code’s placeholder title',
      'title="YouTube video player"',
      'YouTube video',
      'Watch on YouTube',
    ],
    [
      'a real title',
      'title=" Loops  in the shell "',
      'Loops in the shell',
      'Watch “Loops in the shell” on YouTube',
    ],
  ])('%s: the facade says what it shows', async (_, attributes, title, link) => {
    const { html } = await renderPage(
      iframe('https://www.youtube.com/embed/dQw4w9WgXcQ', attributes),
    );
    expect(toText(one(html, 'embed-title'))).toBe(title);
    expect(toText(one(html, 'embed-link'))).toBe(link);
    expect(one(html, 'embed-open').properties.ariaLabel).toBe(`Play video: ${title} – YouTube`);
  });

  it.each([
    [
      'https://giphy.com/embed/j8080dkr0ux1e',
      'GIPHY animation',
      'Open the animation on giphy.com',
      'Play animation',
    ],
    [
      'https://docs.google.com/presentation/d/1x/embed',
      'Google Slides presentation',
      'Open the slides on docs.google.com',
      'Show slides',
    ],
    [
      'https://docs.google.com/forms/d/e/1F/viewform?embedded=true',
      'Google Form',
      'Open the form on docs.google.com',
      'Show form',
    ],
    [
      'https://indico.cern.ch/event/1/',
      'Embedded page from indico.cern.ch',
      'Open the page on indico.cern.ch',
      'Load embedded page',
    ],
  ])('untitled %s names its provider', async (src, title, link, verb) => {
    const { html } = await renderPage(`<iframe src="${src}"></iframe>\n`);
    expect(toText(one(html, 'embed-title'))).toBe(title);
    expect(toText(one(html, 'embed-link'))).toBe(link);
    expect(toText(one(html, 'embed-action'))).toBe(verb);
  });

  it('keeps the aspect ratio; a frame that is not a video also keeps its width', async () => {
    const video = await renderPage(iframe('https://www.youtube.com/embed/dQw4w9WgXcQ'));
    expect(one(video.html, 'embed-frame').properties.style).toBe('--embed-ratio: 560 / 315');
    const gif = await renderPage(
      '<iframe src="https://giphy.com/embed/x1y2z3" width="385" height="480"></iframe>\n',
    );
    expect(one(gif.html, 'embed-frame').properties.style).toBe(
      '--embed-ratio: 385 / 480; --embed-width: 385px',
    );
    const fluid = await renderPage(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" width="100%"></iframe>\n',
    );
    expect(one(fluid.html, 'embed-frame').properties.style).toBeUndefined();
  });

  it('keeps the author’s sandbox and allow for the live frame', async () => {
    const { html } = await renderPage(
      '<iframe src="https://example.org/app" sandbox="allow-scripts" allow="clipboard-write" referrerpolicy="no-referrer"></iframe>\n',
    );
    expect(one(html, 'embed-frame').properties).toMatchObject({
      dataSandbox: 'allow-scripts',
      dataAllow: 'clipboard-write',
      dataReferrerPolicy: 'no-referrer',
    });
  });

  it('inside a paragraph, the facade is built of spans (a <figure> may not sit in a <p>)', async () => {
    const { html } = await renderPage(
      'Watch <iframe src="https://player.vimeo.com/video/42" title="Talk"></iframe> now.\n',
    );
    const facade = one(html, 'embed');
    expect(facade.tagName).toBe('span');
    expect(facade.properties.className).toContain('embed-inline');
    expect(
      elements(html).filter((e) => ['figure', 'div', 'figcaption'].includes(e.tagName)),
    ).toEqual([]);
    expect(html).toMatch(/^<p>Watch <span class="embed/);
  });

  it.each([
    ['styles', '_episodes/01-page.md', '../files/jargon.html', '/files/jargon.html'],
    ['styles', '_episodes/01-page.md', '/files/jargon.html', '/files/jargon.html'],
    ['workbench', 'episodes/01-page.md', 'files/demo.html', '/files/demo.html'],
  ] as const)(
    'a frame of the lesson’s own stays a frame, its path resolved as published (%s, %s)',
    async (format, file, src, published) => {
      const { html } = await renderPage(`<iframe src="${src}" title="Own page"></iframe>\n`, {
        format,
        file,
      });
      expect(html.trim()).toBe(`<iframe src="${published}" title="Own page"></iframe>`);
    },
  );

  it('a page without embeds is unchanged by the plugin', async () => {
    const { html } = await renderPage('Text with youtube.com/embed/dQw4w9WgXcQ written out.\n');
    expect(html.trim()).toBe('<p>Text with youtube.com/embed/dQw4w9WgXcQ written out.</p>');
  });
});

describe('rehype-video-embed: poster images the lesson ships', () => {
  const site = (assets: string[]): SiteMap => ({
    base: '/lesson/',
    format: 'workbench',
    pageBySource: new Map([['episodes/intro.md', '/intro/']]),
    pageSlugs: new Set(['intro']),
    assets: new Set(assets),
  });
  const render = (markdown: string, assets: string[] = []) =>
    renderLessonMarkdown(markdown, {
      urls: { site: site(assets), sourceFile: 'episodes/intro.md' },
      liftOverview: true,
      strings: resolveLanguage(undefined).strings,
    });

  it('data-poster names a lesson image, relative to the page like any image', async () => {
    const { html } = await render(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" data-poster="fig/intro-video.jpg" title="Intro"></iframe>\n',
      ['fig/intro-video.jpg'],
    );
    const poster = one(html, 'embed-poster');
    expect(poster.tagName).toBe('img');
    expect(poster.properties).toMatchObject({ src: '/lesson/fig/intro-video.jpg', alt: '' });
    expect(one(html, 'embed-frame').properties.className).toContain('has-poster');
  });

  it('without data-poster, fig/<video id>.jpg (or .png, .webp…) is found by the video’s id', async () => {
    const { html } = await render(
      '<iframe src="https://youtu.be/dQw4w9WgXcQ" title="Intro"></iframe>\n',
      ['fig/dQw4w9WgXcQ.png'],
    );
    expect(one(html, 'embed-poster').properties.src).toBe('/lesson/fig/dQw4w9WgXcQ.png');
  });

  it('a poster from another site is never used: it would load with the page', async () => {
    const { html } = await render(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" data-poster="https://i.ytimg.com/vi/dQw4w9WgXcQ/hqdefault.jpg"></iframe>\n',
    );
    expect(byClass(html, 'embed-poster')).toEqual([]);
    expect(thirdParty(html)).toEqual([]);
  });

  it('no poster: no image at all (never a third-party thumbnail)', async () => {
    const { html } = await render(
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ"></iframe>\n',
    );
    expect(elements(html).filter((e) => e.tagName === 'img')).toEqual([]);
  });
});

describe('rehype-video-embed: scripts, stylesheets, pixels and media from other sites', () => {
  it.each([
    [
      'a widget script',
      '<script async src="//platform.twitter.com/widgets.js" charset="utf-8"></script>',
    ],
    [
      'MathJax from a CDN, over two lines',
      '<script type="text/javascript" async\nsrc="https://cdn.mathjax.org/mathjax/latest/MathJax.js?config=TeX-AMS_CHTML">\n</script>',
    ],
    [
      'a loader and the inline call after it',
      '<script src="https://ssl.gstatic.com/trends_nrtr/1_RC01/embed_loader.js"></script> <script> trends.embed.renderExploreWidget("TIMESERIES", {}); </script>',
    ],
    [
      'an inline script that loads a URL itself',
      "<script>\n(function(){var s=document.createElement('script');s.src='https://www.google-analytics.com/analytics.js';document.head.appendChild(s)})();\n</script>",
    ],
    [
      'MathJax configuration',
      '<script type="text/x-mathjax-config">MathJax.Hub.Config({});</script>',
    ],
    ['a stylesheet', '<link rel="stylesheet" href="https://cdn.example.org/theme.css">'],
    ['a preconnect hint', '<link rel="preconnect" href="https://fonts.example.org">'],
    ['a tracking pixel', '<img src="https://stats.example.org/p.gif" width="1" height="1" alt="">'],
  ])('%s is not published', async (_, element) => {
    const { html } = await renderPage(`Before.\n\n${element}\n\nAfter.\n`);
    expect(elements(html).map((e) => e.tagName)).toEqual(['p', 'p']);
    expect(html).toContain('<p>Before.</p>');
    expect(html).toContain('<p>After.</p>');
  });

  it('a tracking pixel inside a sentence goes alone: the sentence stays', async () => {
    const { html } = await renderPage(
      'Counted <img src="https://stats.example.org/p.gif" width="1" height="1" alt=""> visits.\n',
    );
    expect(html.trim()).toBe('<p>Counted  visits.</p>');
  });

  it('an inline script after MathJax’s configuration is the author’s own, and stays', async () => {
    const { html } = await renderPage(
      '<script type="text/x-mathjax-config">MathJax.Hub.Config({});</script>\n<script>document.title = "x";</script>\n',
    );
    expect(elements(html).filter((e) => e.tagName === 'script')).toHaveLength(1);
    expect(html).toContain('document.title');
  });

  it.each([
    [
      'the lesson’s own script',
      '<script src="../files/quiz.js"></script>',
      'script',
      'src',
      '../files/quiz.js',
    ],
    [
      'an inline script that loads nothing',
      '<script>document.title = "x";</script>',
      'script',
      'src',
      undefined,
    ],
    [
      'the lesson’s own stylesheet',
      '<link rel="stylesheet" href="../files/extra.css">',
      'link',
      'href',
      '../files/extra.css',
    ],
    [
      'a content image the author chose',
      '<img src="https://example.org/plot.png" alt="A plot">',
      'img',
      'src',
      'https://example.org/plot.png',
    ],
    [
      'a link to another site',
      '<a href="https://example.org/">Example</a>',
      'a',
      'href',
      'https://example.org/',
    ],
  ])('%s stays', async (_, element, tag, attribute, value) => {
    const { html } = await renderPage(`${element}\n`);
    const kept = elements(html).filter((e) => e.tagName === tag);
    expect(kept).toHaveLength(1);
    expect(kept[0]!.properties[attribute]).toBe(value);
    expect(byClass(html, 'embed')).toEqual([]);
  });

  it("a tweet's blockquote stays as a quote with its link when the widget script goes", async () => {
    const { html } = await renderPage(
      '<blockquote class="twitter-tweet"><p>Plan your folders first.</p>— A Person (@someone) <a href="https://twitter.com/someone/status/1">1 May 2020</a></blockquote>\n<script async src="https://platform.twitter.com/widgets.js"></script>\n',
    );
    const quote = elements(html).find((e) => e.tagName === 'blockquote')!;
    expect(toText(quote)).toContain('Plan your folders first.');
    expect(elements(html).find((e) => e.tagName === 'a')?.properties.href).toBe(
      'https://twitter.com/someone/status/1',
    );
    expect(elements(html).filter((e) => e.tagName === 'script')).toEqual([]);
  });

  it.each([
    [
      'a remote <video> with autoplay and a remote poster',
      '<video src="https://media.example.org/demo.mp4" autoplay muted poster="https://media.example.org/demo.jpg"></video>',
      'video',
    ],
    [
      'a remote <audio> through <source>',
      '<audio autoplay><source src="https://media.example.org/talk.mp3" type="audio/mpeg"></audio>',
      'audio',
    ],
  ])('%s: preload="none", no autoplay, controls', async (_, element, tag) => {
    const { html } = await renderPage(`${element}\n`);
    const media = elements(html).find((e) => e.tagName === tag)!;
    expect(media.properties).toMatchObject({ preload: 'none', controls: true });
    expect(media.properties.autoPlay).toBeUndefined();
    expect(media.properties.poster).toBeUndefined();
  });

  it('a <video> of the lesson’s own is left as written', async () => {
    const { html } = await renderPage('<video src="../files/demo.mp4" autoplay muted></video>\n');
    const video = elements(html).find((e) => e.tagName === 'video')!;
    expect(video.properties.autoPlay).toBe(true);
    expect(video.properties.preload).toBeUndefined();
  });

  it('a page with every kind of embed requests nothing from another site on load', async () => {
    const { html } = await renderPage(
      [
        '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="A"></iframe>',
        '<iframe src="https://player.vimeo.com/video/1"></iframe>',
        '<iframe src="https://docs.google.com/presentation/d/1x/embed"></iframe>',
        '<embed src="https://example.org/a.pdf">',
        '<object data="https://example.org/b.pdf"></object>',
        '<script src="https://platform.twitter.com/widgets.js"></script>',
        '<link rel="stylesheet" href="https://cdn.example.org/x.css">',
        '<img src="https://stats.example.org/p.gif" width="1" height="1">',
        '<video src="https://media.example.org/a.mp4" poster="https://media.example.org/a.jpg" autoplay></video>',
      ].join('\n\n') + '\n',
    );
    expect(byClass(html, 'embed')).toHaveLength(5);
    // Media plays from its own site, but only when the learner presses play (preload="none").
    expect(thirdParty(html)).toEqual(['https://media.example.org/a.mp4']);
    expect(elements(html).find((e) => e.tagName === 'video')?.properties.preload).toBe('none');
  });
});
