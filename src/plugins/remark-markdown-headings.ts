import type { MdastPluginDefinition } from 'satteri';
import type { LessonFormat } from '../lib/lesson/types.ts';

/** Property set on the hast element of every heading written in Markdown; removed by its reader. */
export const markdownHeadingMark = 'dataMarkdownHeading';

interface Positioned {
  position?: { start: { offset?: number }; end: { offset?: number } };
}

/**
 * Mark the headings written in Markdown (`## Title`), so `rehype-heading-ids` can tell them from
 * headings written as raw HTML (`<h2>Title</h2>`), which kramdown and pandoc gave no id and
 * did not count when numbering repeats. The parsed tree no longer tells them apart. In Workbench
 * pages the mark holds the heading's text as written, which pandoc's implicit references name it
 * by (see `normalise/pandoc-header-references.ts`); elsewhere it is empty.
 */
export function remarkMarkdownHeadings(format: LessonFormat): MdastPluginDefinition {
  const labels = format === 'workbench';
  return {
    name: 'markdown-headings',
    ...(labels && { options: { position: true } }),
    heading(node, ctx) {
      // `data` is an open bag on the wire; mdast's types do not declare hProperties.
      const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
      const children = node.children as readonly Positioned[];
      const from = children[0]?.position?.start.offset;
      const to = children[children.length - 1]?.position?.end.offset;
      const label =
        labels && from !== undefined && to !== undefined ? ctx.source.slice(from, to) : '';
      ctx.setProperty(node, 'data', {
        ...data,
        hProperties: { ...data.hProperties, [markdownHeadingMark]: label },
      });
    },
  };
}
