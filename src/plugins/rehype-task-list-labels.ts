import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';

/** Elements that end a task item's label: the nested list or block content after its text. */
const blockTags = new Set([
  'ul',
  'ol',
  'p',
  'div',
  'pre',
  'blockquote',
  'table',
  'figure',
  'details',
  'dl',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);

const isCheckbox = (node: ElementContent | undefined): boolean =>
  node?.type === 'element' &&
  node.tagName === 'input' &&
  String(node.properties?.type).toLowerCase() === 'checkbox';

/**
 * GFM task lists (`- [ ] item`) render as `<li><input type="checkbox" disabled> item</li>`: a form
 * control without a label, which screen readers announce as an unnamed checkbox (WCAG 4.1.2,
 * axe `label`). Wrap the checkbox and the item's text in a `<label>`, so the text names it; a
 * nested list or block after the text stays outside the label. The checkbox is enabled: a
 * checklist in a lesson is for the learner to tick off while working through it (the ticks are
 * not kept), and a disabled box reads as greyed-out, unfinished furniture.
 */
export const rehypeTaskListLabels: HastPluginEntry = {
  name: 'task-list-labels',
  element: {
    filter: ['li'],
    visit(node, ctx) {
      const item = node as Element;
      // Tight list: the checkbox is the item's first element; loose list: the first paragraph's.
      const firstElement = item.children.find((c): c is Element => c.type === 'element');
      const container = isCheckbox(firstElement)
        ? item
        : firstElement?.tagName === 'p' &&
            isCheckbox(firstElement.children.find((c) => c.type === 'element'))
          ? firstElement
          : undefined;
      if (!container) return;
      const children = [...container.children];
      const start = children.findIndex((c) => isCheckbox(c));
      let end = start + 1;
      while (
        end < children.length &&
        !(children[end]!.type === 'element' && blockTags.has((children[end] as Element).tagName))
      )
        end++;
      const label: Element = {
        type: 'element',
        tagName: 'label',
        properties: {},
        children: children
          .slice(start, end)
          .map((child) =>
            isCheckbox(child)
              ? { ...(child as Element), properties: enabled((child as Element).properties) }
              : child,
          ),
      };
      ctx.replaceNode(container, {
        ...container,
        children: [...children.slice(0, start), label, ...children.slice(end)],
      });
    },
  },
};

function enabled(properties: Element['properties']): Element['properties'] {
  const { disabled: _, ...rest } = properties;
  return rest;
}
