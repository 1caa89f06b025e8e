import type { HastPluginEntry } from 'satteri';

/**
 * Every table in a box that scrolls sideways when the table is wider than the text column (a
 * phone, a table of many columns), instead of the whole page scrolling. The box takes keyboard
 * focus (WCAG 2.1.1, axe `scrollable-region-focusable`), so a keyboard can scroll it as a
 * mouse or a finger can; code blocks get the same from the highlighter.
 */
export const rehypeTableScroll: HastPluginEntry = ({ source }) =>
  /\||<table|:table\b/i.test(source) && {
    name: 'table-scroll',
    element: {
      filter: ['table'],
      visit(node, ctx) {
        const parent = ctx.parent(node);
        const classes = parent?.type === 'element' ? parent.properties?.className : undefined;
        if (Array.isArray(classes) && classes.includes('table-scroll')) return;
        ctx.wrapNode(node, {
          type: 'element',
          tagName: 'div',
          properties: { className: ['table-scroll'], tabIndex: 0 },
          children: [],
        });
      },
    },
  };
