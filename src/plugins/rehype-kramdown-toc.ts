import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { HastPluginEntry } from 'satteri';

/** The element `remark-directives` puts where kramdown's `{:toc}` list was. */
const tocPlaceholder = 'dataKramdownToc';
export const tocPlaceholderHtml = (type: 'ul' | 'ol') => `<nav data-kramdown-toc="${type}"></nav>`;

const headingLevel: Record<string, number> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 };

interface Entry {
  level: number;
  id: string;
  children: ElementContent[];
}

/**
 * kramdown's table of contents (a list followed by `{:toc}`, styles lessons): the list is
 * replaced by one of every heading of the page that has an id, in page order and nested by
 * level, as kramdown's HTML converter built it (`<ul id="markdown-toc">`, each entry a link
 * `#markdown-toc-<id>` to its heading; a heading of class `no_toc` is left out). An entry keeps
 * its heading's markup, without links or footnote references.
 */
export const rehypeKramdownToc: HastPluginEntry = ({ source }) =>
  source.includes('::toc') && {
    name: 'kramdown-toc',
    before(root, ctx) {
      let placeholder: Element | undefined;
      const entries: Entry[] = [];
      const walk = (node: Root | Element) => {
        for (const child of node.children) {
          if (child.type !== 'element') continue;
          if (child.properties?.[tocPlaceholder] !== undefined) placeholder ??= child;
          // The generator's own headings (the footnotes' label) were never kramdown's.
          if (child.properties?.dataFootnotes !== undefined) continue;
          const level = headingLevel[child.tagName];
          const { id, className } = child.properties ?? {};
          const classes = Array.isArray(className) ? className.map(String) : [];
          if (level && typeof id === 'string' && !classes.includes('no_toc'))
            entries.push({ level, id, children: entryContent(child.children) });
          walk(child);
        }
      };
      walk(root as Root);
      if (!placeholder) return;
      const type = placeholder.properties?.[tocPlaceholder] === 'ol' ? 'ol' : 'ul';
      ctx.replaceNode(placeholder, tocTree(entries, type));
    },
  };

/** Nest the entries by level, as kramdown's `generate_toc_tree` does. */
function tocTree(entries: Entry[], type: 'ul' | 'ol'): Element {
  const list = (children: Element[], id?: string): Element => ({
    type: 'element',
    tagName: type,
    properties: id ? { id } : {},
    children,
  });
  const top = list([], 'markdown-toc');
  const stack: { level: number; sublist: Element }[] = [];
  for (const { level, id, children } of entries) {
    const sublist = list([]);
    const item: Element = {
      type: 'element',
      tagName: 'li',
      properties: {},
      children: [
        {
          type: 'element',
          tagName: 'a',
          properties: { href: `#${id}`, id: `markdown-toc-${id}` },
          children,
        },
        sublist,
      ],
    };
    while (stack.length && stack[stack.length - 1]!.level >= level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.sublist : top).children.push(item);
    stack.push({ level, sublist });
  }
  // An entry with no deeper entries has no empty list under it.
  const prune = (node: Element) => {
    for (const item of node.children as Element[]) {
      const sub = item.children[1] as Element;
      if (sub.children.length) prune(sub);
      else item.children.pop();
    }
  };
  prune(top);
  return top;
}

/** A heading's content for its entry: links unwrapped, footnote references and anchors dropped. */
function entryContent(children: readonly ElementContent[]): ElementContent[] {
  const out: ElementContent[] = [];
  for (const child of children) {
    if (child.type !== 'element') {
      out.push(structuredClone(child));
      continue;
    }
    if (child.tagName === 'sup' && child.children.some(isFootnoteLink)) continue;
    if (child.tagName === 'a') out.push(...entryContent(child.children));
    else out.push({ ...structuredClone(child), children: entryContent(child.children) });
  }
  return out;
}

const isFootnoteLink = (node: RootContent | ElementContent) =>
  node.type === 'element' && node.properties?.dataFootnoteRef !== undefined;
