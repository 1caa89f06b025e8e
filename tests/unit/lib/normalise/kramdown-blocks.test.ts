import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { normaliseKramdownBlocks } from '../../../../src/lib/normalise/kramdown-blocks.ts';
import { joinLines, toLines } from '../../../../src/lib/normalise/lines.ts';
import { expectGolden } from '../../../helpers/golden.ts';
import { renderPage } from '../../../helpers/render.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../fixtures/kramdown/${name}`, import.meta.url));

/**
 * Golden cases: tests/fixtures/kramdown/<case>.md rendered as a styles episode body starting on
 * file line 1 → <case>.expected.html (UPDATE=1 rewrites; read the diff). The diagnostics each
 * case must raise are pinned here as `rule@line`.
 */
const cases: Record<string, string[]> = {
  'challenge-solution': [],
  'quote-without-space': [],
  'prereq-in-callout': [],
  'lazy-continuation': [],
  'image-before-ial': [],
  'conflict-markers-in-code': [],
  'code-ial': [],
  'ial-without-dot': ['kramdown/ial-without-dot@4'],
  'paragraph-ial': [],
  'unknown-class': ['kramdown/unknown-callout@2'],
  'table-in-quote': [],
};

/**
 * Shiki's colours are the highlighter's business (tests/unit/plugins), not the normaliser's:
 * inside highlighted blocks the goldens keep the structure and text and drop inline styles.
 */
const withoutHighlightStyles = (html: string) =>
  html.replace(/<pre class="shiki[\s\S]*?<\/pre>/g, (pre) => pre.replace(/ style="[^"]*"/g, ''));

describe('kramdown normaliser: golden files', () => {
  for (const [name, expected] of Object.entries(cases)) {
    it(name, async () => {
      const r = await renderPage(readFileSync(fixture(`${name}.md`), 'utf8'), {
        file: '_episodes/01-page.md',
      });
      expectGolden(withoutHighlightStyles(r.html), fixture(`${name}.expected.html`));
      expect(r.diagnostics.map((d) => `${d.rule}@${d.line}`)).toEqual(expected);
    });
  }
});

/** Structural checks that hold whatever the golden says, so a careless UPDATE=1 cannot bless a regression. */
describe('kramdown normaliser: invariants', () => {
  const render = async (name: string) =>
    (await renderPage(readFileSync(fixture(`${name}.md`), 'utf8'))).html;

  it('no kramdown syntax leaks into any case', async () => {
    for (const name of Object.keys(cases)) {
      // Code may show any text; everything outside <pre> must be clean.
      const html = (await render(name)).replace(/<pre[\s\S]*?<\/pre>/g, '');
      expect(html, name).not.toMatch(/\{:|<!--ial|&gt; ?&gt;|^&gt;/m);
    }
  });

  it('a solution inside a challenge folds: <details> whose <summary> holds the heading', async () => {
    const html = await render('challenge-solution');
    expect(html).toMatch(
      /<div class="callout callout-challenge">[\s\S]*<details class="callout callout-solution">\s*<summary>\s*<h2 id="solution">Solution<\/h2>\s*<\/summary>[\s\S]*<\/details>\s*<\/div>/,
    );
    expect(html).not.toContain('<blockquote');
  });

  it('>> without a space nests like > >', async () => {
    const spaced = await render('challenge-solution');
    const tight = await render('quote-without-space');
    expect(tight).toContain('<details class="callout callout-solution">');
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
    expect(html).toContain('<p>Resolve the conflict, then commit.</p>\n</div>');
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
    for (const name of Object.keys(cases)) {
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
    expect(r.text.startsWith('> Quoted.')).toBe(true);
    expect(r.bag.items.map((d) => [d.severity, d.rule, d.line, d.message])).toEqual([
      [
        'warning',
        'kramdown/unknown-callout',
        4,
        'blockquote class .fancy is not a known callout, so it renders as a plain quote',
      ],
    ]);
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
