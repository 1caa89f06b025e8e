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
        // pandoc takes a caption from before the table first, then from after it; a caption
        // between two tables is the first one's, unless that one has a caption before it.
        for (const step of [-1, 1]) {
          const at = neighbourIndex(parent.children, index, step);
          const paragraph = at === undefined ? undefined : captionAt(parent.children, at);
          if (!paragraph || (step === -1 && takenByTableBefore(parent.children, at!))) continue;
          const first = paragraph.children[0] as Text;
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

type Siblings = readonly ElementContent[] | readonly unknown[];

/** The index of the node next to `index` in direction `step`, across whitespace only. */
function neighbourIndex(siblings: Siblings, index: number, step: number): number | undefined {
  for (let k = index + step; k >= 0 && k < siblings.length; k += step) {
    const node = siblings[k] as ElementContent;
    if (node.type === 'text' && node.value.trim() === '') continue;
    return k;
  }
  return undefined;
}

/** The paragraph at `index`, if it starts with a caption marker. */
function captionAt(siblings: Siblings, index: number): Element | undefined {
  const node = siblings[index] as ElementContent;
  if (node.type !== 'element' || node.tagName !== 'p') return undefined;
  const first = node.children[0];
  return first?.type === 'text' && marker.test(first.value) ? node : undefined;
}

/**
 * Whether the caption paragraph at `index` went to the table right before it: pandoc reads that
 * table first, and it takes the caption after it unless it has one before it.
 */
function takenByTableBefore(siblings: Siblings, index: number): boolean {
  const table = neighbourIndex(siblings, index, -1);
  const node = table === undefined ? undefined : (siblings[table] as ElementContent);
  if (node?.type !== 'element' || node.tagName !== 'table') return false;
  const front = neighbourIndex(siblings, table!, -1);
  const hasFront =
    front !== undefined && !!captionAt(siblings, front) && !takenByTableBefore(siblings, front);
  return !hasFront;
}
