import type { Element } from 'hast';
import katex from 'katex';
import type { HastPluginEntry } from 'satteri';
import { renderDataOf } from './render-data.ts';

/**
 * TeX math rendered with KaTeX at build time: learners get HTML and MathML, no script and no
 * CDN. A formula KaTeX cannot parse is shown as its source, in the error colour, not dropped.
 */
/** A formula as KaTeX's HTML and MathML; one KaTeX cannot parse shows its source in red. */
export const renderTex = (tex: string, displayMode: boolean): string =>
  katex.renderToString(tex, {
    displayMode,
    throwOnError: false,
    output: 'htmlAndMathml',
    strict: 'ignore',
  });

export const rehypeMath: HastPluginEntry = ({ source }) =>
  source.includes('$$') && {
    name: 'math',
    element: {
      filter: ['code', 'pre'],
      visit(node, ctx) {
        const code =
          node.tagName === 'pre'
            ? node.children.find((c): c is Element => c.type === 'element' && c.tagName === 'code')
            : node;
        const classes = Array.isArray(code?.properties?.className)
          ? (code.properties.className as string[])
          : [];
        const display = classes.includes('math-display');
        if (!code || !(display || classes.includes('math-inline'))) return;
        if (node.tagName === 'code' && display) return; // handled through its <pre>
        // Display math written within a line (pandoc's `$$…$$` there): display, in its paragraph.
        const inText = node.tagName === 'code' && code.properties?.dataDisplay !== undefined;
        const html = renderTex(ctx.textContent(code), display || inText);
        renderDataOf(ctx.data).math = true;
        return {
          type: 'raw',
          value: display
            ? `<div class="math-display">${html}</div>`
            : inText
              ? `<span class="math-display">${html}</span>`
              : html,
        } as never;
      },
    },
  };
