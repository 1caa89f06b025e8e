import type { MdastPluginEntry } from 'satteri';

/** Property set on the hast element of every heading written in Markdown; removed by its reader. */
export const markdownHeadingMark = 'dataMarkdownHeading';

/**
 * Mark the headings written in Markdown (`## Title`), so `rehype-heading-ids` can tell them from
 * headings written as raw HTML (`<h2>Title</h2>`), which kramdown and pandoc gave no id and
 * did not count when numbering repeats. The parsed tree no longer tells them apart.
 */
export const remarkMarkdownHeadings: MdastPluginEntry = {
  name: 'markdown-headings',
  heading(node, ctx) {
    // `data` is an open bag on the wire; mdast's types do not declare hProperties.
    const data = (node.data ?? {}) as { hProperties?: Record<string, unknown> };
    ctx.setProperty(node, 'data', {
      ...data,
      hProperties: { ...data.hProperties, [markdownHeadingMark]: '' },
    });
  },
};
