import type { Element } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { hasClass } from './has-class.ts';
import { t, type UiStrings } from '../lib/i18n/index.ts';

/**
 * A `#` link after each h2/h3 that has an id (run after rehype-heading-ids), so a reader can
 * copy a link to the section. Heading and link share a wrapper rather than the link sitting
 * inside the heading: the heading's text (its accessible name, the table of contents, search
 * sub-results) stays the author's. A heading only screen readers get (`sr-only`) gets none. Headings inside a `<summary>` (solution titles) get none: a
 * link inside the summary would fight the fold's own click. Neither do tab titles (run after
 * rehype-tabs), which become the tab buttons. The link's accessible name ("Link to this
 * section", in the page's language) is the same for all; the heading it follows says which.
 */
export const rehypeHeadingAnchors = (strings: UiStrings): HastPluginEntry => ({
  name: 'heading-anchors',
  element: {
    filter: ['h2', 'h3'],
    visit(node, ctx) {
      const id = node.properties?.id;
      // The footnotes' label is for screen readers only: no link beside an invisible heading.
      if (typeof id !== 'string' || id === '' || hasClass(node, 'sr-only')) return;
      const parent = ctx.parent(node);
      if (
        parent?.type === 'element' &&
        (parent.tagName === 'summary' ||
          hasClass(parent, 'heading-wrapper') ||
          hasClass(parent, 'tab-panel'))
      )
        return;
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: {
          className: ['heading-anchor'],
          href: `#${id}`,
          ariaLabel: t(strings, 'heading.anchor'),
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '#' }],
      };
      ctx.wrapNode(node, {
        type: 'element',
        tagName: 'div',
        properties: { className: ['heading-wrapper', `heading-wrapper-${node.tagName}`] },
        children: [anchor],
      });
    },
  },
});
