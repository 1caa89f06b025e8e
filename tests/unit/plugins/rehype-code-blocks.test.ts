import { describe, expect, it } from 'vitest';
import { renderPage } from '../../helpers/render.ts';

describe('rehype-code-blocks', () => {
  it('highlighted code: one <pre> with a single tabindex', async () => {
    const { html } = await renderPage('```python\nprint(1)\n```\n');
    const pre = /<pre[^>]*>/.exec(html)![0];
    expect(pre).toContain('class="shiki');
    expect(pre.match(/tabindex=/gi)).toHaveLength(1);
    expect(html).toContain('<p class="code-label">python</p>');
  });

  it('output blocks are labelled, not highlighted', async () => {
    const { html } = await renderPage('```output\n<b>not html</b>\n```\n');
    expect(html).toContain('<div class="code-block code-output"><p class="code-label">Output</p>');
    expect(html).toContain('>&lt;b&gt;not html&lt;/b&gt;</code>');
    expect(html).not.toContain('shiki');
  });

  it('an unknown language falls back to plain code with its label', async () => {
    const { html } = await renderPage('```nosuchlang\nx\n```\n');
    expect(html).toContain(
      '<div class="code-block code-input language-nosuchlang"><p class="code-label">nosuchlang</p><pre',
    );
    expect(html).toContain('>x</code></pre>');
  });

  it('a fence without a language has no label', async () => {
    const { html } = await renderPage('```\nplain\n```\n');
    expect(html).toContain('<div class="code-block code-input"><pre');
    expect(html).not.toContain('code-label');
  });
});
