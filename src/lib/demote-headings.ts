import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { parseHtmlFragment } from './html-fragment.ts';

const level = /^h([1-6])$/;

/**
 * One page's HTML shown as a section of another (the setup instructions on a Workbench home
 * page, under their own h2): every heading one level down (h2 → h3, h6 stays h6), and the
 * heading wrappers' level classes with them, so the outline nests instead of running flat.
 */
export function demoteHeadings(html: string): string {
  const tree = parseHtmlFragment(html);
  const lower = (tag: string) => `h${Math.min(6, Number(level.exec(tag)![1]) + 1)}`;
  visit(tree, 'element', (element: Element) => {
    if (level.test(element.tagName)) element.tagName = lower(element.tagName);
    const classes = element.properties.className;
    if (Array.isArray(classes))
      element.properties.className = classes.map((c) =>
        typeof c === 'string' && c.startsWith('heading-wrapper-h')
          ? `heading-wrapper-${lower(c.slice('heading-wrapper-'.length))}`
          : c,
      );
  });
  return toHtml(tree);
}
