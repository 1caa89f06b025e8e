import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { toLines } from '../../../../src/lib/normalise/lines.ts';
import { normalisePandocTables } from '../../../../src/lib/normalise/pandoc-tables.ts';
import { renderPage } from '../../../helpers/render.ts';

/**
 * A page's tables as one line, in the shape both sides are compared in: no scroll box, no
 * whitespace between tags, and without what pandoc adds that the page lays out itself (column
 * widths, odd/even row classes) or writes differently (`text-align: x;` with a semicolon).
 */
async function tables(markdown: string): Promise<string[]> {
  const { html, diagnostics } = await renderPage(markdown, { format: 'workbench' });
  expect(diagnostics).toEqual([]);
  const shaped = html
    .replace(/<div class="table-scroll" tabindex="0">/g, '')
    .replace(/>\s+</g, '><')
    .replace(/\s*\n\s*/g, ' ');
  return shaped.match(/<table>.*?<\/table>/g) ?? [];
}

// Each expectation is what pandoc 2.17 printed for the same text, in the shape above.
const cases: [name: string, markdown: string, table: string][] = [
  [
    'simple table, four alignments',
    '  Right     Left     Center     Default\n-------     ------ ----------   -------\n     12     12        12            12\n    123     123       123          123\n',
    '<table><thead><tr><th style="text-align: right">Right</th><th style="text-align: left">Left</th><th style="text-align: center">Center</th><th>Default</th></tr></thead><tbody><tr><td style="text-align: right">12</td><td style="text-align: left">12</td><td style="text-align: center">12</td><td>12</td></tr><tr><td style="text-align: right">123</td><td style="text-align: left">123</td><td style="text-align: center">123</td><td>123</td></tr></tbody></table>',
  ],
  [
    'simple table closed by dashes',
    'Name   Value\n-----  -----\na      1\nb      2\n-----  -----\n\nAfter.\n',
    '<table><thead><tr><th style="text-align: left">Name</th><th>Value</th></tr></thead><tbody><tr><td style="text-align: left">a</td><td>1</td></tr><tr><td style="text-align: left">b</td><td>2</td></tr></tbody></table>',
  ],
  [
    'headerless simple table',
    '-----  -----\na      b\nc      d\n-----  -----\n',
    '<table><tbody><tr><td style="text-align: left">a</td><td style="text-align: left">b</td></tr><tr><td style="text-align: left">c</td><td style="text-align: left">d</td></tr></tbody></table>',
  ],
  [
    'headerless, one column',
    '-----\nsolo\n-----\n',
    '<table><tbody><tr><td style="text-align: left">solo</td></tr></tbody></table>',
  ],
  [
    'a cell with a pipe and code',
    'Cmd       Meaning\n--------  -----------------\n`a | b`   pipe a into b\n',
    '<table><thead><tr><th style="text-align: left">Cmd</th><th style="text-align: left">Meaning</th></tr></thead><tbody><tr><td style="text-align: left"><code>a | b</code></td><td style="text-align: left">pipe a into b</td></tr></tbody></table>',
  ],
  [
    'an empty cell',
    'A     B\n----  ----\n1\n2     3\n',
    '<table><thead><tr><th style="text-align: left">A</th><th style="text-align: left">B</th></tr></thead><tbody><tr><td style="text-align: left">1</td><td style="text-align: left"></td></tr><tr><td style="text-align: left">2</td><td style="text-align: left">3</td></tr></tbody></table>',
  ],
  [
    'multiline table',
    '----------------------------\nName     Description\n-------- -------------------\nkubectl  talks to the\n         cluster\n\nhelm     installs charts\n----------------------------\n',
    '<table><thead><tr><th style="text-align: left">Name</th><th style="text-align: left">Description</th></tr></thead><tbody><tr><td style="text-align: left">kubectl</td><td style="text-align: left">talks to the cluster</td></tr><tr><td style="text-align: left">helm</td><td style="text-align: left">installs charts</td></tr></tbody></table>',
  ],
  [
    'multiline header of two lines',
    '-----------------------\n Left     Right\n aligned   aligned\n---------- ------------\n one           1\n----------------------\n',
    '<table><thead><tr><th style="text-align: center">Left R aligned</th><th style="text-align: left">ight aligned</th></tr></thead><tbody><tr><td style="text-align: center">one</td><td style="text-align: left">1</td></tr></tbody></table>',
  ],
  [
    'headerless multiline',
    '---------- ---------\nfirst      wraps\n           here\n\nsecond     row\n---------- ---------\n',
    '<table><tbody><tr><td style="text-align: left">first</td><td style="text-align: left">wraps here</td></tr><tr><td style="text-align: left">second</td><td style="text-align: left">row</td></tr></tbody></table>',
  ],
  [
    'grid table',
    '+-------+-------+\n| Fruit | Price |\n+=======+=======+\n| Apple | 1     |\n+-------+-------+\n| Pear  | 2     |\n+-------+-------+\n',
    '<table><thead><tr><th>Fruit</th><th>Price</th></tr></thead><tbody><tr><td>Apple</td><td>1</td></tr><tr><td>Pear</td><td>2</td></tr></tbody></table>',
  ],
  [
    'grid table with aligned columns',
    '+-------+-------+\n| A     | B     |\n+:======+======:+\n| x     | y     |\n+-------+-------+\n',
    '<table><thead><tr><th style="text-align: left">A</th><th style="text-align: right">B</th></tr></thead><tbody><tr><td style="text-align: left">x</td><td style="text-align: right">y</td></tr></tbody></table>',
  ],
  [
    'headerless grid table',
    '+---+---+\n| a | b |\n+---+---+\n',
    '<table><tbody><tr><td>a</td><td>b</td></tr></tbody></table>',
  ],
  [
    'grid cell of wrapped lines',
    '+--------+-------+\n| Word   | Text  |\n+========+=======+\n| one    | runs  |\n|        | on    |\n+--------+-------+\n',
    '<table><thead><tr><th>Word</th><th>Text</th></tr></thead><tbody><tr><td>one</td><td>runs on</td></tr></tbody></table>',
  ],
  [
    'grid cell holding a list',
    '+-------+---------+\n| Fruit | Notes   |\n+=======+=========+\n| Pear  | - soft  |\n|       | - sweet |\n+-------+---------+\n',
    '<table><thead><tr><th>Fruit</th><th>Notes</th></tr></thead><tbody><tr><td>Pear</td><td><ul><li>soft</li><li>sweet</li></ul></td></tr></tbody></table>',
  ],
  [
    'grid cell of two paragraphs',
    '+-------+\n| Head  |\n+=======+\n| one   |\n|       |\n| two   |\n+-------+\n',
    '<table><thead><tr><th>Head</th></tr></thead><tbody><tr><td><p>one</p><p>two</p></td></tr></tbody></table>',
  ],
  [
    'a table in a div',
    '::: callout\n  A   B\n  --- ---\n  1   2\n:::\n',
    '<table><thead><tr><th style="text-align: left">A</th><th style="text-align: left">B</th></tr></thead><tbody><tr><td style="text-align: left">1</td><td style="text-align: left">2</td></tr></tbody></table>',
  ],
];

describe('pandoc simple, multiline and grid tables (Workbench)', () => {
  it.each(cases)('%s', async (_name, markdown, table) => {
    expect(await tables(markdown)).toEqual([table]);
  });

  it.each([
    ['one group of dashes under text is a setext heading', 'Title\n-----\ntext\n', '<h2'],
    ['a line of dashes between blank lines is a rule', 'text\n\n-----\n\nmore\n', '<hr>'],
    ['a header over dashes with no row is text', 'A  B\n-- --\n\nnot a row\n', '<p>A  B'],
  ])('%s, as in pandoc', async (_name, markdown, shown) => {
    const { html } = await renderPage(markdown, { format: 'workbench' });
    expect(html).not.toContain('<table');
    expect(html).toContain(shown);
  });

  it('keeps a caption written after the table', async () => {
    const { html } = await renderPage('A    B\n---  ---\n1    2\n\nTable: Two columns.\n', {
      format: 'workbench',
    });
    expect(html).toContain('<table><caption>Two columns.</caption>');
  });

  it('leaves code, comments and styles lessons alone', async () => {
    const table = 'A    B\n---  ---\n1    2\n';
    for (const [markdown, format] of [
      [`\`\`\`\n${table}\`\`\`\n`, 'workbench'],
      [`<!--\n${table}-->\n`, 'workbench'],
      [table, 'styles'],
    ] as const) {
      const { html } = await renderPage(markdown, { format });
      expect(html).not.toContain('<table');
    }
  });

  it('reads a rule written with spaces as a rule, with a warning where pandoc made a table', async () => {
    const { html, diagnostics } = await renderPage(
      'Before.\n\n- - -\nWhat next?\n\n- - -\n## Plans\n\n- - -\n\nText.\n',
      { format: 'workbench' },
    );
    expect(html).not.toContain('<table');
    expect(html.match(/<hr>/g)).toHaveLength(3);
    expect(html).toContain('id="plans"');
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['tables/spaced-rule', 3]]);
  });

  it('writes each row on its author’s line', () => {
    const out = normalisePandocTables(
      toLines('\nName   Value\n-----  -----\na      1\nb      2\n', 10),
      new DiagnosticBag('x.md'),
    );
    expect(out.map((l) => [l.line, l.text])).toEqual([
      [10, ''],
      [11, '| Name | Value |'],
      [12, '| :--- | --- |'],
      [13, '| a | 1 |'],
      [14, '| b | 2 |'],
      [0, ''],
      [15, ''],
    ]);
  });
});
