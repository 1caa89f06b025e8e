import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { normaliseKramdownBlocks } from '../../../../src/lib/normalise/kramdown-blocks.ts';
import { joinLines, toLines } from '../../../../src/lib/normalise/lines.ts';
import { renderPage } from '../../../helpers/render.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/golden/styles/${name}`, import.meta.url));

/** Every styles golden case (tests/unit/golden.test.ts renders and pins them). */
const cases = readdirSync(fixture(''))
  .filter((n) => n.endsWith('.md'))
  .map((n) => n.slice(0, -3));

/** Structural checks that hold whatever the golden says, so a careless UPDATE=1 cannot bless a regression. */
describe('kramdown normaliser: invariants', () => {
  const render = async (name: string) =>
    (await renderPage(readFileSync(fixture(`${name}.md`), 'utf8'))).html;

  it('no kramdown syntax leaks into any case', async () => {
    for (const name of cases) {
      // Code may show any text, and comments are not shown; everything else must be clean, but
      // for the one attribute list after plain text that kramdown itself shows as text.
      const html = (await render(name))
        .replace(/<pre[\s\S]*?<\/pre>|<!--[\s\S]*?-->/g, '')
        .replace('shows it{: .as-text} as written', '');
      expect(html, name).not.toMatch(/\{:|:::|::attrs|&gt; ?&gt;|^&gt;/m);
    }
  });

  it('a solution inside a challenge folds: <details> whose <summary> holds the heading', async () => {
    const html = await render('challenge-solution');
    expect(html).toMatch(
      /<div class="callout" data-kind="challenge"[^>]*>[\s\S]*<details class="callout" data-kind="solution"[^>]*><summary>[\s\S]*Show me the solution[\s\S]*<h2[^>]* id="solution">Solution<\/h2><\/summary>[\s\S]*<\/details><\/div>/,
    );
    expect(html).not.toContain('<blockquote');
  });

  it('>> without a space nests like > >', async () => {
    const spaced = await render('challenge-solution');
    const tight = await render('quote-without-space');
    expect(tight).toContain('<details class="callout" data-kind="solution"');
    expect(tight.replace(/Exercise|exercise|Question text\.|Answer text\./g, '')).toBe(
      spaced.replace(
        /Counting files|counting-files|How many files are there\?|There are <strong>three<\/strong>\./g,
        '',
      ),
    );
  });

  it('conflict markers inside a fenced block stay code, not quotes', async () => {
    const html = await render('conflict-markers-in-code');
    expect(html).toContain('&gt;&gt;&gt;&gt;&gt;&gt;&gt; 354d8f2</code>');
    expect(html).toContain('&lt;&lt;&lt;&lt;&lt;&lt;&lt; HEAD');
    expect(html).not.toContain('<blockquote');
    expect(html).toContain('<p>Resolve the conflict, then commit.</p></div>');
  });

  it('code IALs become labelled blocks', async () => {
    const html = await render('code-ial');
    expect(html).toContain(
      '<div class="code-block code-input language-bash"><p class="code-label">bash</p>',
    );
    expect(html).toContain('<div class="code-block code-output"><p class="code-label">Output</p>');
    expect(html).toContain('<div class="code-block code-error"><p class="code-label">Error</p>');
  });

  it('no element carries the same attribute twice', async () => {
    for (const name of cases) {
      for (const tag of (await render(name)).match(/<[a-z][^>]*>/g) ?? []) {
        const names = [...tag.matchAll(/\s([a-zA-Z-:]+)=/g)].map((m) => m[1]!.toLowerCase());
        expect(new Set(names).size, `${name}: ${tag.slice(0, 120)}`).toBe(names.length);
      }
    }
  });
});

describe('normaliseKramdownBlocks: lines and diagnostics', () => {
  const normalise = (text: string, firstLine = 1) => {
    const bag = new DiagnosticBag('f.md');
    const lines = normaliseKramdownBlocks(toLines(text, firstLine), bag);
    return { lines, text: joinLines(lines), bag };
  };

  it('every author line keeps its number through the rewrite', () => {
    const { lines } = normalise('> ## Title\n>\n> Body text.\n{: .challenge}\nAfter.', 10);
    expect(lines.find((l) => l.text === '## Title')!.line).toBe(10);
    expect(lines.find((l) => l.text === 'Body text.')!.line).toBe(12);
    expect(lines.find((l) => l.text === 'After.')!.line).toBe(14);
  });

  it('a detached IAL (after a blank line) is dropped with a warning', () => {
    const r = normalise('Para.\n\n{: .callout}\n', 5);
    expect(r.text).not.toContain('{:');
    expect(r.bag.items.map((d) => [d.rule, d.line])).toEqual([['attributes/nothing-to-attach', 7]]);
  });

  it('a kramdown option such as {:auto_ids} is dropped silently', () => {
    const r = normalise('{:auto_ids}\n# Title\n');
    expect(r.text).not.toContain('{:');
    expect(r.bag.items).toEqual([]);
  });

  it('an unknown blockquote class stays a quote, with a warning on the IAL line', () => {
    const r = normalise('> Quoted.\n{: .fancy}\n', 3);
    expect(r.text).toBe('> Quoted.\n::attrs{.fancy}\n');
    expect(r.bag.items.map((d) => [d.severity, d.rule, d.line, d.message, d.hint])).toEqual([
      [
        'warning',
        'callout/unknown-kind',
        4,
        '".fancy" is not a callout kind, so it renders as a plain quote',
        'Use one of: challenge, solution, hint, spoiler, callout, caution, warning, discussion, prereq, checklist, testimonial, quotation, instructor, keypoints, objectives, questions, tab, group-tab.',
      ],
    ]);
  });

  it('a misspelt kind gets a did-you-mean, the same rule as a misspelt fenced div', () => {
    const r = normalise('> Quoted.\n{: .chalenge}\n');
    expect(r.bag.items.map((d) => [d.rule, d.hint])).toEqual([
      ['callout/unknown-kind', 'Did you mean "challenge"?'],
    ]);
  });

  it('a callout becomes a container directive named by its kind, its other classes and id kept', () => {
    const r = normalise('> ## Title\n> Text.\n{: .challenge .wide #first}\n');
    expect(r.text).toBe('\n:::challenge{#first .wide}\n## Title\nText.\n\n:::\n\n');
  });

  it('{: output} without the dot: read as .output with a warning', () => {
    const r = normalise('~~~\nx\n~~~\n{: output}\n');
    expect(r.text.split('\n')[0]).toBe('~~~output');
    expect(r.bag.items.map((d) => [d.rule, d.line, d.message, d.hint])).toEqual([
      [
        'kramdown/ial-without-dot',
        4,
        'attribute list {: output} has no dot; read as the class .output',
        'Write {: .output}.',
      ],
    ]);
  });

  it('a plain blockquote without an IAL stays a blockquote', () => {
    expect(normalise('> Just a quote.\n\nAfter.').text).toBe('> Just a quote.\n\nAfter.');
  });
});

describe('kramdown reading of styles pages: what each construct becomes', () => {
  const render = async (name: string) =>
    (await renderPage(readFileSync(fixture(`${name}.md`), 'utf8'))).html;
  const count = (html: string, pattern: RegExp) => (html.match(pattern) ?? []).length;

  it('span attribute lists go on the image, link or code span right before them', async () => {
    const html = await render('span-ial');
    expect(html).toContain(
      '<img src="/fig/map.png" alt="Course map" width="800px" class="image-with-shadow">',
    );
    expect(html).toContain('<img src="/fig/plot.png" alt="Plot" width="60%">');
    expect(html).toContain('<a href="https://example.org/" target="_blank">');
    expect(html).toContain('<code class="language-python">code</code>');
    expect(html).toContain('<p height="500px" class="image-with-shadow"><img src="/fig/d.svg"');
  });

  it('an attribute list before a block styles it; several in a row add up', async () => {
    const html = await render('ial-before-block');
    expect(html).toMatch(/<blockquote>\s*<details class="callout" data-kind="solution"/);
    expect(html).toContain('data-kind="discussion"');
    expect(html).toContain('<details class="callout output" data-kind="solution"');
  });

  it('a table with + separators is one table, header, alignments and every row kept', async () => {
    const html = await render('kramdown-table');
    expect(count(html, /<table>/g)).toBe(3);
    expect(html).toContain('<th style="text-align: center">Note</th>');
    expect(count(html, /<tr>/g)).toBe(4 + 2 + 3);
    expect(html).toContain('<code>a|b</code>');
  });

  it('list items run on as kramdown reads them: quotes, images and fences stay in the item', async () => {
    const html = await render('list-lazy');
    const [first, ...rest] = html.split('<li>').slice(1);
    expect(first).toContain('data-kind="callout"');
    expect(first).toContain('alt="Adding a collaborator"');
    expect(rest[1]).toContain('Note: with the wrong address');
    expect(count(rest[1]!, /language-bash/g)).toBe(2);
    expect(html).toMatch(
      /data-kind="challenge"[\s\S]*data-kind="solution"[\s\S]*<ol>[\s\S]*language-bash[\s\S]*code-output/,
    );
    expect(count(html, /<ul>/g)).toBe(1);
  });

  it('HTML blocks: a Bootstrap tab set becomes tabs, theme boxes become callouts, markdown="1" is Markdown', async () => {
    const html = await render('html-blocks');
    expect(html).toMatch(
      /<div class="tabs" data-tabs="tab"><section class="tab-panel" data-tab="Laptop"><h4 id="on-laptop">Laptop<\/h4>[\s\S]*<section class="tab-panel" data-tab="Cluster"><h4 id="on-cluster">/,
    );
    expect(html).not.toContain('nav-tabs');
    expect(html).toMatch(
      /data-tab="Laptop">[\s\S]*data-kind="testimonial"[\s\S]*data-tab="Cluster"/,
    );
    expect(html).toContain('service start\n\nservice status');
    expect(html).toMatch(/data-kind="challenge"[\s\S]*Try it[\s\S]*data-kind="solution"/);
    expect(html).toContain('<div class="col-md-6">\n<p><strong>People</strong>');
    expect(html).not.toContain('markdown="1"');
    // No end tag shown as code: each element is one HTML block to its end tag, as for kramdown.
    expect(html).not.toContain('&lt;/');
  });

  it('Markdown markdownify wrote inside a theme box is read as Markdown, as Jekyll showed it', async () => {
    const html = await render('html-markdownify');
    expect(html).toMatch(/data-kind="challenge"[\s\S]*<code>cmake<\/code>[\s\S]*language-bash/);
    expect(html).not.toContain('~~~');
    expect(html).toMatch(/language-bash[\s\S]*data-kind="solution"/);
  });

  it('$$ math: display where kramdown sees a block, inline elsewhere; nothing after is swallowed', async () => {
    const html = await render('math');
    expect(count(html, /class="math-display"/g)).toBe(2);
    expect(html).toContain('<h3 id="fermion-masses">');
    expect(html).toContain('<h3 id="the-higgs-particle">');
    expect(html).not.toContain('katex-error');
  });

  it('a span tag alone on a line starts a paragraph, so the Markdown below it is read', async () => {
    const html = await render('span-tag-line');
    expect(html).toMatch(
      /<p><img src="[^"]*side\.png" alt=""> <img src="[^"]*front\.png" alt="Front view"><\/p>/,
    );
    expect(html).toContain(
      '<a href="https://example.org/notes"> the detector notes</a> are online.',
    );
    expect(html).toContain('<em>emphasis</em>');
    expect(html).not.toContain('![');
    // Alone on its line, it is a paragraph all the same: the two views stack, as kramdown set them.
    expect(html).toMatch(/<p><img src="[^"]*top\.png" alt="Top view"><!-- --><\/p>\s*<p><img/);
    expect(html).toMatch(/<p><img src="[^"]*bottom\.png" alt="Bottom view"><!-- --><\/p>/);
  });

  it('a challenge the author commented out stays in the comment: no box, no text shown', async () => {
    const html = await render('html-comment');
    expect(html).not.toContain('data-kind');
    expect(html.replace(/<!--[\s\S]*?-->/g, '')).not.toContain('A challenge taken out');
    expect(html).toContain('<p>After the comment.</p>');
  });
});

describe('normaliseKramdownBlocks (full): author lines survive every rewrite', () => {
  const normalise = (text: string) => {
    const bag = new DiagnosticBag('f.md');
    const lines = normaliseKramdownBlocks(toLines(text), bag, { full: true });
    return { lines, text: joinLines(lines), bag };
  };
  const lineOf = (lines: { text: string; line: number }[], text: string) =>
    lines.find((l) => l.text.includes(text))?.line;

  it('a lazy line of a list item is indented into the item and keeps its line', () => {
    const r = normalise('1. Step one\n   > quoted\n   {: .callout}\n![fig](x.png)\n2. Step two');
    expect(r.text).toContain('   ![fig](x.png)');
    expect(lineOf(r.lines, '![fig]')).toBe(4);
    expect(lineOf(r.lines, 'Step two')).toBe(5);
  });

  it('a fence opened on a list item line gets the language of the attribute list after it', () => {
    const r = normalise('1. ~~~\n   ls\n   ~~~\n   {: .language-bash}\n');
    expect(r.text.split('\n')[0]).toBe('1. ~~~bash');
  });

  it('table rows keep their lines; separator lines go', () => {
    const r = normalise('|---+---|\n| a | b |\n|---+---|\n| 1 | 2 |\n|---+---|\n| 3 | 4 |\n');
    expect(r.lines.slice(0, 4).map((l) => [l.text, l.line])).toEqual([
      ['| a | b |', 2],
      ['| --- | --- |', 2],
      ['| 1 | 2 |', 4],
      ['| 3 | 4 |', 6],
    ]);
  });

  it('inside an HTML element, blank lines go: it stays one HTML block to its end tag', () => {
    const r = normalise(
      '<div>\n  <p>one</p>\n\n        </p><!-- comment -->\n\n        </div><!-- end -->\nAfter.',
    );
    expect(r.lines.map((l) => [l.text, l.line])).toEqual([
      ['<div>', 1],
      ['  <p>one</p>', 2],
      ['        </p><!-- comment -->', 4],
      ['        </div><!-- end -->', 6],
      ['', 0],
      ['After.', 7],
    ]);
  });

  it('a comment starting an HTML block ends it: an indented tag after it is not code', () => {
    const r = normalise('<div class="callout">\n<!-- a\ncomment -->\n\n        <p>x</p>\n</div>');
    expect(r.lines.filter((l) => l.text).map((l) => l.text)).toEqual([
      ':::callout',
      '<!-- a',
      'comment -->',
      '<p>x</p>',
      ':::',
    ]);
  });

  it('an inline formula over several lines is joined onto its first line', () => {
    const r = normalise('Where\n$$\nx = 1\n$$, so.\n\n$$\ny\n$$');
    expect(r.lines.map((l) => [l.text, l.line])).toEqual([
      ['Where', 1],
      ['$$ x = 1 $$, so.', 2],
      ['', 5],
      ['$$', 6],
      ['y', 7],
      ['$$', 8],
    ]);
  });

  it('a span attribute list becomes :attrs right after the image', () => {
    expect(normalise('![a](x.png){:width="60%"} text').text).toBe(
      '![a](x.png):attrs{width="60%"} text',
    );
  });

  it('an attribute list before a quote names the callout; one before a blank line warns', () => {
    const r = normalise('{: .discussion}\n> ## Talk\n\n{: .callout}\n\nText.');
    expect(r.text).toContain(':::discussion');
    expect(r.bag.items.map((d) => [d.rule, d.line])).toEqual([['attributes/nothing-to-attach', 4]]);
  });

  it('Workbench pages (not full) keep CommonMark lists and tables as written', () => {
    const text = '1. Step\n![fig](x.png)\n\n|---+---|\n| a | b |\n';
    const bag = new DiagnosticBag('f.md');
    expect(joinLines(normaliseKramdownBlocks(toLines(text), bag))).toBe(text);
  });
});

describe('a definition with many spaces after its colon', () => {
  // kramdown 2.4 and pandoc 2.17 both print `<dd>or simply <em>a core</em> runs …</dd>`.
  it.each(['styles', 'workbench'] as const)('is text in %s lessons, not code', async (format) => {
    const { html } = await renderPage(
      'CPU\n:      or simply *a core* runs\n       the instructions\n\nGPU\n:   a plain one\n',
      { format },
    );
    expect(html).toMatch(/<dd>or simply <em>a core<\/em> runs\s+the instructions<\/dd>/);
    expect(html).toContain('<dd>a plain one</dd>');
    expect(html).not.toContain('<pre');
  });
});

describe("kramdown's guillemets (styles)", () => {
  // kramdown 2.4 printed each of these for the same Markdown.
  it.each([
    ['a quoted word', 'Use <<node>> here.', '<p>Use «node» here.</p>'],
    ['spaced marks', 'a << b and c >> d', '<p>a «\u00a0b and c\u00a0» d</p>'],
    ['a shift', '1 >> 2', '<p>1\u00a0» 2</p>'],
    ['code keeps them', 'Run `cat << EOF`.', '<p>Run <code>cat &lt;&lt; EOF</code>.</p>'],
    ['in a heading', '## A <<name>>', '>A «name»</h2>'],
  ])('%s', async (_name, markdown, html) => {
    expect((await renderPage(`${markdown}\n`, { format: 'styles' })).html).toContain(html);
  });

  it('a nested quote stays a quote', async () => {
    const { html } = await renderPage('>> quoted\n', { format: 'styles' });
    expect(html).toMatch(/<blockquote>\s*<blockquote>\s*<p>quoted<\/p>/);
  });
});

describe("kramdown's fences (styles)", () => {
  // kramdown 2.4 (GFM input) printed each of these.
  it('a fence whose info string is more than one word is text, its words shown', async () => {
    const { html } = await renderPage('See:\n\n```/opt/lib/x.py:24: Warning: slow\ncode\n```\n', {
      format: 'styles',
    });
    // kramdown's inline reading then makes the backtick runs a code span, and so does CommonMark.
    expect(html).toMatch(
      /<p>(<span><\/span>)?<code>\/opt\/lib\/x\.py:24: Warning: slow code\s*<\/code><\/p>/,
    );
    expect(html).not.toContain('<pre');
  });

  it('a fence nothing closes is text, not code to the end of the page', async () => {
    const { html } = await renderPage('~~~\nnever closed\n\nA paragraph.\n', { format: 'styles' });
    expect(html).toMatch(/<p>(<span><\/span>)?~~~\nnever closed<\/p>/);
    expect(html).toContain('<p>A paragraph.</p>');
    expect(html).not.toContain('<pre');
  });

  it('a one-word fence with its closing line is code, as before', async () => {
    const { html } = await renderPage('```python\nprint(1)\n```\n', { format: 'styles' });
    expect(html).toContain('<pre');
  });
});

describe('a list marker alone on its line (styles)', () => {
  // What Ruby kramdown 2.4 printed: a marker needs text or a space after it to start an item.
  it.each([
    ['a number and its dot', 'Text\n\n1.\n\ncode\n', '<p>Text</p> <p>1.</p> <p>code</p>'],
    ['a dash', 'a\n\n-\n\nb\n', '<p>a</p> <p>-</p> <p>b</p>'],
    ['in a quote', '> 1.\n>\n> more\n', '<blockquote> <p>1.</p> <p>more</p> </blockquote>'],
    [
      'a space after it: an empty item',
      'a\n\n1. \n\nb\n',
      '<p>a</p> <ol> <li></li> </ol> <p>b</p>',
    ],
    ['a dash under text: a heading', 'Title\n-\n', '<h2 id="title">Title</h2>'],
  ])('%s', async (_name, markdown, html) => {
    const { html: shown } = await renderPage(markdown, { format: 'styles' });
    expect(
      shown
        .replace(/\s*\n\s*/g, ' ')
        .replace(/<div class="heading-wrapper[^>]*>|<a class="heading-anchor".*?<\/a><\/div>/g, ''),
    ).toContain(html);
  });
});

// Each expectation is what kramdown (GFM input, as Jekyll ran it) printed for the same text, the
// dashes as this page's typography prints them.
describe('what kramdown keeps in a paragraph (styles)', () => {
  const page = async (markdown: string): Promise<[string, string[]]> => {
    const { html, diagnostics } = await renderPage(markdown, { format: 'styles' });
    return [html.replace(/\s*\n\s*/g, ' ').trim(), diagnostics.map((d) => `${d.rule}:${d.line}`)];
  };

  it.each([
    ['a rule of stars', 'Para\n***\nmore\n', '<p>Para *** more</p>', 2],
    ['a rule of underscores', 'Para\n___\n', '<p>Para ___</p>', 2],
    [
      'a pipe table',
      'Text\n| a | b |\n|---|---|\n| 1 | 2 |\n',
      '<p>Text | a | b | |—|—| | 1 | 2 |</p>',
      2,
    ],
    [
      'a table without outer pipes',
      'Text\nName | Size\n--- | ---\n',
      '<p>Text Name | Size — | —</p>',
      2,
    ],
  ])(
    '%s under a paragraph line is more of the paragraph, with a warning',
    async (_n, md, html, line) => {
      const [shown, diagnostics] = await page(md);
      expect(shown).toBe(html);
      expect(diagnostics).toEqual([`paragraphs/no-blank-line:${line}`]);
    },
  );

  it('a one-line comment is inline, the paragraph goes on', async () => {
    expect((await page('Para\n<!-- a note -->\nMore\n'))[0]).toBe(
      '<p>Para <!-- a note --> More</p>',
    );
  });

  it.each([
    [
      'a table whose separator is one dash a column',
      'A | B\n- | -\n1 | 2\n',
      '<td>1</td> <td>2</td>',
    ],
    [
      'a table row starting with a dash',
      'Name | Size\n--- | ---\n- | 2\n',
      '<td>-</td> <td>2</td>',
    ],
    [
      'a spaced rule, which starts a list for kramdown',
      'Para\n* * *\nmore\n',
      '<p>Para</p> <hr> <p>more</p>',
    ],
    ['a table at the paragraph’s start', 'Name | Size\n--- | ---\nx | 1\n', '<th>Name</th>'],
    ['a setext heading', 'Title\n---\n', '<h2 id="title">Title</h2>'],
  ])('%s is left as it is', async (_n, md, html) => {
    const [shown, diagnostics] = await page(md);
    expect(shown).toContain(html);
    expect(diagnostics).toEqual([]);
  });
});

describe('kramdown line breaks (styles)', () => {
  const html = async (markdown: string) =>
    (await renderPage(markdown, { format: 'styles' })).html.replace(/\s*\n\s*/g, ' ').trim();

  // What kramdown printed with Jekyll's options (GFM input, no hard_wrap).
  it.each([
    [
      'two backslashes end a line with a break',
      'Line one\\\\\nline two\n',
      '<p>Line one<br> line two</p>',
    ],
    ['in a list item too', '- item\\\\\n  more\n', '<li>item<br> more</li>'],
    ['on the last line, they are one backslash', 'Last\\\\\n\nnext\n', '<p>Last\\</p>'],
    ['inside a code span, they stay two', 'Code `a\\\\\nb` here\n', '<code>a\\\\ b</code>'],
  ])('%s', async (_, markdown, expected) => {
    expect(await html(markdown)).toContain(expected);
  });
});

describe('what kramdown reads when a block is never closed', () => {
  it('a fence with no closing fence is text; an element with no end tag closes with its box', async () => {
    const page = await renderPage(
      [
        'Before.',
        '',
        '~~~',
        'no tildes close this',
        '',
        '```',
        'a closed block',
        '```',
        '',
        'After *this*.',
        '',
        '> ## Box',
        '> <div class="inner">',
        '> open *in* the box',
        '{: .callout}',
        '',
        '<div class="outer" markdown="1">',
        'never *closed*',
        '',
      ].join('\n'),
    );
    expect(page.html).toContain('<p><span></span>~~~\nno tildes close this</p>');
    expect(page.html.match(/<pre/g)).toHaveLength(1);
    expect(page.html).toContain('<p>After <em>this</em>.</p>');
    // The element opened in the box ends with the box; the one after it ends with the page.
    expect(page.html).toMatch(
      /<div class="inner">\nopen \*in\* the box\n<\/div><\/div>\n<div class="outer">\n<p>never <em>closed<\/em><\/p>\n<\/div>\n?$/,
    );
    expect(page.diagnostics.map((d) => [d.rule, d.line, d.hint])).toEqual([
      [
        'code/unclosed-fence',
        3,
        'Close the block with a line of ~~~ (tildes) where its code ends.',
      ],
      [
        'kramdown/unclosed-html',
        13,
        'Add </div> where the element ends; a blank line does not end it.',
      ],
      [
        'kramdown/unclosed-html',
        17,
        'Add </div> where the element ends; a blank line does not end it.',
      ],
    ]);
  });
});

describe('link and image addresses holding spaces, as kramdown and pandoc read them', () => {
  it.each(['styles', 'workbench'] as const)(
    '%s: each space read as an encoded space, with a warning',
    async (format) => {
      const page = await renderPage(
        [
          'Get [the table](https://example.org/raw data.csv "Raw") and ![a chart](https://example.org/bar chart.png).',
          '',
          'Left alone: `[in](code span.txt)`, [bracketed](<https://example.org/a b.txt>), f[i](a b).',
          '',
          '- In a list: [notes](https://example.org/my notes.md)',
        ].join('\n'),
        { format },
      );
      expect(page.html).toContain(
        '<a href="https://example.org/raw%20data.csv" title="Raw">the table</a>',
      );
      expect(page.html).toContain('<img src="https://example.org/bar%20chart.png" alt="a chart">');
      expect(page.html).toContain('<code>[in](code span.txt)</code>');
      expect(page.html).toContain('<a href="https://example.org/a%20b.txt">bracketed</a>');
      expect(page.html).toContain('f[i](a b).');
      expect(page.html).toContain('<a href="https://example.org/my%20notes.md">notes</a>');
      expect(page.diagnostics.map((d) => [d.rule, d.line, d.hint])).toEqual([
        [
          'links/space-in-url',
          1,
          'Write each space as %20 (https://example.org/raw%20data.csv), or rename the file without spaces.',
        ],
        [
          'links/space-in-url',
          1,
          'Write each space as %20 (https://example.org/bar%20chart.png), or rename the file without spaces.',
        ],
        [
          'links/space-in-url',
          5,
          'Write each space as %20 (https://example.org/my%20notes.md), or rename the file without spaces.',
        ],
      ]);
    },
  );
});
