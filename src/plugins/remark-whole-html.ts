import type { MdastPluginEntry } from 'satteri';

/**
 * Read the whole document as one block of raw HTML: a styles page written as `.html`, which
 * Jekyll passed through no Markdown converter. Read as Markdown, its blank lines would end HTML
 * blocks and its indented lines become code; as one block, it is parsed into elements (the
 * `rawHtml` feature), so the hast plugins see its headings, links and images as in any page.
 */
export const remarkWholeHtml: MdastPluginEntry = {
  name: 'whole-html',
  before(root, ctx) {
    ctx.replaceNode(root, { type: 'root', children: [{ type: 'html', value: ctx.source }] });
  },
};
