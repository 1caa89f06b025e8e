import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { HastPluginEntry } from 'satteri';
import { renderDataOf } from './render-data.ts';

/**
 * The last step: what pages built from this one need, read off the finished tree as data: the
 * instructor notes (for the instructor notes page, with URLs and code already final), and whether
 * the body brings its own `<h1>`.
 */
export const rehypeCollect: HastPluginEntry = {
  name: 'collect',
  before(root, ctx) {
    const first = root.children.find((c) => c.type === 'element');
    renderDataOf(ctx.data).hasOwnH1 = first?.type === 'element' && first.tagName === 'h1';
  },
  element: {
    filter: ['div'],
    visit(node: Element, ctx) {
      if (node.properties?.dataInstructorOnly === undefined) return;
      renderDataOf(ctx.data).instructorNotes.push(toHtml(node));
    },
  },
};
