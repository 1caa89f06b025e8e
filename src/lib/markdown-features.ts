import type { Features } from 'satteri';

/**
 * Markdown features of both lesson formats, shared by the renderer and the checker so both read
 * the same tree. Raw HTML is parsed into real elements so plugins see callout wrappers, iframes
 * and images written as HTML like any other element. Pandoc's `$…$` is rewritten to `$$…$$` in
 * lib first; the parser's own single-dollar rule is too loose ("$5 and $10" would be math).
 * Punctuation is typographic, as both toolchains publish it by default (kramdown's `smart_quotes`
 * and `typographic_symbols`, pandoc's `smart` extension): "quotes" and apostrophes curl, `--` and
 * `---` are dashes, `...` an ellipsis; code and raw HTML keep what the author typed.
 */
export const markdownFeatures: Features = {
  gfm: { footnotes: true },
  math: { singleDollarTextMath: false },
  directive: true,
  headingAttributes: true,
  definitionList: true,
  smartPunctuation: true,
  rawHtml: true,
};
