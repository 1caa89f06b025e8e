import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../helpers/render.ts';

describe('pandoc line blocks (Workbench)', () => {
  it('keeps each line, its leading spaces and its breaks, as pandoc does', async () => {
    const { html, diagnostics } = await renderPage(
      'Intro.\n\n| The first line\n|    indented *second*\n| third\n  continued here\n|\n| - after empty\n| 1. num\n',
      { format: 'workbench' },
    );
    expect(diagnostics).toEqual([]);
    // pandoc 2.17: <div class="line-block">The first line<br />\n   indented <em>second</em><br />
    // \nthird continued here<br />\n<br />\n- after empty<br />\n1. num</div> (no-break spaces).
    expect(html).toContain(
      '<p class="line-block">The first line<br>\n\u00a0\u00a0\u00a0indented <em>second</em><br>\nthird continued here<br>\n<br>\n- after empty<br>\n1. num</p>',
    );
  });

  it('leaves pipe tables, a bar inside a paragraph and code alone', async () => {
    const { html } = await renderPage(
      '| a | b |\n|---|---|\n| 1 | 2 |\n\n| one |\n| --- |\n| 1 |\n\nText\n| not a verse\n\n```\n| code\n```\n',
      { format: 'workbench' },
    );
    expect(html.match(/<table>/g)).toHaveLength(2);
    expect(html).toContain('<p>Text\n| not a verse</p>');
    expect(html).toContain('<code>| code</code>');
    expect(html).not.toContain('line-block');
  });

  it('leaves styles lessons alone (kramdown has no line blocks)', async () => {
    const { html } = await renderPage('| one\n| two\n', { format: 'styles' });
    expect(html).not.toContain('line-block');
  });
});
