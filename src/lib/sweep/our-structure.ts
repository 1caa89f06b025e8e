import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { calloutKind } from '../callouts.ts';
import { parsePage } from '../verify/html-tree.ts';
import {
  classesOf,
  collectStructure,
  findElement,
  hasClass,
  languageClass,
  stringProperty,
  type BodyStructure,
  type Dialect,
} from './structure.ts';

/*
 * The one place that knows how this generator marks up an episode. When the page markup changes
 * (callout elements, code block wrappers, the body container), change this adapter and its test;
 * the comparison itself does not move.
 *
 * Today:
 * - body: `<div class="lesson-content">` in `<main>`; the overview and key points boxes, the
 *   header and the pagination are its siblings, so they are left out by taking the body alone;
 * - callouts: `<div class="callout" data-kind="challenge">`, folding ones `<details
 *   class="callout" data-kind="solution">` (rehype-callouts); instructor notes are a callout of
 *   kind `instructor`, as both reference toolchains render them in the page;
 * - tabs: `<div class="tabs" data-tabs="tab|group">`, the fenced div they came from;
 * - code: `<div class="code-block code-input language-x">` around the `<pre>`;
 * - headings: `<div class="heading-wrapper">` around the heading and its `#` anchor link;
 * - footnotes: `<section data-footnotes>` with a visually hidden `<h2 id="footnote-label">`.
 */
const ourDialect: Dialect = {
  // The footnotes' heading is for screen readers (GFM's `footnote-label`); pandoc writes none.
  skip: (node) => /^h[23]$/.test(node.tagName) && stringProperty(node, 'id') === 'footnote-label',
  calloutKind: (node) => {
    if (hasClass(node, 'tabs'))
      return stringProperty(node, 'dataTabs') === 'group' ? 'group-tab' : 'tab';
    if (!hasClass(node, 'callout')) return undefined;
    return calloutKind(stringProperty(node, 'dataKind') ?? '')?.name;
  },
  codeLanguage: (pre, ancestors) => {
    const block = ancestors.toReversed().find((a) => hasClass(a, 'code-block'));
    return block ? languageClass(classesOf(block)) : undefined;
  },
  headingId: (heading) => stringProperty(heading, 'id'),
  // The anchor link is a sibling today; drop it too should it move inside the heading.
  headingText: (heading) =>
    toText({
      ...heading,
      children: heading.children.filter(
        (c) => !(c.type === 'element' && hasClass(c, 'heading-anchor')),
      ),
    }),
};

const isBody = (node: Element) => hasClass(node, 'lesson-content');

/** Structure of one of our built episode pages, served at `pageUrl` (`/05-history/`) under `base`. */
export function ourStructure(html: string, pageUrl: string, base = '/'): BodyStructure | undefined {
  const tree = parsePage(html);
  const main = findElement(tree, (node) => node.tagName === 'main');
  const body = main && findElement(main, isBody);
  return body && collectStructure(body, ourDialect, pageUrl, base);
}
