import type { HastPluginEntry } from 'satteri';
import { IdRegistry, kramdownId } from '../lib/slug.ts';
import { renderDataOf } from './render-data.ts';

/** Give every heading a kramdown-compatible id and record it for the table of contents. */
export const rehypeHeadingIds: HastPluginEntry = () => {
  const ids = new IdRegistry();
  return {
    name: 'heading-ids',
    element: {
      // Definition terms get ids too: kramdown gave them ids, and glossaries link to `#term`.
      filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'dt'],
      visit(node, ctx) {
        const data = renderDataOf(ctx.data);
        const text = ctx.textContent(node).trim();
        const existing = typeof node.properties?.id === 'string' ? node.properties.id : undefined;
        let id: string;
        if (existing) {
          ids.reserve(existing);
          id = existing;
        } else {
          id = ids.unique(kramdownId(text));
          ctx.setProperty(node, 'id', id);
        }
        if (node.tagName === 'dt') return;
        const insideCallout = ctx.parent(node)?.type === 'element' && ['summary', 'div'].includes((ctx.parent(node) as { tagName: string }).tagName);
        data.headings.push({ depth: Number(node.tagName[1]), slug: id, text, insideCallout });
      },
    },
  };
};
