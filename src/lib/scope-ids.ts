import type { Element, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { parseHtmlFragment } from './html-fragment.ts';
import { relativeSitePath } from './lesson/urls.ts';

export interface RehomeOptions {
  /** Site path of the page the HTML was rendered for (`/02-basics/`). */
  from: string;
  /** Site path of the page that shows it (`/aio/`). */
  to: string;
  /**
   * Prefix for the HTML's ids, when several pages are shown together (all-in-one): `id="x"`
   * becomes `id="prefix-x"`. Without it, ids stay as they are.
   */
  idPrefix?: string;
}

/** Attributes that hold a URL, per element; the ones a rendered lesson page has. */
const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  iframe: ['src'],
};

const hasScheme = /^[a-z][a-z\d+.-]*:/i;
const origin = 'http://site.invalid';

/**
 * Show one page's rendered HTML on another page (the all-in-one page, the instructor notes page)
 * so that every relative URL leads where it led on the page it came from: a link to a place in
 * the same HTML stays on the showing page (at its scoped id), a link to a place of the source
 * page that the HTML does not hold (`#x` with no `x` in it, `./`) goes to the source page, and
 * other relative URLs are rewritten for the showing page's folder. Works on the parsed tree, so
 * ids in code, comments or attribute text are never touched.
 */
export function rehomeHtml(html: string, { from, to, idPrefix }: RehomeOptions): string {
  if (from === to && !idPrefix) return html;
  const tree = parseHtmlFragment(html);
  const ids = new Set<string>();
  eachElement(tree, (element) => {
    const { id } = element.properties ?? {};
    if (typeof id === 'string' && id) ids.add(id);
  });
  const scoped = (id: string) => (idPrefix ? `${idPrefix}-${id}` : id);
  const rewrite = (url: string): string => {
    const value = url.trim();
    if (!value || value.startsWith('//') || value.startsWith('/') || hasScheme.test(value))
      return url;
    let target: URL;
    try {
      target = new URL(value, `${origin}${from}`);
    } catch {
      return url;
    }
    const fragment = decodeFragment(target.hash);
    const samePage = target.pathname === new URL(from, origin).pathname && !target.search;
    if (samePage && ids.has(fragment)) return `#${scoped(fragment)}`;
    // `#` and `#top` scroll to the top of whatever page they are on (HTML), no id needed.
    if (value.startsWith('#') && (!fragment || fragment.toLowerCase() === 'top')) return url;
    const path = relativeSitePath(to, target.pathname);
    return `${path}${target.search}${target.hash}`;
  };
  eachElement(tree, (element) => {
    const properties = element.properties ?? {};
    const { id } = properties;
    if (typeof id === 'string' && id) properties.id = scoped(id);
    for (const name of urlAttributes[element.tagName] ?? []) {
      const value: unknown = properties[name];
      if (typeof value === 'string') properties[name] = rewrite(value);
    }
    // A tab's `aria-controls`/`aria-labelledby` and a label's `for` name ids too.
    if (idPrefix)
      for (const key of ['ariaControls', 'ariaLabelledBy', 'htmlFor'] as const) {
        const value: unknown = properties[key];
        const named = Array.isArray(value)
          ? value.map(String)
          : typeof value === 'string'
            ? value.split(/\s+/)
            : [];
        if (named.length) properties[key] = named.filter(Boolean).map(scoped);
      }
  });
  return toHtml(tree);
}

/**
 * Every element of the tree, in document order. A plain walk: this runs over every episode of a
 * lesson in the render step, where unist-util-visit's generic tests and ancestor stacks cost a
 * third of the whole rewrite.
 */
function eachElement(node: Root | Element, visitor: (element: Element) => void): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    visitor(child);
    eachElement(child, visitor);
  }
}

function decodeFragment(hash: string): string {
  const raw = hash.slice(1);
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Make the ids of one page's HTML unique on a page that shows several (`id="x"` becomes
 * `id="prefix-x"`, and same-page `href="#x"` follows), leaving every other URL as it is. For HTML
 * shown on a page at another address, `rehomeHtml` also keeps its relative URLs leading where they
 * led; this stays for callers that show HTML at its own depth and want the ids scoped only.
 */
export function scopeIds(html: string, prefix: string): string {
  const tree = parseHtmlFragment(html);
  eachElement(tree, (element) => {
    const { id, href } = element.properties ?? {};
    if (typeof id === 'string' && id) element.properties.id = `${prefix}-${id}`;
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1)
      element.properties.href = `#${prefix}-${href.slice(1)}`;
    for (const key of ['ariaControls', 'ariaLabelledBy', 'htmlFor'] as const) {
      const value: unknown = element.properties[key];
      const ids = Array.isArray(value)
        ? value.map(String)
        : typeof value === 'string'
          ? value.split(/\s+/)
          : [];
      if (ids.length) element.properties[key] = ids.filter(Boolean).map((v) => `${prefix}-${v}`);
    }
  });
  return toHtml(tree);
}
