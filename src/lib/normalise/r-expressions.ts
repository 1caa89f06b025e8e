/**
 * Top-level R expressions of a code chunk, found without an R parser, for knitr's numeric `echo`
 * (`echo = 2:3` shows the second and third expressions). R's parser is approximated by a scanner
 * that knows strings, comments and brackets, and that an expression continues on the next line
 * after a trailing operator or comma, or after `if (…)`, `function (…)` and the like.
 *
 * As in the evaluate package, a comment-only line between expressions counts as an entry of its
 * own; blank lines do not count.
 */

const continuation =
  /(?:[-+*/^~,&|<>=!$@:]|%[^%]*%|\|>|->|<-|\b(?:else|repeat|function\s*\([^()]*\)))\s*$/;
const openHeader = /\b(?:if|for|while|function)\s*\(/;

/** Line indices (0-based) of each top-level expression, in order. */
export function splitRExpressions(lines: readonly string[]): number[][] {
  const expressions: number[][] = [];
  let current: number[] | undefined;
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!current) {
      if (line.trim() === '') continue;
      current = [];
      expressions.push(current);
    }
    current.push(i);
    let code = '';
    for (let j = 0; j < line.length; j++) {
      const ch = line[j]!;
      if (quote) {
        if (ch === '\\') j++;
        else if (ch === quote) quote = undefined;
        continue;
      }
      if (ch === '#') break;
      code += ch;
      if (ch === '"' || ch === "'" || ch === '`') quote = ch;
      else if ('([{'.includes(ch)) depth++;
      else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    }
    const trimmed = code.trim();
    if (trimmed === '' && !quote && depth === 0) {
      // A comment-only line is an entry by itself; inside an unfinished expression it is part of it.
      if (current.length === 1) current = undefined;
      continue;
    }
    const open =
      quote !== undefined ||
      depth > 0 ||
      continuation.test(trimmed) ||
      (/\)\s*$/.test(trimmed) && endsWithHeader(trimmed));
    if (!open) current = undefined;
  }
  return expressions;
}

/** `if (x > 1)` or `function(a, b)` at the end of a line: the body follows on the next line. */
function endsWithHeader(code: string): boolean {
  let depth = 0;
  for (let i = code.length - 1; i >= 0; i--) {
    const ch = code[i]!;
    if (ch === ')') depth++;
    else if (ch === '(' && --depth === 0) return openHeader.test(code.slice(0, i + 1));
  }
  return false;
}

/**
 * knitr's numeric `echo`/line selection: positive indices keep those entries, negative ones drop
 * them (R does not allow mixing the two; that case keeps everything). 1-based, like R.
 */
export function selectEntries<T>(entries: readonly T[], indices: readonly number[]): T[] {
  if (indices.every((n) => n < 0)) {
    const drop = new Set(indices.map((n) => -n - 1));
    return entries.filter((_, i) => !drop.has(i));
  }
  if (indices.every((n) => n >= 0))
    return indices.filter((n) => n >= 1 && n <= entries.length).map((n) => entries[n - 1]!);
  return [...entries];
}
