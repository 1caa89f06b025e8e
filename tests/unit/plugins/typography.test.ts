import { describe, expect, it } from 'vitest';
import { renderInlineMarkdown } from '../../../src/plugins/index.ts';
import { renderPage } from '../../helpers/render.ts';

// What kramdown (smart_quotes, typographic_symbols) and pandoc (the `smart` extension) publish by
// default; each case was checked against both toolchains.
const cases: [name: string, markdown: string, html: string][] = [
  ['an apostrophe', "The pod's log", 'The pod’s log'],
  ['double quotes', 'a "dry run" first', 'a “dry run” first'],
  ['single quotes', "the 'latest' tag", 'the ‘latest’ tag'],
  ['an en dash', 'pages 3 -- 5', 'pages 3 – 5'],
  ['an em dash', 'wait --- then retry', 'wait — then retry'],
  ['an ellipsis', 'and so on...', 'and so on…'],
  [
    'inline code as typed',
    'run `kubectl get "pods" --watch`',
    '<code>kubectl get "pods" --watch</code>',
  ],
  [
    'text inside inline HTML',
    '<span class="x">it\'s -- "raw"</span>',
    '<span class="x">it’s – “raw”</span>',
  ],
];

describe('typographic punctuation, as both toolchains publish it', () => {
  for (const format of ['styles', 'workbench'] as const) {
    it.each(cases)(`${format}: %s`, async (_name, markdown, html) => {
      expect((await renderPage(markdown, { format })).html).toContain(html);
    });
  }

  it('an HTML block keeps what was typed, as kramdown publishes it', async () => {
    // Pandoc would read the block's text as Markdown; lessons rarely put prose in raw blocks.
    const { html } = await renderPage('<div class="x">\nit\'s -- "raw"\n</div>', {
      format: 'styles',
    });
    expect(html).toContain('it\'s -- "raw"');
  });

  it('a fenced code block keeps straight quotes and double hyphens', async () => {
    const { html } = await renderPage('```bash\necho "it\'s" --verbose\n```', { format: 'styles' });
    expect(html).not.toMatch(/[“”’–]/);
  });

  it('heading ids stay those of each toolchain', async () => {
    const heading = '## It\'s "done" -- mostly\n';
    expect((await renderPage(heading, { format: 'styles' })).html).toContain(
      '<h2 id="its-done--mostly">It’s “done” – mostly</h2>',
    );
    expect((await renderPage(heading, { format: 'workbench' })).html).toContain(
      '<h2 id="its-done-mostly">It’s “done” – mostly</h2>',
    );
  });

  it('frontmatter questions, objectives and key points too (Jekyll markdownifies them)', () => {
    expect(renderInlineMarkdown('What\'s a "node" -- and `a "pod"`?', 'styles')).toBe(
      'What’s a “node” – and <code>a "pod"</code>?',
    );
  });
});
