import type { HastPluginEntry } from 'satteri';
import { IdRegistry, kramdownId } from '../lib/slug.ts';
import { renderDataOf } from './render-data.ts';

/** Give every heading a kramdown-compatible id and record it for the table of contents. */
export const rehypeHeadingIds: HastPluginEntry = () => {
  const ids = new IdRegistry();
  return {
    name: 'heading-ids',
    // Ids written by the author (`{#setup}`, raw HTML) are reserved before any is generated,
    // so `## Setup` before `## Linux {#setup}` cannot produce two `id="setup"`.
    before(root) {
      const visit = (node: {
        type?: string;
        properties?: { id?: unknown };
        children?: unknown[];
      }) => {
        if (node.type === 'element' && typeof node.properties?.id === 'string')
          ids.reserve(node.properties.id);
        for (const child of node.children ?? []) visit(child as typeof node);
      };
      visit(root as never);
    },
    element: {
      // Definition terms get ids too: kramdown gave them ids, and glossaries link to `#term`.
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt'],
      visit(node, ctx) {
        const data = renderDataOf(ctx.data);
        const text = ctx.textContent(node).trim();
        const existing = typeof node.properties?.id === 'string' ? node.properties.id : undefined;
        // A glossary term that carries its own anchor (`[term]{#id}`) needs no second id.
        if (node.tagName === 'dt' && !existing && hasDescendantId(node)) return;
        let id: string;
        if (existing) {
          id = existing;
        } else {
          id = ids.unique(kramdownId(text));
          ctx.setProperty(node, 'id', id);
        }
        if (node.tagName === 'dt') return;
        const insideCallout =
          ctx.parent(node)?.type === 'element' &&
          ['summary', 'div'].includes((ctx.parent(node) as { tagName: string }).tagName);
        data.headings.push({ depth: Number(node.tagName[1]), slug: id, text, insideCallout });
      },
    },
  };
};

function hasDescendantId(node: { children?: unknown[] }): boolean {
  return (node.children ?? []).some((child) => {
    const element = child as { type?: string; properties?: { id?: unknown }; children?: unknown[] };
    return (
      element.type === 'element' &&
      (element.properties?.id !== undefined || hasDescendantId(element))
    );
  });
}
