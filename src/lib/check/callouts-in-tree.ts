import { calloutKind } from '../callouts.ts';
import { type MdNode, walk } from './mdast.ts';

/** One callout of a checked page: the container directive a normaliser wrote for it. */
export interface TreeCallout {
  /** The kind's name from the callout table. */
  kind: string;
  node: MdNode;
  /** Kinds of the callouts anywhere inside this one. */
  inner: string[];
  /** Text of its title (its first heading), if it has one. */
  title?: string;
}

/** Whether a node is a callout box (a container directive named by the callout table). */
export const isCallout = (node: MdNode) =>
  node.type === 'containerDirective' && !!node.name && !!calloutKind(node.name);

/** Every callout of a page, in document order (outer before inner), read off the tree. */
export function calloutsOf(tree: MdNode, textOf: (node: MdNode) => string): TreeCallout[] {
  const found: TreeCallout[] = [];
  walk(tree, (node) => {
    if (!isCallout(node)) return;
    const inner: string[] = [];
    walk(node, (child) => {
      if (child !== node && isCallout(child)) inner.push(child.name!);
    });
    const first = node.children?.[0];
    const title = first?.type === 'heading' ? textOf(first).trim() : undefined;
    found.push({ kind: calloutKind(node.name!)!.name, node, inner, title });
  });
  return found;
}
