import { walk, textOf, type MdNode } from './mdast.ts';
import { inBody, type CheckedPage } from './parse-page.ts';

/** A URL an author wrote in a page's body: a link or an image, in Markdown or raw HTML. */
export interface UrlUse {
  kind: 'link' | 'image' | 'iframe';
  url: string;
  /** Link text or image alt text as a reader gets it; undefined for raw HTML without one. */
  text?: string;
  node: MdNode;
}

// Raw HTML the renderer keeps as elements: `<a href>`, `<img src alt>`, `<iframe src>`.
const htmlTag = /<(a|img|iframe)\b([^>]*)>/gi;
const attribute = (attributes: string, name: string) =>
  new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(attributes);

const cache = new WeakMap<CheckedPage, UrlUse[]>();

/**
 * Every URL used in the body. Reference links and images are resolved through the page's
 * definitions, links.md's included, so a URL defined once is checked where it is used.
 */
export function urlUses(page: CheckedPage): UrlUse[] {
  const cached = cache.get(page);
  if (cached) return cached;
  const definitions = new Map<string, string>();
  walk(page.tree, (node) => {
    if (node.type === 'definition' && node.identifier && !definitions.has(node.identifier))
      definitions.set(node.identifier, node.url ?? '');
  });
  const uses: UrlUse[] = [];
  walk(page.tree, (node) => {
    if (!inBody(page, node)) return;
    if (node.type === 'link')
      uses.push({ kind: 'link', url: node.url ?? '', text: textOf(node), node });
    else if (node.type === 'image')
      uses.push({ kind: 'image', url: node.url ?? '', text: node.alt ?? '', node });
    else if (node.type === 'linkReference' || node.type === 'imageReference') {
      const url = definitions.get(node.identifier ?? '');
      if (url === undefined) return;
      uses.push(
        node.type === 'linkReference'
          ? { kind: 'link', url, text: textOf(node), node }
          : { kind: 'image', url, text: node.alt ?? '', node },
      );
    } else if (node.type === 'html' && node.value?.includes('<')) {
      for (const [, tag, attributes] of node.value.matchAll(htmlTag)) {
        const name = tag!.toLowerCase();
        const value = (key: string) => {
          const m = attribute(attributes!, key);
          return m ? (m[1] ?? m[2] ?? m[3] ?? '') : undefined;
        };
        const url = value(name === 'a' ? 'href' : 'src');
        if (url === undefined) continue;
        uses.push({
          kind: name === 'a' ? 'link' : name === 'img' ? 'image' : 'iframe',
          url,
          text: name === 'img' ? value('alt') : undefined,
          node,
        });
      }
    }
  });
  cache.set(page, uses);
  return uses;
}
