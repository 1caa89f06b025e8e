import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { normaliseKramdownExtensions } from '../../../../src/lib/normalise/kramdown-extensions.ts';
import { toLines } from '../../../../src/lib/normalise/lines.ts';
import { renderPage } from '../../../helpers/render.ts';

/**
 * kramdown's extensions in a styles page, rendered through the whole pipeline. Each expected
 * fragment is what Ruby kramdown 2.4 (Jekyll's converter) publishes for the same text.
 */
const render = (markdown: string) => renderPage(markdown, { format: 'styles' });

const cases: [name: string, markdown: string, html: string][] = [
  [
    'a comment block is an HTML comment: nothing of it shows',
    'Before.\n\n{::comment}\nA note to co-authors.\n{:/comment}\n\nAfter.',
    '<p>Before.</p>\n<!-- A note to co-authors. -->\n<p>After.</p>',
  ],
  [
    'a comment inside a sentence',
    'Run it {::comment}twice?{:/comment} once.',
    '<p>Run it <!-- twice? --> once.</p>',
  ],
  [
    'a comment tag on its own line inside a paragraph belongs to the paragraph',
    'First line\n{::comment}\nhidden\n{:/}\nlast line',
    '<p>First line\n<!-- \nhidden\n -->\nlast line</p>',
  ],
  [
    'a nomarkdown block is HTML as written, blank and indented lines included',
    '{::nomarkdown}\n<div class="panel">\n\n    <p>Not *code*, not emphasis.</p>\n</div>\n{:/nomarkdown}',
    '<div class="panel">\n\n    <p>Not *code*, not emphasis.</p>\n</div>',
  ],
  [
    'nomarkdown inside a sentence keeps its stars',
    'See {::nomarkdown}<kbd>*</kbd>{:/nomarkdown} here.',
    '<p>See <kbd>*</kbd> here.</p>',
  ],
  [
    'nomarkdown for another converter publishes nothing',
    'Text.\n\n{::nomarkdown type="latex"}\n\\newpage\n{:/}\n\nMore.',
    '<p>Text.</p>\n<p>More.</p>',
  ],
  [
    'an options tag publishes nothing',
    '{::options parse_block_html="true" /}\n\nText.',
    '<p>Text.</p>',
  ],
];

describe('kramdown extensions, as Jekyll published them', () => {
  it.each(cases)('%s', async (_name, markdown, html) => {
    const page = await render(markdown);
    expect(page.html.trim()).toBe(html);
    expect(page.messages).toEqual([]);
  });

  it('inside a callout quote', async () => {
    const { html } = await render(
      '> ## Check\n>\n> {::comment}\n> For instructors only.\n> {:/comment}\n>\n> Visible.\n{: .callout}',
    );
    expect(html).toContain('<!-- For instructors only. -->');
    expect(html).not.toMatch(/<p>\s*For instructors only/);
    expect(html).toContain('<p>Visible.</p>');
  });

  it('keeps one prepared line per line of Markdown, each with its author line', () => {
    // Diagnostics of the rendered page map back through these lines, one to one.
    const lines = toLines(
      'Text {::comment} never closed\nin a paragraph\nof three lines.\n\nAfter.',
    );
    const out = normaliseKramdownExtensions(lines, new DiagnosticBag('x.md'));
    expect(out.map((l) => [l.line, l.text])).toEqual([
      [1, 'Text {::comment} never closed'],
      [2, 'in a paragraph'],
      [3, 'of three lines.'],
      [4, ''],
      [5, 'After.'],
    ]);
  });

  it('code keeps the tags as typed', async () => {
    const { html } = await render(
      'Write `{::comment}x{:/comment}` to hide x.\n\n```\n{::comment}\nkept\n{:/comment}\n```',
    );
    expect(html).toContain('<code>{::comment}x{:/comment}</code>');
    expect(html).toMatch(/\{::comment\}\nkept\n\{:\/comment\}/);
  });

  it('a tag that is never closed is shown as text, with a warning at its line', async () => {
    const { html, messages } = await render('Intro.\n\n{::comment}\nstill shown');
    expect(html).toContain('{::comment}');
    expect(html).toContain('still shown');
    expect(messages).toEqual([
      '_episodes/01-page.md:3  warning  {::comment} is never closed by {:/comment} (or {:/}); it is shown as text, as kramdown shows it  (kramdown/unclosed-extension)\n    hint: Add {:/comment} where the comment ends.',
    ]);
  });

  it('an unknown extension stays text, and is not read as an attribute list', async () => {
    const { html, messages } = await render('Intro.\n\n{::toc}\n');
    expect(html).toContain('<p>{::toc}</p>');
    expect(messages).toEqual([]);
  });
});
