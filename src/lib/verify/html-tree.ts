import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/** Parse a built page; parse errors are the HTML validator's business, not ours. */
export const parsePage = (html: string): Root => fromHtml(html, { onerror: undefined });

/** hast keeps `class` as an array and numbers as numbers; the checks want the written string. */
export function attribute(node: Element, name: string): string | undefined {
  const value = node.properties?.[name];
  if (value === undefined || value === null || value === false) return undefined;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

/** Every fragment target of a page: `id` on any element, and the legacy `<a name>`. */
export function anchorsOf(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    const id = attribute(node, 'id');
    if (id) ids.add(id);
    const name = node.tagName === 'a' ? attribute(node, 'name') : undefined;
    if (name) ids.add(name);
  });
  return ids;
}

/** Whether a page runs a script of its own (inline or loaded), which may add ids after load. */
export function hasScript(tree: Root): boolean {
  let found = false;
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'script') return;
    const type = attribute(node, 'type')?.toLowerCase() ?? '';
    // Data blocks (`application/json`, `text/template`) are not run.
    if (!type || /javascript|ecmascript|module/.test(type)) found = true;
  });
  return found;
}
