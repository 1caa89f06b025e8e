import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../helpers/render.ts';

/** A Workbench page's HTML, whitespace between tags dropped. */
async function page(markdown: string): Promise<string> {
  const { html, diagnostics } = await renderPage(markdown, { format: 'workbench' });
  expect(diagnostics).toEqual([]);
  return html.replace(/>\s+</g, '><').trim();
}

// Each expectation is what pandoc 2.17 printed for the same text (its highlighting of inline
// code aside: it gives the language class, which is what is compared).
describe('pandoc raw attributes and inline code attributes (Workbench)', () => {
  it.each([
    [
      'an HTML block is published as written',
      '```{=html}\n<p class="x">Hi <b>there</b></p>\n```\n',
      '<p class="x">Hi <b>there</b></p>',
    ],
    [
      'a LaTeX block has no place in a web page',
      'A\n\n```{=latex}\n\\newpage\n```\n\nB\n',
      '<p>A</p><p>B</p>',
    ],
    [
      'inline HTML is published, inline LaTeX left out',
      'Keys `<kbd>Ctrl</kbd>`{=html} and `\\LaTeX`{=latex} end.\n',
      '<p>Keys <kbd>Ctrl</kbd> and  end.</p>',
    ],
    [
      'attributes on inline code',
      'Call `mean(x)`{.r} or `ls`{#cmd .bash}.\n',
      '<p>Call <code class="r">mean(x)</code> or <code id="cmd" class="bash">ls</code>.</p>',
    ],
    [
      'code blocks are left alone',
      '```\n`a`{=html}\n```\n',
      '<div class="code-block code-input"><pre tabindex="0"><code>`a`{=html}</code></pre></div>',
    ],
  ])('%s', async (_name, markdown, html) => {
    expect(await page(markdown)).toBe(html);
  });

  it('leaves styles lessons alone (kramdown has no raw attribute)', async () => {
    const { html } = await renderPage('Keys `<kbd>`{=html}.\n', { format: 'styles' });
    expect(html).toContain('<code>&lt;kbd&gt;</code>{=html}');
  });
});
