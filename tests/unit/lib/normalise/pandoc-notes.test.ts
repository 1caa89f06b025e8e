import { describe, expect, it } from 'vitest';
import { toLines } from '../../../../src/lib/normalise/lines.ts';
import { normalisePandocNotes } from '../../../../src/lib/normalise/pandoc-notes.ts';
import { renderPage } from '../../../helpers/render.ts';

const notes = (text: string) => normalisePandocNotes(toLines(text, 10));

describe('normalisePandocNotes', () => {
  it('makes an inline note a reference and appends its definition', () => {
    expect(notes('Pods restart^[Unless the policy says Never.] on failure.')).toEqual([
      { text: 'Pods restart[^inline-note-1] on failure.', line: 10 },
      { text: '', line: 10 },
      { text: '[^inline-note-1]: Unless the policy says Never.', line: 10 },
    ]);
  });

  it('joins the lines a note runs over and keeps the numbers of the lines after it', () => {
    const out = notes(
      [
        'First line^[a note that',
        '> runs over two [nested] lines] ends here,',
        'and a second^[short] note.',
        '',
        'Next paragraph.',
      ].join('\n'),
    );
    expect(out.map((l) => [l.line, l.text])).toEqual([
      [10, 'First line[^inline-note-1] ends here,'],
      [12, 'and a second[^inline-note-2] note.'],
      [13, ''],
      [14, 'Next paragraph.'],
      [10, ''],
      [10, '[^inline-note-1]: a note that runs over two [nested] lines'],
      [12, ''],
      [12, '[^inline-note-2]: short'],
    ]);
  });

  it.each([
    ['a code span', 'Run `x^[0]` first.'],
    ['math', 'The set $$2^[n]$$ grows.'],
    ['an escaped caret', 'Write \\^[not a note] here.'],
    ['an unclosed note', 'An open^[note never closes.'],
  ])('leaves %s alone', (_name, text) => {
    expect(notes(text).map((l) => l.text)).toEqual([text]);
  });

  it('leaves fenced code alone', () => {
    const text = '```r\nx^[1]\n```';
    expect(notes(text).map((l) => l.text)).toEqual(text.split('\n'));
  });

  it('renders notes as footnotes numbered with the author’s own, in order of reference', async () => {
    const { html, diagnostics } = await renderPage(
      'One^[inline first] and two[^own].\n\n[^own]: The author’s note.\n',
      { format: 'workbench' },
    );
    expect(diagnostics).toEqual([]);
    const items = [...html.matchAll(/<li id="[^"]*">\s*<p>([^<]*)/g)].map((m) => m[1]!.trim());
    expect(items).toEqual(['inline first', 'The author’s note.']);
    expect(html).not.toContain('^[');
  });
});
