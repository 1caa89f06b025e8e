import { describe, expect, it } from 'vitest';
import { renderPage } from '../../helpers/render.ts';

const page =
  'Text.\n\n    ls -l\n\n```\nplain\n```\n\n- item\n\n      whoami\n\n> ```\n> quoted\n> ```\n';

// sandpaper runs pandoc with --indented-code-classes=sh: pandoc 2.17 printed the indented blocks
// as <pre class="sourceCode sh"> with bash tokens, the fenced ones without a language plain.
describe('indented code is shell (Workbench)', () => {
  it('highlights indented code, in a list item too, as shell; fences stay plain', async () => {
    const { html } = await renderPage(page, { format: 'workbench' });
    expect(html.match(/class="code-block code-input language-sh"/g)).toHaveLength(2);
    expect(html).toContain('<span style="color:var(--shiki-token-function)">whoami</span>');
    expect(html).toContain('<pre tabindex="0"><code>plain</code></pre>');
    expect(html).toContain('<pre tabindex="0"><code>quoted</code></pre>');
  });

  it('leaves styles lessons plain (kramdown gives indented code no language)', async () => {
    const { html } = await renderPage(page, { format: 'styles' });
    expect(html).not.toContain('language-sh');
  });
});
