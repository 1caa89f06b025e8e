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
      // Code may show any text; everything outside <pre> must be clean.
      const html = (await render(name)).replace(/<pre[\s\S]*?<\/pre>/g, '');
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
    expect(r.bag.items.map((d) => [d.rule, d.line])).toEqual([['kramdown/detached-ial', 7]]);
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
