import { describe, expect, it } from 'vitest';
import { firstParagraphText, htmlText } from '../../../src/lib/html-text.ts';
import { tocEntries } from '../../../src/lib/toc.ts';

describe('htmlText', () => {
  it('is the text a reader sees, on one line', () => {
    expect(htmlText('How do I run <code>ls</code>\n  &amp; <em>why</em>?')).toBe(
      'How do I run ls & why?',
    );
  });
});

describe('firstParagraphText', () => {
  it("is the page's first paragraph of prose, not one inside a box", () => {
    const html =
      '<div class="callout"><p>A prerequisite.</p></div><section><p> </p><p>The lesson <strong>teaches</strong> this.</p></section><p>Later.</p>';
    expect(firstParagraphText(html)).toBe('The lesson teaches this.');
  });
  it('is undefined for a page without prose', () => {
    expect(firstParagraphText('<h2>Only a heading</h2>')).toBeUndefined();
  });
});

describe('tocEntries', () => {
  const heading = (depth: number, slug: string, insideCallout = false) => ({
    depth,
    slug,
    text: slug.toUpperCase(),
    insideCallout,
  });
  it('nests h3s under their h2, leaves callout titles out, and is empty for a short page', () => {
    const headings = [
      heading(2, 'a'),
      heading(3, 'a1'),
      heading(2, 'b'),
      heading(2, 'solution', true),
      heading(2, 'c'),
    ];
    expect(tocEntries(headings)).toEqual([
      { slug: 'a', text: 'A', children: [{ slug: 'a1', text: 'A1' }] },
      { slug: 'b', text: 'B', children: [] },
      { slug: 'c', text: 'C', children: [] },
    ]);
    expect(tocEntries(headings.slice(0, 3))).toEqual([]);
  });
});
