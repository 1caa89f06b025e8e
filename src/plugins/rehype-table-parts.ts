import type { Element, ElementContent } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { tableParts } from '../lib/normalise/directives.ts';

/**
 * The tables of pandoc's own forms, finished as pandoc prints them (see
 * `normalise/pandoc-tables.ts`): a headerless table loses the empty header row GFM made it write,
 * and a table built from containers loses their marks, each cell holding a lone paragraph showing
 * its text without the `<p>` (pandoc prints such a cell's text bare, like a pipe table's).
 */
export const rehypeTableParts: HastPluginEntry = ({ source }) =>
  /data-headless|:table\b/.test(source) && {
    name: 'table-parts',
    element: {
      filter: [...tableParts],
      visit(node) {
        const { dataDirective, dataHeadless, ...properties } = node.properties ?? {};
        if (dataDirective === undefined && dataHeadless === undefined) return;
        const children =
          dataHeadless !== undefined
            ? node.children.filter((c) => !(c.type === 'element' && c.tagName === 'thead'))
            : node.tagName === 'th' || node.tagName === 'td'
              ? bare(node.children)
              : node.children;
        return { ...node, properties, children };
      },
    },
  };

/** A cell's content: a lone paragraph's text without the paragraph. */
function bare(children: ElementContent[]): ElementContent[] {
  const blocks = children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  const only = blocks.length === 1 ? blocks[0] : undefined;
  return only?.type === 'element' && only.tagName === 'p' ? (only as Element).children : children;
}
