import type { Features } from 'satteri';
import type { LessonFormat } from './lesson/types.ts';

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

/**
 * The features of one format: pandoc reads `H~2~O` and `x^2^` as sub- and superscripts, kramdown
 * has neither (`remark-scripts` narrows the parser's rule to pandoc's).
 */
export const markdownFeaturesOf = (format: LessonFormat): Features =>
  format === 'workbench' ? workbenchFeatures : markdownFeatures;

const workbenchFeatures: Features = { ...markdownFeatures, subscript: true, superscript: true };
