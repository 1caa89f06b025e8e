import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../src/lib/frontmatter.ts';
import { checkNothingLost } from '../../../../src/lib/verify/nothing-lost.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../../../fixtures/verify/lost/${name}`, import.meta.url), 'utf8');
const { body, bodyLine } = splitFrontmatter(fixture('source.md'));
const links = fixture('links.md');
const html = fixture('page.html');
const check = (page: string) =>
  checkNothingLost({
    file: 'episodes/source.md',
    body,
    bodyLine,
    links,
    html: page,
    page: 'source/index.html',
  });

describe('checkNothingLost', () => {
  it('accepts a page that kept every text, through legitimate changes', () => {
    // Smart quotes and dashes, a Liquid output, a hidden instructor note, a video facade,
    // reference links, a table with raw HTML, IALs and fences, a Liquid comment that shows nothing.
    expect(check(html)).toEqual([]);
  });

  it('reports a paragraph missing from the page, at its source line', () => {
    const problems = check(html.replace('This paragraph must survive the build.', ''));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'episodes/source.md',
      line: 6,
      severity: 'error',
      rule: 'nothing-lost/missing-text',
    });
    expect(problems[0]!.message).toBe(
      'paragraph missing from the built page source/index.html: "This paragraph must survive the build. It spans two lines."',
    );
  });

  it('reports a missing code line, heading, alt text, table cell and frame title', () => {
    const gutted = html
      .replace('<span>On branch main</span>', '')
      .replace('<h2>A challenge</h2>', '')
      .replace(' alt="A directory tree with three folders"', '')
      .replace('Exit the editor', '')
      .replaceAll('Intro video to the lesson', 'Video');
    expect(check(gutted).map((d) => `${d.line} ${d.message.split(':')[0]}`)).toEqual([
      '9 heading missing from the built page source/index.html',
      '17 code line missing from the built page source/index.html',
      '27 alt text missing from the built page source/index.html',
      '31 table cell missing from the built page source/index.html',
      '34 iframe title missing from the built page source/index.html',
    ]);
  });

  it('a provider’s placeholder frame title is not the author’s text: the facade may replace it', () => {
    const page =
      '<main><p>Watch.</p><figure class="embed"><span>YouTube video</span></figure></main>';
    const frame = (title: string) =>
      checkNothingLost({
        file: 'e.md',
        body: `Watch.\n\n<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="${title}"></iframe>\n`,
        bodyLine: 1,
        html: page,
      }).map((d) => d.message);
    expect(frame('YouTube video player')).toEqual([]);
    expect(frame('Loops in the shell')).toEqual([
      'iframe title missing from the built page: "Loops in the shell"',
    ]);
  });

  it('checks text around Liquid in pieces, so a rendered value may stand in between', () => {
    const problems = check(
      html.replace('in the shell, then compare it with', 'in the shell, then compared it with'),
    );
    expect(problems.map((d) => d.line)).toEqual([11]);
  });

  it('counts hidden instructor notes as present, but not removed ones', () => {
    expect(check(html.replace(/<aside[\s\S]*?<\/aside>/, ''))[0]).toMatchObject({ line: 24 });
  });

  it('checks frontmatter text passed as extras', () => {
    const problems = checkNothingLost({
      file: 'e.md',
      body: 'Text that is here.',
      bodyLine: 5,
      html: '<main>Text that is here.</main>',
      extra: [{ text: 'A `key` point', line: 3 }],
    });
    expect(problems.map((d) => [d.line, d.message])).toEqual([
      [3, 'paragraph missing from the built page: "A key point"'],
    ]);
  });
});

describe('checkNothingLost on an R Markdown page', () => {
  const rmd = [
    'Intro with `r nrow(df)` rows.',
    '',
    '```{r setup, include=FALSE}',
    'hidden_setup()',
    '```',
    '',
    '```{r, fig.cap="A `code` caption"}',
    '#| label: shown',
    'shown_code()',
    '```',
    '',
    '```{r}',
    '#| echo: false',
    'hidden_too()',
    '```',
    '',
  ].join('\n');
  const page =
    '<main><p>Intro with <code>nrow(df)</code> rows.</p><pre><code>shown_code()</code></pre></main>';
  const checkRmd = (html: string, file = 'episodes/page.Rmd') =>
    checkNothingLost({ file, body: rmd, bodyLine: 1, html });

  it('does not ask for what knitr leaves out: hidden chunks, #| lines, the `r marker', () => {
    expect(checkRmd(page)).toEqual([]);
  });

  it('still reports shown chunk code that is missing', () => {
    const problems = checkRmd(page.replace('shown_code()', ''));
    expect(problems.map((d) => [d.line, d.message])).toEqual([
      [9, 'code line missing from the built page: "shown_code()"'],
    ]);
  });

  it('a .md page is not read as R Markdown', () => {
    expect(checkRmd(page, 'episodes/page.md').length).toBeGreaterThan(0);
  });

  it('takes display math with spaces inside the dollars as rendered, not as text to find', () => {
    const body = 'We build the model:\n\n$$f(x) = g_2(A_2 x + b_2) $$\n\nand $$ y = 1 $$ inline.\n';
    const html =
      '<main><p>We build the model:</p><p><span class="katex">f(x)=g2(A2x+b2)</span></p><p>and <span class="katex">y=1</span> inline.</p></main>';
    expect(checkNothingLost({ file: 'e.md', body, bodyLine: 1, html })).toEqual([]);
  });
});

describe('checkNothingLost on pandoc constructs the generator renders', () => {
  const lost = (body: string, html: string, file = 'episodes/e.md') =>
    checkNothingLost({ file, body, bodyLine: 1, html: `<main>${html}</main>` }).map(
      (d) => `${d.line} ${d.message}`,
    );

  it('reads alt texts that wrap, hold the other quote or an escaped one', () => {
    const body = [
      'Intro.',
      '',
      '![Caption](fig/a.png){alt="A form that says',
      "'Create a repository'. It has two",
      'fields"}',
      '',
      "![](fig/b.png){alt='A diagram of Git\\'s remotes' width=\"400px\"}",
    ].join('\n');
    const html =
      '<p>Intro.</p><figure><img alt="A form that says \'Create a repository\'. It has two fields"><figcaption>Caption</figcaption></figure>' +
      '<p><img alt="A diagram of Git\'s remotes"></p>';
    expect(lost(body, html)).toEqual([]);
    expect(lost(body, html.replace('It has two fields', ''))).toEqual([
      '3 alt text missing from the built page: "A form that says \'Create a repository\'. It has two fields"',
    ]);
  });

  it('takes attribute lists pandoc cannot read, which the generator reads, as attributes', () => {
    const body = [
      "![Maps. Source: x.org](fig/m.png){alt='Maps in two projections.}",
      '',
      "- An item ![](fig/b.png){alt='The team's board' .shadow width=\"80%\"} and more.",
    ].join('\n');
    const html =
      '<figure><img alt="Maps in two projections."><figcaption>Maps. Source: x.org</figcaption></figure>' +
      '<ul><li>An item <img alt="The team\'s board"> and more.</li></ul>';
    expect(lost(body, html)).toEqual([]);
  });

  it('does not ask for what an HTML comment holds', () => {
    const body = "Shown.\n\n<!--\n## Hidden\n\n![](fig/x.png){alt='A hidden figure'}\n-->\n";
    expect(lost(body, '<p>Shown.</p>')).toEqual([]);
  });

  it('takes display math as rendered, whatever it holds', () => {
    const body = [
      'The function is',
      '',
      '$$',
      "\\left(\\sum_{i=1}^N y_i - x'_i\\beta\\right)",
      '+ \\lambda \\left\\lVert \\beta \\right\\rVert_1',
      '$$',
      '',
      '$$x = \\begin{cases}1 &\\text{if $x$ is even}\\\\',
      '0 &\\text{if $x$ is odd}\\end{cases}$$',
      '',
      '1. The threshold is $$',
      '  \\frac{0.05}{100}',
      '  $$ for a test.',
    ].join('\n');
    const html =
      '<p>The function is</p><div class="math-display">(∑)</div><div class="math-display">x</div>' +
      '<ol><li>The threshold is <span class="katex">0.0005</span> for a test.</li></ol>';
    expect(lost(body, html)).toEqual([]);
  });

  it('reads pipe tables and indented HTML as pandoc does, which the generator follows', () => {
    const body = [
      '| Key | Mode |o',
      '|-----|------|',
      '| `]` | Package mode; `a|b` is one cell. |',
      '',
      '<table>',
      '  <tr>',
      '',
      '    <!-- second column -->',
      '    <td><p>A cell indented after a blank line.</p></td>',
      '  </tr>',
      '</table>',
    ].join('\n');
    const html =
      '<table><tr><th>Key</th><th>Mode</th></tr><tr><td><code>]</code></td><td>Package mode; <code>a|b</code> is one cell.</td></tr></table>' +
      '<table><tr><td><p>A cell indented after a blank line.</p></td></tr></table>';
    expect(lost(body, html)).toEqual([]);
  });

  it('keeps a list whole around a formula that wraps in an item, and code spans after \\`', () => {
    const body = [
      '1. Rank them',
      '2. Compute $$',
      '  q = \\frac{i}{m}',
      '  $$, where $i$ is the rank.',
      '3. Keep the largest. All smaller',
      '  are kept.',
      '',
      "A brace \\`}' aligned, then `code` and more text.",
    ].join('\n');
    const html =
      '<ol><li>Rank them</li><li>Compute <span class="katex">q</span>, where <span class="katex">i</span> is the rank.</li><li>Keep the largest. All smaller are kept.</li></ol>' +
      "<p>A brace `}' aligned, then <code>code</code> and more text.</p>";
    expect(lost(body, html)).toEqual([]);
  });

  it('reads text on both sides of a footnote marker apart: the page shows its number there', () => {
    const body = 'Models are compared [^1]. Then more.\n\n[^1]: A note.\n';
    const html =
      '<p>Models are compared <sup><a href="#fn-1">1</a></sup>. Then more.</p><section><ol><li><p>A note.</p></li></ol></section>';
    expect(lost(body, html)).toEqual([]);
  });

  it('an R Markdown formula holding inline R, whose R has a $ of its own', () => {
    const body =
      'The degrees are\n$`r ncol(m)` - `r length(coef(fit))` = `r fit$df`$.\nWe want more.\n';
    const html =
      '<p>The degrees are <span class="katex">ncol(m) − length(coef(fit)) = fit$df</span>.\nWe want more.</p>';
    expect(lost(body, html, 'episodes/e.Rmd')).toEqual([]);
  });
});

describe('checkNothingLost: pandoc inline syntax (Workbench)', () => {
  const body = [
    'Air holds CO~2~ and a node draws 10^3^ W; ~/data stays as typed.^[Figures vary with load.]',
    '',
    'Pick one:',
    '',
    'a. a pod',
    'b. a namespace',
    '',
  ].join('\n');
  const page = (note: string, second = 'a namespace') =>
    `<main><p>Air holds CO<sub>2</sub> and a node draws 10<sup>3</sup> W; ~/data stays as typed.<sup><a href="#fn-1">1</a></sup></p><p>Pick one:</p><ol type="a"><li>a pod</li><li>${second}</li></ol><section class="footnotes"><ol><li id="fn-1"><p>${note}</p></li></ol></section></main>`;
  const check = (html: string) =>
    checkNothingLost({ file: 'episodes/e.md', body, bodyLine: 1, html, page: 'e/index.html' });

  it('accepts the page as pandoc renders it', () => {
    expect(check(page('Figures vary with load.'))).toEqual([]);
  });

  it('still reports a lost note or list item', () => {
    expect(check(page('')).map((d) => d.message)).toEqual([
      'paragraph missing from the built page e/index.html: "Figures vary with load."',
    ]);
    expect(check(page('Figures vary with load.', '')).map((d) => d.line)).toEqual([6]);
  });
});

describe('checkNothingLost: pandoc tables, raw attributes, line blocks and examples (Workbench)', () => {
  const body = [
    '----------------------------',
    'Tool     Use',
    '-------- -------------------',
    'kubectl  talks to the',
    '         cluster',
    '',
    'helm     installs charts',
    '----------------------------',
    '',
    '+-------+---------+',
    '| Fruit | Notes   |',
    '+=======+=========+',
    '| Pear  | - soft  |',
    '|       | - sweet |',
    '+-------+---------+',
    '',
    '```{=latex}',
    '\\newpage',
    '```',
    '',
    'Press `<kbd>Ctrl</kbd>`{=html} twice.',
    '',
    '| Roses are red',
    '|   violets are blue',
    '',
    '(@first) An example list item.',
    '',
    'As (@first) shows.',
    '',
  ].join('\n');
  const page = (cell = 'installs charts') =>
    `<main><table><thead><tr><th>Tool</th><th>Use</th></tr></thead><tbody><tr><td>kubectl</td><td>talks to the cluster</td></tr><tr><td>helm</td><td>${cell}</td></tr></tbody></table><table><thead><tr><th>Fruit</th><th>Notes</th></tr></thead><tbody><tr><td>Pear</td><td><ul><li>soft</li><li>sweet</li></ul></td></tr></tbody></table><p>Press <kbd>Ctrl</kbd> twice.</p><p class="line-block">Roses are red<br>\u00a0\u00a0violets are blue</p><ol class="example"><li>An example list item.</li></ol><p>As (1) shows.</p></main>`;
  const check = (html: string) =>
    checkNothingLost({ file: 'episodes/e.md', body, bodyLine: 1, html, page: 'e/index.html' });

  it('accepts the page as pandoc renders it', () => {
    expect(check(page())).toEqual([]);
  });

  it('still reports a lost cell, at its row', () => {
    expect(check(page('charts')).map((d) => d.line)).toEqual([7]);
  });
});

describe("checkNothingLost: kramdown's guillemets (styles)", () => {
  const body = 'Name it <<node>>, then shift: 1 >> 2 and a << b.\n';
  const check = (html: string) =>
    checkNothingLost({
      file: '_episodes/e.md',
      body,
      bodyLine: 1,
      html,
      page: 'e/index.html',
      kramdown: true,
    });

  it('accepts the guillemets kramdown printed, and reports the word if it is gone', () => {
    expect(
      check('<main><p>Name it «node», then shift: 1\u00a0» 2 and a «\u00a0b.</p></main>'),
    ).toEqual([]);
    expect(
      check('<main><p>Name it «», then shift: 1\u00a0» 2 and a «\u00a0b.</p></main>'),
    ).toHaveLength(1);
  });
});

/** Both toolchains' readings of one construct, each on an `e.md` built to `e/index.html`. */
const readers = [
  ['kramdown', true],
  ['pandoc', false],
] as const;
const checkAs = (kramdown: boolean, body: string, html: string) =>
  checkNothingLost({ file: 'e.md', body, bodyLine: 1, html, page: 'e/index.html', kramdown });

describe('addresses holding a space, which kramdown and pandoc read as links', () => {
  const body =
    'See ![a chart](../fig/bar chart.png) and [the data](../data/raw data.csv "Raw").\n\nAlso [the notes][notes].\n\n[notes]: ../files/my notes.txt\n';
  it.each(readers)('%s: the page with the links keeps every word', (_, kramdown) => {
    const page =
      '<main><p>See <img src="/fig/bar%20chart.png" alt="a chart"> and <a href="/data/raw%20data.csv" title="Raw">the data</a>.</p><p>Also <a href="/files/my%20notes.txt">the notes</a>.</p></main>';
    expect(checkAs(kramdown, body, page)).toEqual([]);
    expect(checkAs(kramdown, body, page.replace('a chart', 'chart')).map((d) => d.message)).toEqual(
      ['alt text missing from the built page e/index.html: "a chart"'],
    );
  });
});

describe('a fence no line closes, which kramdown and pandoc read as text', () => {
  const body = 'Before.\n\n```python\nprint(never closed)\n\nAfter *this*.\n';
  it.each(readers)('%s: the page showing it as paragraphs keeps every word', (_, kramdown) => {
    const page =
      '<main><p>Before.</p><p>```python\nprint(never closed)</p><p>After <em>this</em>.</p></main>';
    expect(checkAs(kramdown, body, page)).toEqual([]);
    expect(checkAs(kramdown, body, page.replace('After', 'Later')).map((d) => d.line)).toEqual([6]);
  });
});
