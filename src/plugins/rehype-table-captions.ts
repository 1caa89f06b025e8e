import type { Element, ElementContent, Text } from 'hast';
import type { HastPluginEntry } from 'satteri';

/** pandoc's caption marker at the start of a paragraph: `Table:`, `table:` or a lone `:`. */
const marker = /^(?:[Tt]able:|:)\s+/;

/**
 * pandoc's table captions (its `table_captions` extension, on in sandpaper): a paragraph starting
 * `Table:` (or `:`) right before or after a table is that table's `<caption>`, its Markdown kept,
 * the marker dropped. CommonMark reads it as a paragraph of its own, marker and all. Workbench
 * pages only (kramdown has no table captions); runs before the tables get their scroll boxes.
 */
export const rehypeTableCaptions: HastPluginEntry = ({ source }) =>
  /^\s*(?:[Tt]able)?:\s/m.test(source) && {
    name: 'table-captions',
    element: {
      filter: ['table'],
      visit(table, ctx) {
        const parent = ctx.parent(table);
        const index = ctx.indexOf(table);
        if (!parent || index === undefined) return;
        // pandoc takes a caption from before the table first, then from after it.
        for (const step of [-1, 1]) {
          const paragraph = neighbour(parent.children, index, step);
          const first = paragraph?.children[0];
          if (!paragraph || first?.type !== 'text' || !marker.test(first.value)) continue;
          const rest: Text = { type: 'text', value: first.value.replace(marker, '') };
          ctx.prependChild(table, {
            type: 'element',
            tagName: 'caption',
            properties: {},
            children: [...(rest.value ? [rest] : []), ...paragraph.children.slice(1)],
          });
          ctx.removeNode(paragraph);
          return;
        }
      },
    },
  };

/** The paragraph next to `index` in direction `step`, across whitespace only. */
function neighbour(
  siblings: readonly ElementContent[] | readonly unknown[],
  index: number,
  step: number,
): Element | undefined {
  for (let k = index + step; k >= 0 && k < siblings.length; k += step) {
    const node = siblings[k] as ElementContent;
    if (node.type === 'text' && node.value.trim() === '') continue;
    return node.type === 'element' && node.tagName === 'p' ? node : undefined;
  }
  return undefined;
}
