import { describe, expect, it } from 'vitest';
import { demoteHeadings } from '../../../src/lib/demote-headings.ts';

describe('demoteHeadings', () => {
  it('moves every heading and its wrapper class one level down, h6 staying h6', () => {
    const html =
      '<div class="heading-wrapper heading-wrapper-h2"><h2 id="a">A</h2></div><h3>B</h3><h6>C</h6><p class="h2">D</p>';
    expect(demoteHeadings(html)).toBe(
      '<div class="heading-wrapper heading-wrapper-h3"><h3 id="a">A</h3></div><h4>B</h4><h6>C</h6><p class="h2">D</p>',
    );
  });
});
