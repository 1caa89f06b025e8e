import { describe, expect, it } from 'vitest';
import { cssUrls, isExternal, thirdPartyRequests } from '../../../../src/lib/sweep/third-party.ts';
import { parsePage } from '../../../../src/lib/verify/html-tree.ts';

const scan = (html: string) =>
  thirdPartyRequests(parsePage(html)).map(
    (r) => `${r.image ? 'image' : 'request'} ${r.via} ${r.url}`,
  );

describe('thirdPartyRequests', () => {
  it('finds what a browser fetches from elsewhere on load', () => {
    expect(
      scan(`<html><head>
      <script src="https://cdn.example/jq.js"></script>
      <link rel="stylesheet" href="//fonts.example/css">
      <link rel="icon" href="https://cdn.example/favicon.ico">
      <link rel="preconnect" href="https://fonts.example">
      </head><body>
      <iframe src="https://www.youtube.com/embed/abc"></iframe>
      <video src="https://media.example/v.mp4" poster="https://media.example/p.jpg"></video>
      <audio src="http://media.example/a.mp3"></audio>
      <object data="https://x.example/o.svg"></object><embed src="https://x.example/e.swf">
      <div style="background: url('https://img.example/bg.png')"></div>
      <style>@import "https://css.example/a.css"; .x { background: url(https://img.example/s.png) }</style>
      </body></html>`),
    ).toEqual([
      'request script[src] https://cdn.example/jq.js',
      'request link[rel=stylesheet] //fonts.example/css',
      'request link[rel=icon] https://cdn.example/favicon.ico',
      'request link[rel=preconnect] https://fonts.example',
      'request iframe[src] https://www.youtube.com/embed/abc',
      'request video[src] https://media.example/v.mp4',
      'request video[poster] https://media.example/p.jpg',
      'request audio[src] http://media.example/a.mp3',
      'request object[data] https://x.example/o.svg',
      'request embed[src] https://x.example/e.swf',
      'request div[style] url() https://img.example/bg.png',
      'request style url() https://img.example/s.png',
      'request style url() https://css.example/a.css',
    ]);
  });

  it("reports an author's external images apart: img, srcset and picture sources", () => {
    expect(
      scan(`<img src="https://img.example/a.png" srcset="https://img.example/a2.png 2x, /local.png 1x">
      <picture><source srcset="https://img.example/dark.png"><img src="/fig/x.png"></picture>
      <video><source src="https://media.example/v.webm"></video>`),
    ).toEqual([
      'image img[src] https://img.example/a.png',
      'image img[srcset] https://img.example/a2.png',
      'image source[srcset] https://img.example/dark.png',
      'request source[src] https://media.example/v.webm',
    ]);
  });

  it('ignores what waits for a click or is not a request: links, local and data URLs, inert templates, other rels', () => {
    expect(
      scan(`<a href="https://example.org/">a link</a>
      <link rel="canonical" href="https://example.org/x/"><link rel="stylesheet" href="/_astro/site.css">
      <script src="/_astro/app.js"></script><img src="data:image/png;base64,AAAA"><img src="../fig/a.png">
      <template><iframe src="https://www.youtube-nocookie.com/embed/abc"></iframe></template>
      <figure class="video-embed"><div data-player="https://www.youtube-nocookie.com/embed/abc"><button>Play</button></div></figure>`),
    ).toEqual([]);
  });
});

describe('helpers', () => {
  it('tells external URLs from local ones', () => {
    expect(
      ['https://a.b/', '//a.b/x', 'http://a.b', '/x', 'x.png', 'data:,x', 'mailto:a@b', '#id'].map(
        isExternal,
      ),
    ).toEqual([true, true, true, false, false, false, false, false]);
  });

  it('reads url() and @import in CSS, quoted or not', () => {
    expect(
      cssUrls(`a{b:url( "x.png" )} c{d:url('y.png')} e{f:url(z.png)} @import 'i.css';`),
    ).toEqual(['x.png', 'y.png', 'z.png', 'i.css']);
  });
});
