import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { toLines } from '../../../../src/lib/normalise/lines.ts';
import {
  normalisePandocMath,
  rewriteInlineMath,
} from '../../../../src/lib/normalise/pandoc-math.ts';
import { renderPage } from '../../../helpers/render.ts';

const fixture = fileURLToPath(
  new URL('../../../fixtures/golden/workbench/math-pandoc.md', import.meta.url),
);

describe('rewriteInlineMath', () => {
  it.each([
    ['$x$ and $y_0$', '$$x$$ and $$y_0$$'],
    ['costs $5 and $10', 'costs $5 and $10'],
    ['`$x$` stays code', '`$x$` stays code'],
    ['\\$x$ is escaped', '\\$x$ is escaped'],
    ['LaTeX \\(x^2\\) inline', 'LaTeX $$x^2$$ inline'],
    // pandoc's display math stays display within a line: marked for the renderer.
    ['and \\[a = b\\] on a line', 'and $$a = b$$:attrs{data-display=""} on a line'],
    ['and $$a = b$$ on a line', 'and $$a = b$$:attrs{data-display=""} on a line'],
    [
      '[a page](https://x.org/Shell_\\(computing\\))',
      '[a page](https://x.org/Shell_\\(computing\\))',
    ],
    ['`\\(code\\)` and \\\\(not math)', '`\\(code\\)` and \\\\(not math)'],
  ])('%j → %j', (input, expected) => expect(rewriteInlineMath(input)).toBe(expected));
});

describe('normalisePandocMath', () => {
  it('renders every formula of the golden case, none as an error and none as text', async () => {
    const page = await renderPage(readFileSync(fixture, 'utf8'), {
      format: 'workbench',
      file: 'episodes/math-pandoc.md',
    });
    const html = page.html;
    expect(html).not.toContain('katex-error');
    // Two display blocks (one of them holding `$x_i$` in \text), the list intact around the
    // formula that wrapped inside its item, and no dollar left outside code.
    expect(html.match(/<div class="math-display">/g)).toHaveLength(2);
    expect(html).toMatch(
      /<ol>\s*<li>\s*<p>The threshold is <span class="math-display"><span class="katex-display">[^]*<\/li>\s*<li>\s*<p>An item after/,
    );
    expect(html.replace(/<code>[^<]*<\/code>|<annotation[^]*?<\/annotation>/g, '')).not.toMatch(
      /\$\$|\$x/,
    );
    expect(html).toContain('a price of $5 and $10, which is no math');
  });

  it('joins a formula that shares its lines with text, and blocks one that fills them', () => {
    const lines = normalisePandocMath(
      toLines('1. It is $$\n   a\n   + b\n   $$.\n\n$$x = 1\n+ y$$', 10),
    );
    expect(lines).toEqual([
      { text: '1. It is $$ a + b $$:attrs{data-display=""}.', line: 10 },
      { text: '', line: 14 },
      { text: '$$', line: 15 },
      { text: 'x = 1', line: 15 },
      { text: '+ y', line: 16 },
      { text: '$$', line: 16 },
    ]);
  });

  it('leaves TeX inside a display block as written', () => {
    const text = '$$\n\\text{if $x$}\n$$\n\nthen $y$';
    expect(normalisePandocMath(toLines(text)).map((l) => l.text)).toEqual([
      '$$',
      '\\text{if $x$}',
      '$$',
      '',
      'then $$y$$',
    ]);
  });
});

describe('LaTeX delimiters and image alt texts', () => {
  it('an alt text keeps its parentheses and brackets, which the attribute reading escaped', async () => {
    const { html } = await renderPage(
      "![A plot](fig/p.png){alt='Calls build(rebuild = TRUE) and x[1]'}\n",
      { format: 'workbench' },
    );
    expect(html).toContain('alt="Calls build(rebuild = TRUE) and x[1]"');
    expect(html).not.toContain('katex');
  });
});

describe("LaTeX's display delimiters", () => {
  it('\\[ and \\] on lines of their own enclose display math, as pandoc reads them', async () => {
    const { html, diagnostics } = await renderPage('Sum:\n\n\\[\n\\sum_i x_i\n\\]\n\nAfter.\n', {
      format: 'workbench',
    });
    expect(diagnostics).toEqual([]);
    expect(html.match(/<div class="math-display">/g)).toHaveLength(1);
    expect(html).toContain('<annotation encoding="application/x-tex">\\sum_i x_i</annotation>');
    expect(html).not.toMatch(/\\\[|\\\]/);
  });

  it('a styles lesson is not read so: kramdown has no such delimiters', async () => {
    const { html } = await renderPage('Text \\(x\\) here.\n', { format: 'styles' });
    expect(html).toContain('Text (x) here.');
  });
});
