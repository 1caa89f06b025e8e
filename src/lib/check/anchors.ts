import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fromDirectiveAttributes } from '../attributes.ts';
import { IdRegistry, kramdownId } from '../slug.ts';
import { textOf, walk, type MdNode } from './mdast.ts';
import { inBody, type CheckedPage } from './parse-page.ts';

/** `id` and `name` anchors in raw HTML the author wrote (`<a name="x">`, `<span id="y">`). */
function htmlAnchors(html: string): string[] {
  const ids: string[] = [];
  visit(fromHtml(html, { fragment: true }) as Root, 'element', (element: Element) => {
    for (const key of ['id', 'name'] as const) {
      const value = element.properties?.[key];
      if (typeof value === 'string' && value) ids.push(value);
    }
  });
  return ids;
}

/**
 * Every id a `#fragment` can land on in a rendered page, computed from its Markdown tree the way
 * the renderer assigns them (`rehype-heading-ids`): explicit heading ids (`{#id}`) as written,
 * other headings and definition terms numbered by kramdown's rules in document order; ids that
 * directives carry (callouts `{#id}`, `::attrs{#id}`, `:span[…]{#id}`); ids in author HTML.
 */
export function anchorsOf(page: CheckedPage): Set<string> {
  const ids = new Set<string>();
  const registry = new IdRegistry();
  walk(page.tree, (node: MdNode) => {
    if (!inBody(page, node)) return;
    if (node.type === 'heading' || node.type === 'descriptionTerm') {
      const explicit = node.data?.hProperties?.id;
      if (typeof explicit === 'string') {
        registry.reserve(explicit);
        ids.add(explicit);
      } else ids.add(registry.unique(kramdownId(textOf(node, false).trim())));
    } else if (node.type.endsWith('Directive')) {
      const { id } = fromDirectiveAttributes(node.attributes);
      if (id) ids.add(id);
    } else if (node.type === 'html' && node.value) {
      for (const id of htmlAnchors(node.value)) ids.add(id);
    }
  });
  ids.delete('');
  return ids;
}
