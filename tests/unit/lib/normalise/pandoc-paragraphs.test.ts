import { describe, expect, it } from 'vitest';
import { renderPage } from '../../../helpers/render.ts';

/** A Workbench page's HTML on one line, and its diagnostics as `rule:line`. */
async function page(markdown: string): Promise<[string, string[]]> {
  const { html, diagnostics } = await renderPage(markdown, { format: 'workbench' });
  return [html.replace(/\s*\n\s*/g, ' ').trim(), diagnostics.map((d) => `${d.rule}:${d.line}`)];
}

// Each expectation is what pandoc 2.17 printed for the same text (with sandpaper's reader), the
// `>` and dashes as this page's typography prints them.
describe('what pandoc keeps in a paragraph (Workbench)', () => {
  it.each([
    ['a list', 'Some text:\n- item one\n- item two\n', '<p>Some text: - item one - item two</p>'],
    ['a numbered list', 'Text\n1. one\n2. two\n', '<p>Text 1. one 2. two</p>'],
    ['a heading', 'Para\n# Heading\n', '<p>Para # Heading</p>'],
    ['a quote', 'Para\n> quote\n', '<p>Para &gt; quote</p>'],
    ['a rule', 'Para\n***\nmore\n', '<p>Para *** more</p>'],
    ['a list in a quote', '> text\n> - item\n', '<blockquote> <p>text - item</p> </blockquote>'],
  ])('%s under a paragraph line is more of the paragraph, with a warning', async (_n, md, html) => {
    const [shown, diagnostics] = await page(md);
    expect(shown).toBe(html);
    expect(diagnostics).toEqual(['paragraphs/no-blank-line:2']);
  });

  it('a pipe table under a paragraph line is text too, named at its header', async () => {
    const [shown, diagnostics] = await page('Text\n| a | b |\n|---|---|\n| 1 | 2 |\n');
    expect(shown).not.toContain('<table');
    expect(shown).toContain('<p>Text | a | b |');
    expect(diagnostics).toEqual(['paragraphs/no-blank-line:2']);
  });

  it('a table without outer pipes under a paragraph line is text, its dashes as pandoc set them', async () => {
    const [shown, diagnostics] = await page('Text\nName | Size\n--- | ---\n');
    expect(shown).toBe('<p>Text Name | Size — | —</p>');
    expect(diagnostics).toEqual(['paragraphs/no-blank-line:2']);
  });

  it('a pipe table without outer pipes, after a blank line, is a table', async () => {
    const [shown, diagnostics] = await page('Text\n\nName | Size\n--- | ---\ndata.csv | 2 MB\n');
    expect(shown).toContain('<th>Name</th>');
    expect(shown).toContain('<td>data.csv</td>');
    expect(diagnostics).toEqual([]);
  });

  it('a one-line comment is inline, the paragraph goes on; a longer one is a block', async () => {
    expect((await page('Para\n<!-- a note -->\nMore\n'))[0]).toBe(
      '<p>Para <!-- a note --> More</p>',
    );
    expect((await page('Para\n<!--\n- hidden\n-->\nMore\n'))[0]).toBe(
      '<p>Para</p> <!-- - hidden --> <p>More</p>',
    );
  });

  it('says it once per paragraph, in a div too', async () => {
    const [shown, diagnostics] = await page('::: callout\nText\n- one\n- two\n:::\n');
    expect(shown).toContain('<p>Text - one - two</p>');
    expect(diagnostics).toEqual(['paragraphs/no-blank-line:3']);
  });

  it.each([
    ['a setext heading', 'Title\n---\n', '<h2 id="title">Title</h2>'],
    [
      'a list after a blank line',
      'Text:\n\n- a\n- b\n',
      '<p>Text:</p> <ul> <li>a</li> <li>b</li> </ul>',
    ],
    [
      'a sublist under an item’s text',
      '- item\n  more text\n  - nested\n',
      '<ul> <li>item more text <ul> <li>nested</li> </ul> </li> </ul>',
    ],
    [
      'a definition',
      'Term\n:   definition\n',
      '<dl> <dt id="term">Term</dt> <dd>definition</dd> </dl>',
    ],
    ['a number other than 1 (text in both)', 'Text\n2. two\n', '<p>Text 2. two</p>'],
  ])('%s is left as it is', async (_n, md, html) => {
    const [shown, diagnostics] = await page(md);
    expect(shown).toContain(html);
    expect(diagnostics).toEqual([]);
  });

  it('leaves a formula’s lines alone, whatever they start with', async () => {
    const [shown, diagnostics] = await page('$$\nx\n+ y\n$$\n\nText $$a\n- b$$ end.\n');
    expect(shown).not.toContain('\\+');
    expect(shown).not.toContain('<li>');
    expect(diagnostics).toEqual([]);
  });

  it('leaves styles lessons alone (kramdown starts these blocks)', async () => {
    const { html } = await renderPage('Some text:\n- item one\n', { format: 'styles' });
    expect(html).toContain('<li>item one</li>');
  });
});
