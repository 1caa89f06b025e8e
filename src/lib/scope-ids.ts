import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

/**
 * Make the ids of one page's HTML unique when several pages are shown together (all-in-one):
 * `id="x"` becomes `id="prefix-x"`, and same-page links `href="#x"` follow. Works on the parsed
 * tree, so ids in code, comments or attribute text are never touched.
 */
export function scopeIds(html: string, prefix: string): string {
  const tree = fromHtml(html, { fragment: true }) as Root;
  visit(tree, 'element', (element: Element) => {
    const { id, href } = element.properties ?? {};
    if (typeof id === 'string' && id) element.properties.id = `${prefix}-${id}`;
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1)
      element.properties.href = `#${prefix}-${href.slice(1)}`;
    // A tab's `aria-controls`/`aria-labelledby` and a label's `for` name ids too.
    for (const key of ['ariaControls', 'ariaLabelledBy', 'htmlFor'] as const) {
      const value: unknown = element.properties[key];
      const ids = Array.isArray(value)
        ? value.map(String)
        : typeof value === 'string'
          ? value.split(/\s+/)
          : [];
      if (ids.length) element.properties[key] = ids.filter(Boolean).map((v) => `${prefix}-${v}`);
    }
  });
  return toHtml(tree);
}
