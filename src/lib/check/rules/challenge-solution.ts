import { calloutKind } from '../../callouts.ts';
import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { calloutsOf, isCallout } from '../callouts-in-tree.ts';
import type { Rule } from '../context.ts';
import { textOf, walk, type MdNode } from '../mdast.ts';
import { authorPosition } from '../parse-page.ts';

const hints = {
  styles:
    'Add a solution inside the challenge ("> > ## Solution" … "> {: .solution}"), or make it a {: .discussion} if it has no single answer.',
  workbench:
    'Add a "::: solution" div inside the challenge, or make it a "::: discussion" if it has no single answer.',
};

/** The block right after `node` among its siblings. */
function nextSibling(tree: MdNode, node: MdNode): MdNode | undefined {
  let next: MdNode | undefined;
  walk(tree, (candidate) => {
    const siblings = candidate.children ?? [];
    const index = siblings.indexOf(node);
    if (index !== -1) next = siblings[index + 1];
  });
  return next;
}

/**
 * A challenge whose answer is nowhere on the page leaves self-learners stuck. The table says which
 * kinds expect an answer (`answeredBy`); the answer counts when it sits inside (both templates'
 * convention) or straight after.
 */
export const challengeWithoutSolution: Rule = (page, context) => {
  const found: Diagnostic[] = [];
  for (const callout of calloutsOf(page.tree, (node) => textOf(node))) {
    const answer = calloutKind(callout.kind)?.answeredBy;
    if (!answer || callout.inner.includes(answer)) continue;
    const next = nextSibling(page.tree, callout.node);
    if (next && isCallout(next) && calloutKind(next.name!)?.name === answer) continue;
    found.push(
      diagnostic({
        file: page.source.file,
        line: authorPosition(page, callout.node).line,
        severity: 'warning',
        rule: 'callout/challenge-without-solution',
        message: callout.title
          ? `${callout.kind} "${callout.title}" has no ${answer}`
          : `${callout.kind} has no ${answer}`,
        hint: hints[context.lesson.settings.format],
      }),
    );
  }
  return found;
};
