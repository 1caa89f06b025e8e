import { markdownToMdast } from 'satteri';
import { markdownFeatures } from '../markdown-features.ts';
import { internalDirectives } from '../normalise/directives.ts';

/**
 * The slice of an mdast node the checker reads. Satteri's own types are richer; rules only need
 * these fields, and a local shape keeps them independent of its materialised classes.
 */
export interface MdNode {
  type: string;
  children?: MdNode[];
  value?: string;
  url?: string;
  alt?: string | null;
  lang?: string | null;
  depth?: number;
  identifier?: string;
  referenceType?: string;
  /** Directives: their name and attributes. */
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  data?: { hProperties?: Record<string, unknown> };
  position?: {
    start: { line: number; column: number; offset: number };
    end: { line: number; column: number; offset: number };
  };
}

/**
 * Parse with the renderer's own parser (satteri), so the checker sees the tree the build sees,
 * with the author's text that merely looks like a directive put back as text, as the renderer's
 * `remark-directives` does.
 */
export function parseMarkdown(markdown: string): MdNode {
  const tree = markdownToMdast(markdown, {
    features: markdownFeatures,
    position: true,
  }) as unknown as MdNode;
  restoreAuthorText(tree, markdown);
  return tree;
}

/**
 * The tree of a page written as HTML, as the renderer reads it (`remark-whole-html`): one block
 * of raw HTML spanning the whole text.
 */
export function htmlDocumentTree(html: string): MdNode {
  const lines = html.split('\n');
  const position = {
    start: { line: 1, column: 1, offset: 0 },
    end: { line: lines.length, column: lines.at(-1)!.length + 1, offset: html.length },
  };
  return { type: 'root', children: [{ type: 'html', value: html, position }], position };
}

function restoreAuthorText(node: MdNode, source: string): void {
  for (const [index, child] of (node.children ?? []).entries()) {
    const internal =
      (child.type === 'textDirective' && internalDirectives.text.has(child.name ?? '')) ||
      (child.type === 'leafDirective' && internalDirectives.leaf.has(child.name ?? ''));
    if ((child.type === 'textDirective' || child.type === 'leafDirective') && !internal) {
      const value = source.slice(
        child.position?.start.offset ?? 0,
        child.position?.end.offset ?? 0,
      );
      const text: MdNode = { type: 'text', value, position: child.position };
      node.children![index] =
        child.type === 'textDirective'
          ? text
          : { type: 'paragraph', children: [text], position: child.position };
    } else restoreAuthorText(child, source);
  }
}

/** Depth-first, document order; `visit` gets each node and its ancestors (nearest last). */
export function walk(
  tree: MdNode,
  visit: (node: MdNode, ancestors: readonly MdNode[]) => void,
): void {
  const ancestors: MdNode[] = [];
  const go = (node: MdNode) => {
    visit(node, ancestors);
    if (!node.children) return;
    ancestors.push(node);
    for (const child of node.children) go(child);
    ancestors.pop();
  };
  go(tree);
}

/**
 * Plain text of a node. With `alt`, as a reader hears it (images read as their alt text);
 * without, as the DOM's textContent the renderer derives heading ids from.
 */
export function textOf(node: MdNode, alt = true): string {
  if (node.type === 'image') return alt ? (node.alt ?? '') : '';
  if (typeof node.value === 'string' && node.type !== 'html') return node.value;
  return (node.children ?? []).map((child) => textOf(child, alt)).join('');
}
