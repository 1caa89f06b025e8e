import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { joinLines, toLines, type SourceLine } from '../../../../src/lib/normalise/lines.ts';
import {
  isDivClosing,
  normalisePandocDivs,
  parseDivOpening,
} from '../../../../src/lib/normalise/pandoc-divs.ts';
import { renderPage } from '../../../helpers/render.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/golden/workbench/', import.meta.url));

/**
 * A golden case (tests/unit/golden.test.ts pins its HTML) normalised and rendered as a Workbench
 * episode: the normalised lines, the HTML and the diagnostics, for checks that must hold whatever
 * the golden says.
 */
async function renderFixture(name: string) {
  const text = readFileSync(`${fixtures}${name}.md`, 'utf8');
  const bag = new DiagnosticBag(`episodes/${name}.md`);
  const lines = normalisePandocDivs(toLines(text), bag);
  const page = await renderPage(text, { format: 'workbench', file: `episodes/${name}.md` });
  // No fence may leak onto the page outside code (or comments, which no reader sees).
  expect(
    page.html.replace(/<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>|<!--[\s\S]*?-->/g, ''),
  ).not.toMatch(/:::|\{\.|\{#/);
  return { source: toLines(text), lines, diagnostics: bag.items, html: page.html, data: page.data };
}

/** Every non-blank author line that is not a fence survives exactly once, with its own number and text. */
function expectLinesKept(source: SourceLine[], lines: SourceLine[]) {
  for (const line of source) {
    if (line.text.trim() === '' || parseDivOpening(line.text) || isDivClosing(line.text)) continue;
    const copies = lines.filter((l) => l.line === line.line && l.text.trim() === line.text.trim());
    expect(copies, `line ${line.line}: ${line.text}`).toHaveLength(1);
  }
}

const none = { classes: [], values: {} };

describe('parseDivOpening', () => {
  it.each([
    [':::challenge', { indent: '', name: 'challenge', attributes: none }],
    ['::: challenge', { indent: '', name: 'challenge', attributes: none }],
    [':::::::::  solution  :::::::::', { indent: '', name: 'solution', attributes: none }],
    [
      '::: {.challenge #my-id}',
      { indent: '', name: 'challenge', attributes: { ...none, id: 'my-id' } },
    ],
    [
      '::: {#my-id .callout}',
      { indent: '', name: 'callout', attributes: { ...none, id: 'my-id' } },
    ],
    [
      '::: {.callout .wide data-x="1"}',
      { indent: '', name: 'callout', attributes: { classes: ['wide'], values: { 'data-x': '1' } } },
    ],
    ['   ::: hint', { indent: '   ', name: 'hint', attributes: none }],
  ])('reads %j', (text, expected) => expect(parseDivOpening(text)).toEqual(expected));

  it.each(['::', ':::', '::::::::::::::::', ':: challenge', 'text ::: challenge'])(
    'does not open on %j',
    (text) => {
      expect(parseDivOpening(text)).toBeUndefined();
    },
  );
});

describe('normalisePandocDivs', () => {
  it('accepts colon runs of any length, with or without a space, closed by fences of any length', async () => {
    const { source, lines, diagnostics } = await renderFixture('divs-colon-runs');
    expect(diagnostics).toEqual([]);
    expectLinesKept(source, lines);
  });

  it('reads the attribute form, passing the id to the callout', async () => {
    const { diagnostics, html } = await renderFixture('divs-attribute-form');
    expect(diagnostics).toEqual([]);
    expect(html).toMatch(/<div id="path-tip" class="callout" data-kind="callout"/);
    expect(html).toContain('<div id="plain-anchor">');
  });

  it('nests hints and solutions, and closes a challenge right after its second solution', async () => {
    const { source, lines, diagnostics, html } = await renderFixture('divs-nested');
    expect(diagnostics).toEqual([]);
    expectLinesKept(source, lines);
    expect(html.match(/<details class="callout" data-kind="solution"/g)).toHaveLength(3);
    expect(html.match(/<details class="callout" data-kind="hint"/g)).toHaveLength(2);
  });

  it('says what a fold holds, and keeps the author title in its summary', async () => {
    const { html } = await renderFixture('divs-spoiler');
    expect(html).toMatch(/<summary>[^]*?Show details<\/span><h3[^>]*>Windows<\/h3><\/summary>/);
    expect(html).toMatch(/<summary>(?:(?!<h\d)[^])*?Show details<\/span><\/summary>/);
  });

  it('renders tab divs as tab sets whose headings start the panels', async () => {
    const { html, diagnostics } = await renderFixture('divs-tabs');
    expect(diagnostics).toEqual([]);
    expect(html.match(/<div class="tabs" data-tabs="/g)?.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/data-kind="tab/);
    expect(html).toMatch(/<section class="tab-panel" data-tab="[^"]+">/);
  });

  it('renders an unknown name as a plain div with its class, as pandoc does, and suggests the closest kind', async () => {
    const { diagnostics, html } = await renderFixture('divs-unknown');
    expect(diagnostics.map((d) => [d.rule, d.line, d.severity, d.hint])).toEqual([
      ['callout/unknown-kind', 1, 'warning', 'Did you mean "challenge"?'],
      [
        'callout/unknown-kind',
        9,
        'warning',
        expect.stringContaining('Use one of: challenge, solution'),
      ],
    ]);
    expect(diagnostics[0]!.message).toBe(
      '"challange" is not a callout kind, so it renders as a plain div, as pandoc renders it',
    );
    expect(html).toContain('<div class="fancy-box">');
    expect(html).toContain('<div class="challange">');
  });

  it('closes an unclosed div at the end of the text, keeping all of it', async () => {
    const { source, lines, diagnostics } = await renderFixture('divs-unclosed');
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['divs/unclosed', 3]]);
    expect(diagnostics[0]!.message).toBe(
      'fenced div "challenge" opened here is never closed; it is closed at the end of the file',
    );
    expectLinesKept(source, lines);
    expect(lines.filter((l) => l.text.trim() !== '').at(-1)).toMatchObject({
      text: ':::',
      line: 0,
    });
  });

  it('drops a closing fence with nothing open, and says where', async () => {
    const { source, lines, diagnostics } = await renderFixture('divs-stray-close');
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([
      ['divs/stray-close', 3],
      ['divs/stray-close', 12],
    ]);
    expect(diagnostics[0]!.message).toBe(
      'closing fence (:::) with no open div; the line is dropped',
    );
    expectLinesKept(source, lines);
  });

  it('leaves colons inside code fences alone', async () => {
    const { source, lines, diagnostics } = await renderFixture('divs-code-fence');
    expect(diagnostics).toEqual([]);
    for (const n of [8, 10, 14])
      expect(lines.find((l) => l.line === n)?.text).toBe(source[n - 1]!.text);
  });

  it('lifts questions, objectives and key points out of the body, in any order', async () => {
    const { data, html, diagnostics } = await renderFixture('divs-lifted');
    expect(diagnostics).toEqual([]);
    expect(data.lifted).toEqual({
      objectives: ['Explain what a `pipe` does.', 'Combine two commands into a pipeline with `|`.'],
      questions: ['How do I send the output of one command to another?', 'What is a *filter*?'],
      keypoints: ['`cat` prints files.', '`sort -n` sorts numerically.'],
    });
    expect(html).not.toMatch(/Learning goals|How do I send|prints files/);
    expect(html).toMatch(/<div class="callout" data-kind="instructor"/);
  });

  it('keeps text in a lifted div that is not a list item, with a warning at its line', async () => {
    const page = await renderPage('::: keypoints\nJust a sentence,\nwrapped.\n\n- An item\n:::', {
      format: 'workbench',
      file: 'episodes/x.md',
    });
    expect(page.data.lifted.keypoints).toEqual(['Just a sentence, wrapped.', 'An item']);
    expect(page.diagnostics.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'divs/lifted-not-a-list',
        2,
        'text in the keypoints div is not a list item; it is shown as one',
      ],
    ]);
  });

  it('keeps the indentation of a div inside a list item', () => {
    const bag = new DiagnosticBag('episodes/x.md');
    const lines = normalisePandocDivs(
      toLines('1. Step one\n\n   ::: callout\n   Careful.\n   :::\n'),
      bag,
    );
    expect(
      lines
        .filter((l) => l.text.trim() !== '')
        .every((l) => l.text.startsWith('   ') || l.text.startsWith('1.')),
    ).toBe(true);
  });

  it('a div inside a list item stays in the item', async () => {
    const page = await renderPage(
      '1. Step one\n\n   ::: callout\n   Careful.\n   :::\n2. Step two\n',
      {
        format: 'workbench',
        file: 'episodes/x.md',
      },
    );
    expect(page.html).toMatch(
      /<li>[^]*Step one[^]*<div class="callout"[^]*Careful\.[^]*<\/div>\s*<\/li>\s*<li>[^]*Step two/,
    );
  });

  it('leaves fences an author commented out to the comment, as pandoc does', async () => {
    const { html, diagnostics } = await renderFixture('divs-commented');
    expect(diagnostics).toEqual([]);
    expect(html.match(/data-kind="challenge"/g)).toHaveLength(1);
    // The commented challenge stays a comment; the live one holds its text and closes where it should.
    expect(html).toMatch(/<!--[^]*Not yet[^]*-->/);
    expect(html).toMatch(
      /<div class="callout" data-kind="challenge"[^]*Still here[^]*Text\.[^]*<\/div>\s*$/,
    );
  });

  it('closes a div that holds a definition list, which the parser alone would not', async () => {
    const { html, source, lines, diagnostics } = await renderFixture('divs-definition-list');
    expect(diagnostics).toEqual([]);
    expectLinesKept(source, lines);
    // Each box ends where its fence is: the text after it is outside, the solution inside.
    expect(html).toMatch(
      /<dd><kbd>ctrl \+ shift \+ K<\/kbd><\/dd>\s*<\/dl><\/div>\s*<p>Text after/,
    );
    expect(html).toMatch(
      /data-kind="challenge"[^]*<details class="callout" data-kind="solution"[^]*Prompt[^]*<\/details><\/div>\s*<p>The end\.<\/p>/,
    );
  });

  it('reads a div inside a block quote, as pandoc does', async () => {
    const { html, source, lines, diagnostics } = await renderFixture('divs-in-quote');
    expect(diagnostics).toEqual([]);
    const unquoted = (all: SourceLine[]) =>
      all.map((l) => ({ ...l, text: l.text.replace(/^\s*> ?/, '') }));
    expectLinesKept(unquoted(source), unquoted(lines));
    expect(html).toMatch(
      /<blockquote>\s*<details class="callout" data-kind="solution"[^]*starts one\.<\/p><\/details>\s*<\/blockquote>/,
    );
    expect(html).toContain('<blockquote>\n<p>A quote without divs stays a plain quote.</p>');
  });

  it('writes container directives a Markdown parser can nest: outer fences are longer', () => {
    const bag = new DiagnosticBag('episodes/x.md');
    const lines = normalisePandocDivs(toLines('::: challenge\n::: solution\nA\n:::\n:::'), bag);
    expect(joinLines(lines).trim()).toBe(':::challenge\n\n:::solution\nA\n\n:::\n\n\n:::');
  });
});
