import type { Features } from 'satteri';

/**
 * Markdown features of both lesson formats, shared by the renderer and the checker so both read
 * the same tree. Raw HTML is parsed into real elements so plugins see callout wrappers, iframes
 * and images written as HTML like any other element. Pandoc's `$…$` is rewritten to `$$…$$` in
 * lib first; the parser's own single-dollar rule is too loose ("$5 and $10" would be math).
 */
export const markdownFeatures: Features = {
  gfm: { footnotes: true },
  math: { singleDollarTextMath: false },
  directive: true,
  headingAttributes: true,
  definitionList: true,
  smartPunctuation: false,
  rawHtml: true,
};
