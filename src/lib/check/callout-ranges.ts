import { calloutClass } from '../callouts.ts';
import type { SourceLine } from '../normalise/lines.ts';

/** One callout box in a prepared page: which kind, where, and what it holds. */
export interface CalloutRange {
  kind: string;
  /** Indexes into the prepared lines of the opening and closing wrapper lines. */
  start: number;
  end: number;
  /** Author line of the opening (the `> ## Title` line or the `::: name` fence). */
  line: number;
  /** Kinds of the callouts directly inside this one. */
  inner: string[];
}

// Both normalisers wrap callouts with `openCallout`/`closeCallout`: one HTML line each. The class
// prefix comes from the vocabulary module, so a renamed class cannot silently break this reader.
const classPrefix = calloutClass('');
const opening = /^\s*<(div|details)\b[^>]*>\s*$/;
const closing = /^\s*<\/(div|details)>\s*$/;

/**
 * The callout boxes of a prepared page, outermost first. Plain `<div>` lines (anchor wrappers,
 * author HTML) are tracked too, so their closing tags do not close a callout.
 */
export function calloutRanges(lines: readonly SourceLine[]): CalloutRange[] {
  const found: CalloutRange[] = [];
  const stack: { tag: string; range?: CalloutRange }[] = [];
  lines.forEach(({ text, line }, index) => {
    const open = opening.exec(text);
    if (open) {
      const kind = new RegExp(`class="${classPrefix}([\\w-]+)"`).exec(text)?.[1];
      const range =
        kind === undefined
          ? undefined
          : { kind, start: index, end: lines.length - 1, line, inner: [] };
      if (range) {
        stack.findLast((entry) => entry.range)?.range!.inner.push(range.kind);
        found.push(range);
      }
      stack.push({ tag: open[1]!, range });
      return;
    }
    const close = closing.exec(text);
    if (!close) return;
    const at = stack.findLastIndex((entry) => entry.tag === close[1]);
    if (at === -1) return;
    const [entry] = stack.splice(at);
    if (entry?.range) entry.range.end = index;
  });
  return found;
}

/** Whether prepared line `index` (0-based) lies inside any callout box. */
export const insideCallout = (ranges: readonly CalloutRange[], index: number) =>
  ranges.some((r) => r.start < index && index < r.end);
