import type { Element, ElementContent, Properties } from 'hast';
import type { HastPluginEntry } from 'satteri';
import { t, type UiStrings } from '../lib/i18n/index.ts';
import { highlightToHast } from './highlighter.ts';
import { renderDataOf } from './render-data.ts';

/**
 * Blocks that show what a program printed rather than code to type, and the interface string
 * that labels each. Styles lessons mark them with `{: .output}`, Workbench lessons with
 * ```` ```output ````; both arrive here as the info string.
 */
export const codeBlockKinds: Readonly<
  Record<string, 'code.output' | 'code.error' | 'code.warning' | 'code.source'>
> = {
  output: 'code.output',
  error: 'code.error',
  warning: 'code.warning',
  source: 'code.source',
};

const element = (
  tagName: string,
  className: string[],
  children: ElementContent[],
  properties: Properties = {},
): Element => ({
  type: 'element',
  tagName,
  properties: className.length ? { className, ...properties } : properties,
  children,
});

const text = (value: string): ElementContent => ({ type: 'text', value });

/**
 * Code blocks: highlighted at build time with shiki (no highlighting JavaScript is shipped),
 * wrapped in a figure-like box with a label: the language for code, Output/Error/… (in the page's
 * language) otherwise.
 */
export const rehypeCodeBlocks = (strings: UiStrings): HastPluginEntry => ({
  name: 'code-blocks',
  element: {
    filter: ['pre'],
    async visit(node, ctx) {
      const code = node.children.find(
        (c): c is Element => c.type === 'element' && c.tagName === 'code',
      );
      if (!code) return;
      const classes = Array.isArray(code.properties?.className)
        ? (code.properties.className as string[])
        : [];
      // R Markdown chunks say ```{r, echo=FALSE}: the language is the first word inside the braces.
      const info = classes.find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? '';
      const lang = /^\{?\s*([\w+#.-]+)/.exec(info)?.[1] ?? '';
      const source = ctx.textContent(code).replace(/\n$/, '');
      const kind = Object.hasOwn(codeBlockKinds, lang.toLowerCase())
        ? codeBlockKinds[lang.toLowerCase()]
        : undefined;
      const plain = element('pre', [], [element('code', [], [text(source)])], { tabIndex: 0 });
      if (kind)
        return element(
          'div',
          ['code-block', `code-${lang.toLowerCase()}`],
          [element('p', ['code-label'], [text(t(strings, kind))]), plain],
        );
      const highlighted = lang
        ? ((await highlightToHast(source, lang)) as Element | undefined)
        : undefined;
      // shiki's <pre> already has tabindex=0, so keyboard users can scroll wide code.
      if (highlighted) renderDataOf(ctx.data).languages.add(lang);
      const label = lang ? [element('p', ['code-label'], [text(lang)])] : [];
      return element(
        'div',
        ['code-block', 'code-input', ...(lang ? [`language-${lang}`] : [])],
        [...label, highlighted ?? plain],
      );
    },
  },
});
