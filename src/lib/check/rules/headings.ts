import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { isCallout } from '../callouts-in-tree.ts';
import type { Rule } from '../context.ts';
import { textOf, walk } from '../mdast.ts';
import { authorPosition, inBody } from '../parse-page.ts';

/**
 * Headings must not skip a level (screen-reader users navigate by the outline). The page title
 * is the h1, so the body starts at level 2. A callout's headings title its own box and are left out.
 */
export const skippedHeadingLevels: Rule = (page) => {
  const found: Diagnostic[] = [];
  let previous = 1;
  walk(page.tree, (node, ancestors) => {
    if (node.type !== 'heading' || !node.depth || !inBody(page, node)) return;
    // Headings in quotes, lists and callouts title their own box, not the page's outline.
    if (ancestors.some((a) => a.type === 'blockquote' || a.type === 'listItem' || isCallout(a)))
      return;
    const depth = node.depth;
    if (depth > previous + 1) {
      const text = textOf(node).trim();
      found.push(
        diagnostic({
          file: page.source.file,
          ...authorPosition(page, node),
          severity: 'warning',
          rule: 'headings/skipped-level',
          message: `heading "${text}" jumps from level ${previous} to level ${depth}`,
          hint: `Make it a level ${previous + 1} heading (${'#'.repeat(previous + 1)} ${text}), so the outline has no gaps.`,
        }),
      );
    }
    previous = depth;
  });
  return found;
};
