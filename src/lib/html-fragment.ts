import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';

/**
 * Rendered HTML as a hast tree, parsed as `hast-util-from-html` parses a fragment but without
 * source positions, which no caller here reads: parse5 tracking locations and hast converting them
 * took a third of the parse. The all-in-one page's copy of every episode is parsed this way in
 * the render step (≈ 0.8 ms less per page; the same tree, so the same HTML out).
 */
export const parseHtmlFragment = (html: string): Root =>
  fromParse5(parseFragment(html, { scriptingEnabled: false })) as Root;
