import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { calloutRanges, insideCallout } from '../callout-ranges.ts';
import type { Rule } from '../context.ts';
import { textOf, walk } from '../mdast.ts';
import { authorPosition, inBody } from '../parse-page.ts';

/**
 * Headings must not skip a level (screen-reader users navigate by the outline). The page title
 * is the h1, so the body starts at level 2. A callout's headings title its own box and are left out.
 */
export const skippedHeadingLevels: Rule = (page) => {
  const found: Diagnostic[] = [];
  const callouts = calloutRanges(page.lines);
  let previous = 1;
  walk(page.tree, (node, ancestors) => {
    if (node.type !== 'heading' || !node.depth || !inBody(page, node)) return;
    // Blockquotes and lists are read by the parser, not the callout wrappers: skip headings in them too.
    if (ancestors.some((a) => a.type === 'blockquote' || a.type === 'listItem')) return;
    if (insideCallout(callouts, (node.position?.start.line ?? 1) - 1)) return;
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
