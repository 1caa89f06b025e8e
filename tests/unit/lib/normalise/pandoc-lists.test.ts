import { describe, expect, it } from 'vitest';
import { toLines } from '../../../../src/lib/normalise/lines.ts';
import { normalisePandocLists } from '../../../../src/lib/normalise/pandoc-lists.ts';
import { renderPage } from '../../../helpers/render.ts';

/** The `<ol>` tags and item texts of a Workbench page, as one line. */
async function lists(markdown: string): Promise<string> {
  const { html, diagnostics } = await renderPage(markdown, { format: 'workbench' });
  expect(diagnostics).toEqual([]);
  return html
    .replace(/<\/?p>/g, '')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

// Each expectation is what pandoc 2.17 printed for the same text (its `<p>` inside loose items
// aside).
const cases: [name: string, markdown: string, html: string][] = [
  [
    'lowercase letters',
    'Pick one:\n\na. `pods`\nb. `nodes`\n',
    'Pick one: <ol type="a"> <li><code>pods</code></li> <li><code>nodes</code></li> </ol>',
  ],
  [
    'a start other than a',
    'c) third\nd) fourth\n',
    '<ol start="3" type="a"> <li>third</li> <li>fourth</li> </ol>',
  ],
  [
    'Roman numerals, over a blank line',
    'i. one\nii. two\n\nv. five\n',
    '<ol type="i"> <li> one </li> <li> two </li> <li> five </li> </ol>',
  ],
  [
    'capitals with two spaces',
    'A.  first\nB.  second\n',
    '<ol type="A"> <li>first</li> <li>second</li> </ol>',
  ],
  ['a capital and one space is a name', 'B. Russell wrote it.\n', 'B. Russell wrote it.'],
  ['markers in parentheses', '(a) yes\n(b) no\n', '<ol type="a"> <li>yes</li> <li>no</li> </ol>'],
  ['hash markers', '#. first\n#. second\n', '<ol> <li>first</li> <li>second</li> </ol>'],
  [
    'markers inside a paragraph stay text',
    'We check\na) this, and\nb) that.\n',
    'We check a) this, and b) that.',
  ],
  ['an abbreviation', 'e.g. this line\n', 'e.g. this line'],
];

describe('pandoc lettered and Roman lists (Workbench)', () => {
  it.each(cases)('%s', async (_name, markdown, html) => {
    expect(await lists(markdown)).toBe(html);
  });

  it('a div fence ends the list, as in a challenge and its solution', async () => {
    const html = await lists(
      '::: challenge\n\nWhich type?\n\na. `3`\nb. `3.0`\n\n::: solution\n\na. `Int64`\nb. `Float64`\n:::\n:::\n',
    );
    expect(html.match(/<ol type="a">/g)).toHaveLength(2);
    expect(html).toContain('<li><code>Float64</code></li> </ol></details>');
  });

  it('keeps each item’s content in its column and the author’s line numbers', () => {
    const out = normalisePandocLists(
      toLines('(iv) four\n     more of four\n\n```\nb. code\n```', 3),
    );
    expect(out.map((l) => [l.line, l.text])).toEqual([
      [3, '4)   four'],
      [4, '     more of four'],
      [3, '::attrs{type="i"}'],
      [5, ''],
      [6, '```'],
      [7, 'b. code'],
      [8, '```'],
    ]);
  });

  it('leaves styles lessons alone (kramdown has no lettered lists)', async () => {
    const { html } = await renderPage('a. one\nb. two\n', { format: 'styles' });
    expect(html).toContain('<p>a. one\nb. two</p>');
  });
});

describe('pandoc example lists (Workbench)', () => {
  it('numbers examples through the page and cites a label by its number, as pandoc 2.17', async () => {
    const { html, diagnostics } = await renderPage(
      '(@)  A first example.\n(@good)  A second one.\n\nAs (@good) shows, and (@none) is no label.\n\n(@) Third, continuing.\n\n@. dot form\n',
      { format: 'workbench' },
    );
    expect(diagnostics).toEqual([]);
    expect(html.replace(/\s*\n\s*/g, ' ').trim()).toBe(
      '<ol type="1" class="example"> <li>A first example.</li> <li>A second one.</li> </ol> <p>As (2) shows, and (@none) is no label.</p> <ol start="3" type="1" class="example"> <li>Third, continuing.</li> </ol> <ol start="4" type="1" class="example"> <li>dot form</li> </ol>',
    );
  });
});
