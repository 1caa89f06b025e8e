import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import type { LessonFormat } from '../lib/lesson/types.ts';
import { assignPageIds, type IdTarget, type TextRun } from '../lib/slug.ts';
import { renderDataOf } from './render-data.ts';
import { markdownHeadingMark } from './remark-markdown-headings.ts';

const headingTags = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Give every heading the id the lesson's own toolchain gave it (kramdown for styles lessons,
 * pandoc for Workbench ones; see `lib/slug.ts`), and definition terms and raw HTML headings an
 * id too, one the toolchain's ids do not need; record the headings for the table of contents.
 * Headings written in Markdown are marked by `remark-markdown-headings`. Runs before math is
 * rendered: both toolchains read a heading's TeX as its source.
 */
export const rehypeHeadingIds =
  (format: LessonFormat): HastPluginEntry =>
  () => ({
    name: 'heading-ids',
    // The whole page at once: an id depends on every heading before it (numbered repeats) and on
    // the ids the rest of the page holds (a renumbered repeat must not take a later one's id).
    before(root, ctx) {
      const targets: IdTarget[] = [];
      // The element of each target that gets an id from here, with its parent.
      const elements: ({ node: Element; parent: Root | Element } | undefined)[] = [];
      const visit = (node: Root | RootContent, parent: Root | Element) => {
        if (node.type === 'element') {
          const own = typeof node.properties?.id === 'string' ? node.properties.id : undefined;
          const markdown = node.properties?.[markdownHeadingMark] !== undefined;
          if (markdown) ctx.setProperty(node, markdownHeadingMark, undefined);
          if (headingTags.has(node.tagName) && (markdown || !own)) {
            elements.push({ node, parent });
            targets.push(
              markdown
                ? { kind: 'heading', text: textRuns(node, format), explicit: own }
                : { kind: 'extra', text: textRuns(node, format) },
            );
          } else if (node.tagName === 'dt' && !own && !hasDescendantId(node)) {
            // A glossary term that carries its own anchor (`[term]{#id}`) needs no second id.
            elements.push({ node, parent });
            targets.push({ kind: 'extra', text: textRuns(node, format), term: true });
          } else if (own) {
            // Raw HTML headings with an id are table-of-contents entries like any other.
            elements.push(headingTags.has(node.tagName) ? { node, parent } : undefined);
            targets.push({ kind: 'fixed', id: own });
          }
        }
        if (node.type === 'root' || node.type === 'element')
          for (const child of node.children) visit(child, node);
      };
      visit(root as Root, root as Root);

      const ids = assignPageIds(targets, format);
      const data = renderDataOf(ctx.data);
      for (const [i, element] of elements.entries()) {
        if (!element) continue;
        const { node, parent } = element;
        const id = ids[i] ?? (node.properties?.id as string);
        if (node.properties?.id !== id) ctx.setProperty(node, 'id', id);
        if (node.tagName === 'dt') continue;
        // A callout's title (rehype-callouts ran first): an anchor, not a contents entry.
        const insideCallout =
          parent.type === 'element' &&
          (parent.tagName === 'summary' ||
            (Array.isArray(parent.properties?.className) &&
              parent.properties.className.includes('callout')));
        data.headings.push({
          depth: Number(node.tagName[1]),
          slug: id,
          text: ctx.textContent(node).trim(),
          insideCallout,
        });
      }
    },
  });

/**
 * The heading's text as its toolchain reads it: code and TeX as written; an image's alt text
 * for pandoc (kramdown reads none); a `<br>` is a space for pandoc (kramdown reads nothing);
 * footnote markers, comments and raw HTML not at all.
 */
function textRuns(node: Element, format: LessonFormat): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (child: ElementContent) => {
    if (child.type === 'text') runs.push({ text: child.value });
    if (child.type !== 'element') return;
    if (child.tagName === 'code') runs.push({ text: plainText(child), literal: true });
    else if (child.tagName === 'img') {
      if (format === 'workbench' && typeof child.properties?.alt === 'string')
        runs.push({ text: child.properties.alt });
    } else if (child.tagName === 'br') {
      if (format === 'workbench') runs.push({ text: ' ' });
    } else if (!isFootnoteReference(child)) child.children.forEach(visit);
  };
  node.children.forEach(visit);
  return runs;
}

function plainText(node: ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(plainText).join('') : '';
}

const isFootnoteReference = (node: Element) =>
  node.tagName === 'sup' &&
  node.children.some(
    (child) => child.type === 'element' && child.properties?.dataFootnoteRef !== undefined,
  );

function hasDescendantId(node: Element): boolean {
  return node.children.some(
    (child) =>
      child.type === 'element' && (child.properties?.id !== undefined || hasDescendantId(child)),
  );
}
