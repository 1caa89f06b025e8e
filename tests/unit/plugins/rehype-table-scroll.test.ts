import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownFeatures } from '../../../src/plugins/index.ts';
import { rehypeTableScroll } from '../../../src/plugins/rehype-table-scroll.ts';

const render = async (markdown: string) =>
  (
    await markdownToHtml(markdown, {
      features: { ...markdownFeatures, rawHtml: true },
      hastPlugins: [rehypeTableScroll],
    })
  ).html;

describe('rehype-table-scroll', () => {
  it('puts a Markdown table in a box the keyboard can focus and scroll', async () => {
    const html = await render('| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(html).toMatch(
      /^<div class="table-scroll" tabindex="0"><table>[\s\S]*<\/table><\/div>$/m,
    );
  });
  it('does the same for a table written as HTML, once', async () => {
    const html = await render('<table><tr><td>x</td></tr></table>\n');
    expect(html.match(/class="table-scroll"/g)).toHaveLength(1);
  });
});
