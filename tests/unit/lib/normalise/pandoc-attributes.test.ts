import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { joinLines, toLines } from '../../../../src/lib/normalise/lines.ts';
import { parsePandocAttributes as parseAttributes } from '../../../../src/lib/attributes.ts';
import { normalisePandocAttributes } from '../../../../src/lib/normalise/pandoc-attributes.ts';
import { renderPage } from '../../../helpers/render.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/golden/workbench/', import.meta.url));

/**
 * A golden case (tests/unit/golden.test.ts pins its HTML): its normalised lines, and the page as
 * the pipeline renders it, for checks that must hold whatever the golden says.
 */
async function renderFixture(name: string) {
  const text = readFileSync(`${fixtures}${name}.md`, 'utf8');
  const bag = new DiagnosticBag(`episodes/${name}.md`);
  const lines = normalisePandocAttributes(toLines(text), bag);
  const page = await renderPage(text, { format: 'workbench', file: `episodes/${name}.md` });
  return { lines, html: page.html, data: page.data, diagnostics: bag.items };
}

const outsideCode = (html: string) =>
  html.replace(/<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, '');

describe('parseAttributes', () => {
  it('reads ids, classes and quoted or bare values, with backslash escapes', () => {
    expect(parseAttributes(`#fig-1 .wide alt='it\\'s $HOME' width=50% title="a \\"b\\""`)).toEqual({
      id: 'fig-1',
      classes: ['wide'],
      values: { alt: "it's $HOME", width: '50%', title: 'a "b"' },
    });
  });

  it.each(['', '   ', 'alt=two words', "alt='unclosed", '=x'])('rejects %j', (body) =>
    expect(parseAttributes(body)).toBeUndefined(),
  );
});

describe('normalisePandocAttributes', () => {
  it('moves {alt=…} into the image, keeping $, quotes and asterisks exactly', async () => {
    const { html, data, diagnostics, lines } = await renderFixture('attributes-images');
    expect(data.images.map((i) => i.alt)).toEqual([
      'The loop "for filename in *.dat" assigns each name to $filename, then runs "cp $filename original-$filename"',
      'an editor showing the text It\'s not "publish or perish" any more',
      'a gear, not *bold*',
      'A tree of folders below /Users: backup and thing',
    ]);
    expect(html).toMatch(
      /<figure><img [^>]*><figcaption>The loop copies every data file<\/figcaption><\/figure>/,
    );
    expect(html).toContain('width="24"');
    // Code spans and fences keep the syntax as written; nothing else does.
    expect(outsideCode(html)).not.toMatch(/\{alt=|\{#|\{\.|:attrs/);
    expect(html).toContain("<code>![caption](url){alt='text'}</code>");
    expect(lines.find((l) => l.line === 16)?.text).toBe(
      "![caption](url){alt='inside a code fence'}",
    );
    expect(diagnostics).toEqual([]);
    // The wrapped image still reports the lines it came from.
    expect(lines.filter((l) => l.text.includes('fig/tree.svg')).map((l) => l.line)).toEqual([7]);
    expect(lines.filter((l) => /An image whose|wrap onto/.test(l.text)).map((l) => l.line)).toEqual(
      [7, 8],
    );
  });

  it('turns [text]{#id} into a span, keeping the Markdown inside it working', async () => {
    const { html, diagnostics } = await renderFixture('attributes-spans');
    expect(diagnostics).toEqual([]);
    // The dt's own id comes from rehype-heading-ids (see the report on duplicate ids).
    expect(html).toMatch(/<dt[^>]*><span id="absolute-path">absolute path<\/span><\/dt>/);
    expect(html).toContain('<span id="root-directory" class="term"><em>root</em> directory</span>');
    expect(html).toMatch(/<a href="https:\/\/example.org\/paths"[^>]* class="external"/);
    expect(html).toContain('<code>[code]{#kept}</code>');
    expect(outsideCode(html)).not.toMatch(/\{#|\{\.|target=&quot;/);
  });

  it('leaves heading ids to the Markdown parser, which reads them', async () => {
    const { html, lines } = await renderFixture('attributes-headings');
    expect(joinLines(lines)).toContain('## Installing the shell {#install}');
    expect(html).toContain('<h2 id="install">Installing the shell</h2>');
    expect(html).toMatch(/<h3 id="windows">Windows<\/h3>/);
    expect(html).not.toContain('{#');
  });

  it('writes attributes as a directive the renderer applies to the image or link before it', () => {
    const lines = normalisePandocAttributes(
      toLines('See ![icon](x.png){width=24 .small} and [a](b){target="_blank"}.'),
      new DiagnosticBag('x.md'),
    );
    expect(joinLines(lines)).toBe(
      'See ![icon](x.png):attrs{.small width="24"} and [a](b):attrs{target="_blank"}.',
    );
  });

  it('warns about an attribute list it cannot read, which then shows as text', () => {
    const bag = new DiagnosticBag('episodes/x.md');
    const lines = normalisePandocAttributes(
      toLines('Intro.\n\n![chart](fig/x.png){alt=two words}'),
      bag,
    );
    expect(lines[2]).toEqual({ text: '![chart](fig/x.png){alt=two words}', line: 3 });
    expect(bag.items.map((d) => [d.rule, d.line, d.severity, d.message])).toEqual([
      [
        'attributes/unreadable',
        3,
        'warning',
        'attribute list after a link, image or span could not be read, so it shows as text: ![chart](fig/x.png){alt=two words}',
      ],
    ]);
  });

  it('reads an alt text whose quotes pandoc cannot read, as the author meant it, with a warning', async () => {
    const { html, data, diagnostics } = await renderFixture('attributes-repaired');
    expect(data.images.map((i) => i.alt)).toEqual([
      'A map in two projections.',
      'The board\'s columns, with "To do" and "Done"',
      "A diagram of Git's remotes",
      "A form that says 'Create a new repository'. It has two required fields",
    ]);
    expect(outsideCode(html)).not.toMatch(/\{alt=|\{\.|:attrs/);
    expect(html).toMatch(
      /<img src="\/fig\/board.png"[^>]* width="800px" class="image-with-shadow">/,
    );
    expect(diagnostics.map((d) => [d.rule, d.line, d.message.split(':')[0]])).toEqual([
      ['attributes/malformed', 3, 'attribute list after "![A map in two projections. Source'],
      [
        'attributes/malformed',
        8,
        'attribute list after "![](fig/board.png)" is malformed (a \' inside the quoted alt value ends it early)',
      ],
    ]);
    expect(diagnostics[0]!.message).toContain("(the ' opening the alt value is never closed)");
  });

  it('applies the attributes of a reference definition to every image and link that uses it', async () => {
    const { html, data, diagnostics, lines } = await renderFixture('attributes-references');
    expect(data.images.map((i) => [i.alt, i.src])).toEqual([
      ['A tree of folders below the root', '/fig/tree.svg'],
      ['A tree of folders below the root', '/fig/tree.svg'],
      ['A tree of folders below the root', '/fig/tree.svg'],
      ['An older tree', '/fig/old.svg'],
    ]);
    expect(html.match(/<img [^>]*class="shadow"/g)).toHaveLength(3);
    // A link takes the classes; an <a> has no alt.
    expect(html).toContain('<a href="/fig/tree.svg" title="The tree" class="shadow">the tree</a>');
    expect(html).toContain('<a href="https://example.org/" class="external">plain link</a>');
    expect(html).toContain('<img src="/fig/old.svg" alt="An older tree" width="50%">');
    expect(outsideCode(html)).not.toMatch(/\{alt=|\{\.|:attrs|\[tree\]/);
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['attributes/after-reference', 4]]);
    expect(lines.find((l) => l.line === 8)?.text).toBe('[tree]: fig/tree.svg "The tree"');
  });

  it("names a code block's language by the first class of its attributes", async () => {
    const { html } = await renderFixture('attributes-references');
    expect(html).toMatch(
      /<div class="code-block code-input language-julia"><p class="code-label">julia<\/p>/,
    );
    expect(html).toMatch(/<div class="code-block code-output">/);
    const lines = normalisePandocAttributes(
      toLines('~~~ {#plain}\nx\n~~~\n\n```{r, echo=FALSE}\ny\n```'),
      new DiagnosticBag('x.md'),
    );
    // No class: no language; an R chunk header is not a pandoc attribute list.
    expect(lines.map((l) => l.text)).toEqual([
      '~~~',
      'x',
      '~~~',
      '',
      '```{r, echo=FALSE}',
      'y',
      '```',
    ]);
  });

  it('leaves attribute lists in an HTML comment as written', () => {
    const text = "<!--\n![x](y.png){alt='z'}\n-->\n![a](b.png){alt='c'}";
    const lines = normalisePandocAttributes(toLines(text), new DiagnosticBag('x.md'));
    expect(lines.map((l) => l.text)).toEqual([
      '<!--',
      "![x](y.png){alt='z'}",
      '-->',
      '![c](b.png)',
    ]);
  });

  it('keeps line numbers when nothing changes', () => {
    const input = toLines('Plain text.\n\nMore text.', 5);
    expect(normalisePandocAttributes(input, new DiagnosticBag('x.md'))).toEqual(input);
  });
});

describe("pandoc's implicit figures", () => {
  // What pandoc 2.17 printed for each paragraph (its <figcaption aria-hidden="true"> when the
  // caption is also the alt text).
  const cases: [name: string, markdown: string, figure: string | undefined][] = [
    [
      'a captioned image, no attributes',
      '![Pods on *two* nodes](fig/pods.png)',
      '<figure><img src="/fig/pods.png" alt="Pods on two nodes"><figcaption aria-hidden="true">Pods on <em>two</em> nodes</figcaption></figure>',
    ],
    [
      'attributes without an alt',
      '![A node](fig/node.png){width="40%"}',
      '<figure><img src="/fig/node.png" alt="A node" width="40%"><figcaption aria-hidden="true">A node</figcaption></figure>',
    ],
    [
      'an alt of its own',
      "![A node](fig/node.png){alt='One server in a rack'}",
      '<figure><img src="/fig/node.png" alt="One server in a rack"><figcaption>A node</figcaption></figure>',
    ],
    ['no caption', '![](fig/node.png)', undefined],
    ['text beside it', 'See ![a node](fig/node.png) here.', undefined],
    ['a linked image', '[![A node](fig/node.png)](https://example.org)', undefined],
  ];

  it.each(cases)('%s', async (_name, markdown, figure) => {
    const { html, diagnostics } = await renderPage(`${markdown}\n`, { format: 'workbench' });
    expect(diagnostics).toEqual([]);
    if (figure) expect(html).toContain(figure);
    else expect(html).not.toContain('<figure');
  });

  it('inside a div too', async () => {
    const { html } = await renderPage('::: callout\n![A node](fig/node.png)\n:::\n', {
      format: 'workbench',
    });
    expect(html).toContain('<figcaption aria-hidden="true">A node</figcaption>');
  });

  it('not in a styles lesson: kramdown has no implicit figures', async () => {
    const { html } = await renderPage('![A node](fig/node.png)\n', { format: 'styles' });
    expect(html).not.toContain('<figure');
  });
});
