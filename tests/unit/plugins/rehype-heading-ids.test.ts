import { describe, expect, it } from 'vitest';
import { renderPage } from '../../helpers/render.ts';

const ids = (html: string) =>
  [...html.matchAll(/<(h[1-6]|dt)\b[^>]*? id="([^"]*)"/g)].map((m) => m[2]!);

/**
 * Heading Markdown → the id each toolchain gave `## <markdown>`, copied from real runs: kramdown
 * 2.4.0 + kramdown-parser-gfm 1.1.0 with Jekyll's options, and pandoc 2.17 with sandpaper's
 * extensions. What each reads: kramdown the text of code, math, links and inline HTML but no
 * image alt, comment or `<br>`; pandoc the same plus alt text, a `<br>` as a space.
 */
const cases: [markdown: string, kramdown: string, pandoc: string][] = [
  ['Use `range()` in a loop', 'use-range-in-a-loop', 'use-range-in-a-loop'],
  ['The `--verbose` flag', 'the---verbose-flag', 'the---verbose-flag'],
  ['Press <kbd>Ctrl</kbd>+<kbd>C</kbd>', 'press-ctrlc', 'press-ctrlc'],
  ['Read *this* and **that**', 'read-this-and-that', 'read-this-and-that'],
  ['A [linked](https://example.org) word', 'a-linked-word', 'a-linked-word'],
  ['Logo ![the logo](fig/logo.png) here', 'logo--here', 'logo-the-logo-here'],
  ['Fish &amp; chips', 'fish--chips', 'fish-chips'],
  ['a&nbsp;b', 'ab', 'a-b'],
  ['Line<br>break', 'linebreak', 'line-break'],
  ['~~old~~ new', 'old-new', 'old-new'],
  ['Quoted "words" here', 'quoted-words-here', 'quoted-words-here'],
  ['A `code--with--dashes` span', 'a-code--with--dashes-span', 'a-code--with--dashes-span'],
  ['`config.yaml`', 'configyaml', 'config.yaml'],
  ['`_episodes/` folder', '_episodes-folder', 'episodes-folder'],
  ['Escaped \\*stars\\*', 'escaped-stars', 'escaped-stars'],
  ['HTML <em>emphasis</em> inline', 'html-emphasis-inline', 'html-emphasis-inline'],
  ['Trailing image ![alt](x.png)', 'trailing-image-', 'trailing-image-alt'],
  ['Comment <!-- hidden --> inside', 'comment--inside', 'comment-inside'],
  ['<span>Spanned</span> text', 'spanned-text', 'spanned-text'],
  ['Under_score *and* `co_de`', 'under_score-and-co_de', 'under_score-and-co_de'],
  ['Energy $$E=mc^2$$ formula', 'energy-emc2-formula', 'energy-emc2-formula'],
  ['`1.2` version', '12-version', 'version'],
  ['**Bold** start', 'bold-start', 'bold-start'],
  ['Link to [`code`](x.html)', 'link-to-code', 'link-to-code'],
  ['`a` & `b`', 'a--b', 'a-b'],
  ['Em — dash &mdash; entity', 'em--dash--entity', 'em-dash-entity'],
  ['Autolink <https://example.org>', 'autolink-httpsexampleorg', 'autolink-httpsexample.org'],
  ["Smart 'single' quotes", 'smart-single-quotes', 'smart-single-quotes'],
  ["The '-u' flag -- explained", 'the--u-flag--explained', 'the--u-flag-explained'],
  ['Solution: --force with caution', 'solution-force-with-caution', 'solution-force-with-caution'],
];

describe('rehype-heading-ids: styles pages get kramdown ids', () => {
  it.each(cases)('%j', async (markdown, kramdown) => {
    const { html } = await renderPage(`## ${markdown}\n`, { format: 'styles' });
    expect(ids(html)).toEqual([kramdown]);
  });
});

describe('rehype-heading-ids: Workbench pages get pandoc ids', () => {
  it.each(cases)('%j', async (markdown, _, pandoc) => {
    const { html } = await renderPage(`## ${markdown}\n`, { format: 'workbench' });
    expect(ids(html)).toEqual([pandoc]);
  });

  it("pandoc's single-dollar math is read as its TeX", async () => {
    const { html } = await renderPage('## Energy $E=mc^2$ formula\n', { format: 'workbench' });
    expect(ids(html)).toEqual(['energy-emc2-formula']);
  });
});

describe('rehype-heading-ids: the table of contents shows a heading with TeX rendered', () => {
  it.each([
    ['workbench', '## Choosing $\\alpha$ well[^n]\n\n[^n]: A note.\n'],
    ['styles', '## Choosing $$\\alpha$$ well[^n]\n\n[^n]: A note.\n'],
  ] as const)('%s', async (format, page) => {
    const { data } = await renderPage(page, { format });
    const [heading] = data.headings;
    // The formula as KaTeX's markup (the α), no footnote marker, the text around it escaped.
    expect(heading?.html).toMatch(/^Choosing <span class="katex">.*α.*<\/span> well$/s);
    expect(heading?.html).not.toMatch(/<sup|data-footnote/);
  });

  it('a heading without TeX has its text only', async () => {
    const { data } = await renderPage('## Fish & `chips`\n', { format: 'workbench' });
    expect(data.headings).toEqual([
      { depth: 2, slug: 'fish-chips', text: 'Fish & chips', insideCallout: false },
    ]);
  });

  it.each(['styles', 'workbench'] as const)(
    '%s: a footnote marker is not part of the text; spaces are collapsed',
    async (format) => {
      const page = '## Use <kbd>Tab</kbd> ![icon](x.png) here[^n]\n\n[^n]: A note.\n';
      const { data } = await renderPage(page, { format });
      expect(data.headings[0]?.text).toBe('Use Tab here');
    },
  );

  it('escapes the text around the formula', async () => {
    const { data } = await renderPage('## A <b>&lt;tag&gt;</b> and $x$\n', { format: 'workbench' });
    expect(data.headings[0]?.html).toMatch(/^A &lt;tag&gt; and <span class="katex">/);
  });
});

describe('rehype-heading-ids: one page', () => {
  it('repeats are numbered -1, -2, also inside callouts', async () => {
    const page =
      '## Exercise\n\n> ## Solution\n> Do it.\n{: .solution}\n\n> ## Solution\n> Again.\n{: .solution}\n';
    const { html } = await renderPage(page, { format: 'styles' });
    expect(ids(html)).toEqual(['exercise', 'solution', 'solution-1']);
  });

  it('an explicit {#id} comes first: kramdown does not count it, pandoc does', async () => {
    // kramdown: setup, setup, setup-1; pandoc: setup, setup-1, setup-2.
    const page = '## Windows {#setup}\n\n## Setup\n\n## Setup\n';
    expect(ids((await renderPage(page, { format: 'styles' })).html)).toEqual([
      'setup',
      'setup-2',
      'setup-1',
    ]);
    expect(ids((await renderPage(page, { format: 'workbench' })).html)).toEqual([
      'setup',
      'setup-1',
      'setup-2',
    ]);
  });

  it('an explicit id after the same generated one: #setup still lands where it did', async () => {
    // Both toolchains wrote id="setup" twice; a browser followed #setup to the first.
    const { html } = await renderPage('## Setup\n\n## Linux {#setup}\n', { format: 'workbench' });
    expect(ids(html)).toEqual(['setup', 'setup-1']);
    expect(html).toContain('<h2 id="setup">Setup</h2>');
  });

  it("a kramdown {: #id} is the heading's id", async () => {
    const { html } = await renderPage('## Next steps\n{: #later}\n\n## Later\n', {
      format: 'styles',
    });
    expect(ids(html)).toEqual(['later', 'later-1']);
  });

  it('a heading written as HTML is not counted: the Markdown one keeps its id', async () => {
    // Neither toolchain gave `<h2>` in raw HTML an id; `## Solution` got `solution`.
    const page = '<div class="challenge"><h2>Solution</h2>\n\nText.\n</div>\n\n## Solution\n';
    for (const format of ['styles', 'workbench'] as const) {
      const { html } = await renderPage(page, { format });
      expect(ids(html)).toEqual(['solution-1', 'solution']);
      expect(html).not.toContain('data-markdown-heading');
    }
  });

  it('a definition term never takes a heading id', async () => {
    const page = 'Episodes\n:   The lesson content.\n\n## Episodes\n';
    const { html } = await renderPage(page, { format: 'workbench' });
    expect(ids(html)).toEqual(['episodes-1', 'episodes']);
  });

  it('styles glossary terms get the ids Jekyll gave under {:auto_ids}', async () => {
    const { html } = await renderPage('2FA\n:   Two factors.\n\nSnake_case\n:   Names.\n', {
      format: 'styles',
    });
    expect(ids(html)).toEqual(['fa', 'snakecase']);
  });

  it('a glossary term with its own anchor gets no second id', async () => {
    const { html } = await renderPage('[Shell]{#shell}\n:   A program.\n', {
      format: 'workbench',
    });
    expect(ids(html)).toEqual([]);
    expect(html).toContain('id="shell"');
  });

  it('a heading without letters: pandoc section, kramdown no id (we give one)', async () => {
    const page = '## 42\n\n## ???\n';
    expect(ids((await renderPage(page, { format: 'styles' })).html)).toEqual(['42', 'section']);
    expect(ids((await renderPage(page, { format: 'workbench' })).html)).toEqual([
      'section',
      'section-1',
    ]);
  });
});
