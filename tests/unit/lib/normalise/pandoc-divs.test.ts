import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { joinLines, toLines, type SourceLine } from '../../../../src/lib/normalise/lines.ts';
import {
  isDivClosing,
  normalisePandocDivs,
  parseDivOpening,
} from '../../../../src/lib/normalise/pandoc-divs.ts';
import { plainCode, renderWorkbenchMarkdown } from '../../../helpers/render.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/pandoc/', import.meta.url));

/** Normalise a fixture, render it, and compare with its golden HTML (rewritten with UPDATE=1). */
async function renderFixture(name: string) {
  const source = readFileSync(`${fixtures}${name}.md`, 'utf8');
  const bag = new DiagnosticBag(`episodes/${name}.md`);
  const result = normalisePandocDivs(toLines(source), bag);
  const html = plainCode((await renderWorkbenchMarkdown(joinLines(result.lines))).html);
  const golden = `${fixtures}${name}.html`;
  if (process.env.UPDATE) writeFileSync(golden, html);
  expect(existsSync(golden), `missing golden ${golden}; run with UPDATE=1`).toBe(true);
  expect(html).toBe(readFileSync(golden, 'utf8'));
  // No fence may leak onto the page outside code.
  expect(html.replace(/<pre[\s\S]*?<\/pre>|<code>[\s\S]*?<\/code>/g, '')).not.toMatch(
    /:::|\{\.|\{#/,
  );
  return {
    source: toLines(source),
    lines: result.lines,
    lifted: result.lifted,
    diagnostics: bag.items,
    html,
  };
}

/** Every non-blank author line that is not a fence survives exactly once, with its own number and text. */
function expectLinesKept(source: SourceLine[], lines: SourceLine[]) {
  for (const line of source) {
    if (line.text.trim() === '' || parseDivOpening(line.text) || isDivClosing(line.text)) continue;
    const copies = lines.filter((l) => l.line === line.line && l.text.trim() === line.text.trim());
    expect(copies, `line ${line.line}: ${line.text}`).toHaveLength(1);
  }
}

describe('parseDivOpening', () => {
  it.each([
    [':::challenge', { indent: '', name: 'challenge' }],
    ['::: challenge', { indent: '', name: 'challenge' }],
    [':::::::::  solution  :::::::::', { indent: '', name: 'solution' }],
    ['::: {.challenge #my-id}', { indent: '', name: 'challenge', id: 'my-id' }],
    ['::: {#my-id .callout}', { indent: '', name: 'callout', id: 'my-id' }],
    ['   ::: hint', { indent: '   ', name: 'hint' }],
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
    const { diagnostics, lines } = await renderFixture('divs-attribute-form');
    expect(diagnostics).toEqual([]);
    expect(joinLines(lines)).toContain('<div class="callout callout-callout" id="path-tip">');
    expect(joinLines(lines)).toContain('<div id="plain-anchor">');
  });

  it('nests hints and solutions, and closes a challenge right after its second solution', async () => {
    const { source, lines, diagnostics } = await renderFixture('divs-nested');
    expect(diagnostics).toEqual([]);
    expectLinesKept(source, lines);
    const text = joinLines(lines);
    expect(text.match(/<details class="callout callout-solution">/g)).toHaveLength(3);
    expect(text.match(/<details class="callout callout-hint">/g)).toHaveLength(2);
  });

  it('titles a folding box from its first heading, and falls back to the label', async () => {
    const { lines } = await renderFixture('divs-spoiler');
    const text = joinLines(lines);
    expect(text).toContain('<summary>\n\n### Windows\n\n</summary>');
    expect(text).toContain('<summary>Show details</summary>');
  });

  it('renders tab divs as tab sets whose headings start the panels', async () => {
    const { html, diagnostics } = await renderFixture('divs-tabs');
    expect(diagnostics).toEqual([]);
    expect(html.match(/<div class="tabs" data-tabs="/g)?.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/callout-tab/);
    expect(html).toMatch(/<section class="tab-panel" data-tab="[^"]+">/);
  });

  it('renders an unknown name as a plain labelled box and suggests the closest name', async () => {
    const { diagnostics, lines } = await renderFixture('divs-unknown');
    expect(diagnostics.map((d) => [d.rule, d.line, d.severity, d.hint])).toEqual([
      ['divs/unknown-name', 1, 'warning', 'Did you mean "challenge"?'],
      [
        'divs/unknown-name',
        9,
        'warning',
        expect.stringContaining('Use one of: challenge, solution'),
      ],
    ]);
    expect(diagnostics[0]!.message).toBe(
      'fenced div name "challange" is not a known callout, so it renders as a plain box',
    );
    expect(joinLines(lines)).toContain('<p class="callout-label">fancy-box</p>');
  });

  it('closes an unclosed div at the end of the text, keeping all of it', async () => {
    const { source, lines, diagnostics } = await renderFixture('divs-unclosed');
    expect(diagnostics.map((d) => [d.rule, d.line])).toEqual([['divs/unclosed', 3]]);
    expect(diagnostics[0]!.message).toBe(
      'fenced div "challenge" opened here is never closed; it is closed at the end of the file',
    );
    expectLinesKept(source, lines);
    expect(lines.at(-2)).toEqual({ text: '</div>', line: 0 });
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
    const { lifted, lines, diagnostics } = await renderFixture('divs-lifted');
    expect(diagnostics).toEqual([]);
    expect(lifted).toEqual({
      objectives: ['Explain what a `pipe` does.', 'Combine two commands into a pipeline with `|`.'],
      questions: ['How do I send the output of one command to another?', 'What is a *filter*?'],
      keypoints: ['`cat` prints files.', '`sort -n` sorts numerically.'],
    });
    const text = joinLines(lines);
    expect(text).not.toMatch(/Learning goals|How do I send|prints files/);
    expect(text).toContain('<div class="callout callout-instructor">');
  });

  it('keeps text in a lifted div that is not a list item, with a warning', () => {
    const bag = new DiagnosticBag('episodes/x.md');
    const { lifted } = normalisePandocDivs(
      toLines('::: keypoints\nJust a sentence,\nwrapped.\n\n- An item\n:::'),
      bag,
    );
    expect(lifted.keypoints).toEqual(['Just a sentence, wrapped.', 'An item']);
    expect(bag.items.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'divs/lifted-not-a-list',
        2,
        'text in the keypoints div is not a list item; it is shown as one',
      ],
    ]);
  });

  it('keeps the indentation of a div inside a list item', () => {
    const bag = new DiagnosticBag('episodes/x.md');
    const { lines } = normalisePandocDivs(
      toLines('1. Step one\n\n   ::: callout\n   Careful.\n   :::\n'),
      bag,
    );
    expect(
      lines
        .filter((l) => l.text.trim() !== '')
        .every((l) => l.text.startsWith('   ') || l.text.startsWith('1.')),
    ).toBe(true);
  });
});
