import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { toLines } from '../../../../src/lib/normalise/lines.ts';
import { normalisePandocBlocks } from '../../../../src/lib/normalise/pandoc-blocks.ts';
import { checkNothingLost } from '../../../../src/lib/verify/nothing-lost.ts';
import { renderPage } from '../../../helpers/render.ts';

const fixture = fileURLToPath(
  new URL('../../../fixtures/golden/workbench/blocks-pandoc.md', import.meta.url),
);

describe('normalisePandocBlocks', () => {
  it('renders the blocks of the golden case as pandoc does', async () => {
    const page = await renderPage(readFileSync(fixture, 'utf8'), {
      format: 'workbench',
      file: 'episodes/blocks-pandoc.md',
    });
    const { html } = page;
    // Both tables are tables, with the separator's column count; no cell text is lost.
    expect(html.match(/<thead>/g)).toHaveLength(3);
    // Markdown right after a block tag's line is Markdown, inside the element.
    // The table inside the centred block, in the wrapper that lets a wide table scroll.
    expect(html).toMatch(
      /<center>\s*<div class="table-scroll"[^>]*><table>[^]*<strong>1<\/strong>[^]*<\/table><\/div>\s*<\/center>/,
    );
    expect(html.match(/<th>/g)).toHaveLength(8);
    expect(html).toContain('<td>Package mode; <code>a|b</code> stays one cell.</td>');
    expect(html).not.toContain('|o');
    // The indented heading is text; the one inside a list item is a heading.
    expect(html).toContain('<p>### Not a heading for pandoc\nIndented by a space');
    expect(html).toMatch(/<h2 id="a-heading-inside-the-item">/);
    // HTML stays HTML however it is indented; an indented block outside it is code.
    expect(html).toContain('<p>Second cell, indented after a blank line.</p>');
    expect(html.match(/<pre/g)).toHaveLength(2);
    // A fence pandoc cannot read is inline code up to its closing fence, with a warning.
    expect(html).toContain(
      '<p><code>{r plots, fig.cap="A caption on the header\'s line", fig.alt="and its alt text on the next, which knitr does not read"} plot(x)</code></p>',
    );
    expect(page.diagnostics.map((d) => [d.rule, d.line, d.hint])).toEqual([
      [
        'code/unreadable-fence',
        36,
        'A knitr chunk header must be on one line: ```{r label, option = value}.',
      ],
    ]);
  });

  it('keeps every line and its number', () => {
    const input = toLines(
      '| a | b |x\n|---|---|\n| 1 | 2 |\n\n ## T\n\n<div>\n\n    <p>x</p>\n</div>',
      3,
    );
    const out = normalisePandocBlocks(input, new DiagnosticBag('x.md'));
    expect(out.map((l) => l.line)).toEqual(input.map((l) => l.line));
    expect(out.map((l) => l.text)).toEqual([
      '| a | b |',
      '|---|---|',
      '| 1 | 2 |',
      '',
      ' \\## T',
      '',
      '<div>',
      '',
      '<p>x</p>',
      '</div>',
    ]);
  });

  it('leaves code, comments and well-formed tables alone', () => {
    const text =
      '```\n ## in code\n| a |x\n|---|\n```\n<!--\n ## in a comment\n-->\n| a | b |\n|---|---|';
    expect(
      normalisePandocBlocks(toLines(text), new DiagnosticBag('x.md')).map((l) => l.text),
    ).toEqual(text.split('\n'));
  });
});

describe('a fence no line closes (Workbench)', () => {
  it('is a paragraph of text and the Markdown after it is Markdown, as pandoc reads it', async () => {
    const page = await renderPage(
      'Before.\n\n```python\nprint(no backticks close this)\n\nAfter *this*.\n\n~~~\na closed block\n~~~\n',
      { format: 'workbench' },
    );
    expect(page.html).toContain('<p><span></span>```python\nprint(no backticks close this)</p>');
    expect(page.html).toContain('<p>After <em>this</em>.</p>');
    expect(page.html.match(/<pre/g)).toHaveLength(1);
    expect(page.html).toContain('a closed block');
    expect(page.diagnostics.map((d) => [d.rule, d.line, d.hint])).toEqual([
      [
        'code/unclosed-fence',
        3,
        'Close the block with a line of ``` (backticks) where its code ends.',
      ],
    ]);
  });
});

describe('HTML lines with Markdown around them (Workbench)', () => {
  const render = async (markdown: string) =>
    (await renderPage(markdown, { format: 'workbench', file: 'episodes/tags.md' })).html.trim();

  // What pandoc 2.17 (sandpaper's reader) gives for each, checked by hand with `pandoc -t html`.
  it.each([
    [
      'an image: a paragraph of its own, under the one above',
      'Text.\n\n<img src="a.png" alt="A">\n\n<img src="b.png" alt="B">\n',
      /<p>Text\.<\/p>\s*<p><img src="\/a\.png" alt="A"><!-- --><\/p>\s*<p><img src="\/b\.png" alt="B"><!-- --><\/p>/,
    ],
    [
      'a line break, then Markdown read as Markdown',
      '<br>\n*Read* as Markdown.\n',
      /^<p><br><!-- -->\s<em>Read<\/em> as Markdown\.<\/p>$/,
    ],
    [
      'a span opened alone, its Markdown read',
      '<span class="note">\n**Bold** text</span>\n',
      /^<p><span class="note"><!-- -->\s<strong>Bold<\/strong> text<\/span><\/p>$/,
    ],
    [
      'in a quote too',
      '> <img src="a.png" alt="A">\n> *Read* as Markdown.\n',
      /^<blockquote>\s*<p><img src="\/a\.png" alt="A"><!-- -->\s<em>Read<\/em> as Markdown\.<\/p>\s*<\/blockquote>$/,
    ],
    [
      'a summary on one line, the answer below it read as Markdown',
      '<details>\n<summary>Answer</summary>\nThe *answer* is 42.\n</details>\n',
      /^<details>\s*<summary>Answer<\/summary>\s*<p>The <em>answer<\/em> is 42\.<\/p>\s*<\/details>$/,
    ],
    [
      'a paragraph element on one line, Markdown below it',
      '<p class="lead">In HTML.</p>\n*Then* Markdown.\n',
      /^<p class="lead">In HTML\.<\/p>\s*<p><em>Then<\/em> Markdown\.<\/p>$/,
    ],
    [
      'an embedded frame on one line, Markdown below it read as Markdown, not as the frame',
      '<iframe src="https://example.org/clip" title="Clip"></iframe>\n*Then* Markdown.\n',
      /<\/figure>\s*<p><em>Then<\/em> Markdown\.<\/p>$/,
    ],
    [
      'a video on one line, the Markdown below it a paragraph of its own',
      '<video src="clip.mp4" controls></video>\n*Then* Markdown.\n',
      /^<p><video src="\/clip\.mp4" controls><\/video><\/p>\s*<p><em>Then<\/em> Markdown\.<\/p>$/,
    ],
    [
      'Markdown right after an end tag alone on its line',
      '<div class="note">\n<p>In HTML.</p>\n</div>\n*Then* Markdown.\n',
      /^<div class="note">\s*<p>In HTML\.<\/p>\s*<\/div>\s*<p><em>Then<\/em> Markdown\.<\/p>$/,
    ],
    [
      'and after a frame closed on the next line',
      '<iframe src="https://example.org/clip" title="Clip">\n</iframe>\n*Then* Markdown.\n',
      /<\/figure>\s*<p><em>Then<\/em> Markdown\.<\/p>$/,
    ],
    ['and after a rule', '<hr>\n*Then* Markdown.\n', /^<hr>\s*<p><em>Then<\/em> Markdown\.<\/p>$/],
    [
      'a block tag: HTML, as before',
      '<div>\n\n*Inside*\n\n</div>\n',
      /^<div>\s*<p><em>Inside<\/em><\/p>\s*<\/div>$/,
    ],
  ])('%s', async (_, markdown, expected) => {
    expect(await render(markdown)).toMatch(expected);
  });

  it('a tag inside a paragraph is left as it is', () => {
    const text = 'Text above\n<img src="a.png">\n';
    expect(
      normalisePandocBlocks(toLines(text), new DiagnosticBag('x.md')).map((l) => l.text),
    ).toEqual(text.split('\n'));
  });
});

describe('pandoc heading and definition shorthands (Workbench)', () => {
  // What pandoc 2.17 printed: `{-}` is the unnumbered class; `~` marks a definition as `:` does,
  // after a blank line too.
  it('reads {-} as the unnumbered class and ~ as a definition marker', async () => {
    const { html, diagnostics } = await renderPage(
      '# Head {-}\n\nTerm\n~ one\n\nOther\n\n~ two\n~ three\n',
      { format: 'workbench' },
    );
    expect(diagnostics).toEqual([]);
    expect(html).toContain('<h1 class="unnumbered" id="head">Head</h1>');
    expect(html.replace(/\s*\n\s*/g, '')).toContain(
      '<dl><dt id="term">Term</dt><dd>one</dd><dt id="other">Other</dt><dd><p>two</p></dd><dd>three</dd></dl>',
    );
  });

  it('is read by the independent check', () => {
    const problems = checkNothingLost({
      file: 'episodes/e.md',
      body: '## Head {-}\n\nTerm\n~ the meaning\n',
      bodyLine: 1,
      html: '<main><h2>Head</h2><dl><dt>Term</dt><dd>the meaning</dd></dl></main>',
    });
    expect(problems).toEqual([]);
  });
});

describe('pipe tables where pandoc ends them (Workbench)', () => {
  const render = async (markdown: string) =>
    (await renderPage(markdown, { format: 'workbench', file: 'episodes/tables.md' })).html
      .replace(/\s*\n\s*/g, ' ')
      .trim();

  // What pandoc 2.17 printed for each.
  it.each([
    [
      'a line without a pipe ends the table',
      '| A |\n|:-:|\n| 1 |\nText after the table\n',
      /<\/table><\/div> <p>Text after the table<\/p>$/,
    ],
    [
      'a one-dash separator is a separator, not a list',
      'A | B\n- | -\n1 | 2\n',
      /<th>A<\/th> <th>B<\/th>.*<td>1<\/td> <td>2<\/td>/,
    ],
    [
      'a row starting with a dash is a row',
      'Name | Size\n--- | ---\n- | 2\n',
      /<td>-<\/td> <td>2<\/td>/,
    ],
  ])('%s', async (_, markdown, expected) => {
    const html = await render(markdown);
    expect(html).toMatch(expected);
    expect(html).not.toContain('<li>');
  });
});
