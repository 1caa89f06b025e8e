import { diagnostic, type Diagnostic } from '../../diagnostics.ts';
import { calloutRanges } from '../callout-ranges.ts';
import type { Rule } from '../context.ts';

const hints = {
  styles:
    'Add a solution inside the challenge ("> > ## Solution" … "> {: .solution}"), or make it a {: .discussion} if it has no single answer.',
  workbench:
    'Add a "::: solution" div inside the challenge, or make it a "::: discussion" if it has no single answer.',
};

const headingText = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/;

/**
 * A challenge whose answer is nowhere on the page leaves self-learners stuck. A solution counts when
 * it sits inside the challenge (both templates' convention) or straight after it.
 */
export const challengeWithoutSolution: Rule = (page, context) => {
  const found: Diagnostic[] = [];
  const ranges = calloutRanges(page.lines);
  ranges.forEach((range, index) => {
    if (range.kind !== 'challenge' || range.inner.includes('solution')) return;
    const next = ranges.slice(index + 1).find((r) => r.start > range.end);
    const between = next ? page.lines.slice(range.end + 1, next.start) : [];
    if (next?.kind === 'solution' && between.every((l) => l.text.trim() === '')) return;
    const title = page.lines
      .slice(range.start, range.end)
      .map((l) => headingText.exec(l.text)?.[1])
      .find(Boolean);
    found.push(
      diagnostic({
        file: page.source.file,
        line: range.line,
        severity: 'warning',
        rule: 'callout/challenge-without-solution',
        message: title ? `challenge "${title}" has no solution` : 'challenge has no solution',
        hint: hints[context.lesson.settings.format],
      }),
    );
  });
  return found;
};
