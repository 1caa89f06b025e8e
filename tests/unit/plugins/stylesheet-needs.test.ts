import { describe, expect, it } from 'vitest';
import { renderPage, type RenderOptions } from '../../helpers/render.ts';

/**
 * A page loads the stylesheets only some pages need (KaTeX's, the click-to-load frames', the tab
 * sets') when its render data says it shows what they style (components/PageHead.astro).
 */
const plain = { math: false, embeds: false, tabs: false };

describe('render data: what a page shows that needs a stylesheet of its own', () => {
  it.each<[string, string, RenderOptions, typeof plain]>([
    ['prose only', 'Just a paragraph with `code`.\n', {}, plain],
    [
      'display math',
      'Energy:\n\n$$E = mc^2$$\n',
      { format: 'workbench' },
      { ...plain, math: true },
    ],
    [
      'a video frame from another site (a click-to-load placeholder)',
      '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="Intro"></iframe>\n',
      {},
      { ...plain, embeds: true },
    ],
    [
      'a frame of the lesson’s own file (stays a frame, no placeholder)',
      '<iframe src="files/demo.html" title="Demo"></iframe>\n',
      {},
      plain,
    ],
    [
      'a Workbench tab set',
      '::: tab\n\n### Python\n\nRun it.\n\n### R\n\nRun it too.\n\n:::\n',
      { format: 'workbench' },
      { ...plain, tabs: true },
    ],
    [
      'a Workbench group tab set',
      '::: group-tab\n\n### Windows\n\nOne way.\n\n### macOS\n\nAnother.\n\n:::\n',
      { format: 'workbench' },
      { ...plain, tabs: true },
    ],
  ])('%s', async (_, body, options, needs) => {
    const { data } = await renderPage(body, options);
    expect({ math: data.math, embeds: data.embeds, tabs: data.tabs }).toEqual(needs);
  });
});
