import { isIalLine } from '../attributes.ts';
import type { SourceLine } from './lines.ts';

/**
 * kramdown's math, rewritten so the Markdown parser reads it the same way. kramdown has one
 * delimiter, `$$`: between block boundaries (a blank line before the opening `$$`, nothing but
 * spaces after the closing one, a blank line after) it is display math; anywhere else it is inline
 * math, which may run over several lines of a paragraph. The parser reads every line that starts
 * with `$$` as the start of display math running to the next line holding only `$$`; in lessons
 * that write `$$` on a line of its own and close it with `$$,` or `$$.`, that swallowed the text,
 * headings included, up to the next formula. So display math is written as the parser's block
 * (`$$`, the formula, `$$`, each on its own line) and inline math that spans lines is joined onto
 * the line it starts on.
 */

const opening = /^( {0,3})\$\$/;

/**
 * The display math starting at `lines[start]` (the caller has checked that a block boundary comes
 * before it): its last line and its lines in the parser's form. Undefined when kramdown reads the
 * `$$` there as inline math.
 */
export function readBlockMath(
  lines: readonly SourceLine[],
  start: number,
): { end: number; lines: SourceLine[] } | undefined {
  const open = opening.exec(lines[start]!.text);
  if (!open) return undefined;
  const afterOpen = open[0].length;
  for (let end = start; end < lines.length; end++) {
    const text = lines[end]!.text;
    const from = end === start ? afterOpen : 0;
    const close = text.indexOf('$$', from);
    if (close === -1) continue;
    const next = lines[end + 1];
    if (text.slice(close + 2).trim() !== '') return undefined;
    if (next && next.text.trim() !== '' && !isIalLine(next.text)) return undefined;
    const body: SourceLine[] = [];
    for (let i = start; i <= end; i++) {
      const from = i === start ? afterOpen : 0;
      const to = i === end ? close : lines[i]!.text.length;
      const part = lines[i]!.text.slice(from, to);
      if ((i === start || i === end) && part.trim() === '') continue;
      body.push({ ...lines[i]!, text: part });
    }
    return {
      end,
      lines: [{ ...lines[start]!, text: '$$' }, ...body, { ...lines[end]!, text: '$$' }],
    };
  }
  return undefined;
}

/** Code spans blanked out (same length, line breaks kept), so `$$` in them is not math. */
const maskCode = (text: string) =>
  text.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '));

/**
 * A paragraph's lines with each inline formula that spans lines joined onto its first line, and
 * a `$$` that opens a line without closing anywhere escaped (kramdown shows it as written).
 */
export function joinInlineMath(paragraph: readonly SourceLine[]): SourceLine[] {
  const text = paragraph.map((l) => l.text).join('\n');
  if (!text.includes('$$')) return [...paragraph];
  const masked = maskCode(text);
  const starts: number[] = [];
  for (let offset = 0, i = 0; i < paragraph.length; i++) {
    starts.push(offset);
    offset += paragraph[i]!.text.length + 1;
  }
  const lineOf = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= offset) i++;
    return i;
  };
  const delimiters: number[] = [];
  for (let i = 0; i < masked.length - 1; i++) {
    if (masked[i] === '\\') i++;
    else if (masked[i] === '$' && masked[i + 1] === '$') {
      delimiters.push(i);
      i++;
    }
  }
  // Lines joined onto an earlier one: index → the line it joins.
  const joinTo = new Map<number, number>();
  const escaped = new Set<number>();
  for (let k = 0; k < delimiters.length; k += 2) {
    const open = lineOf(delimiters[k]!);
    if (k + 1 >= delimiters.length) {
      if (/^ {0,3}$/.test(text.slice(starts[open]!, delimiters[k]!))) escaped.add(delimiters[k]!);
      break;
    }
    const close = lineOf(delimiters[k + 1]!);
    const target = joinTo.get(open) ?? open;
    for (let i = open + 1; i <= close; i++) joinTo.set(i, target);
  }
  const out: SourceLine[] = [];
  paragraph.forEach((line, i) => {
    let lineText = line.text;
    for (const at of escaped) {
      const local = at - starts[i]!;
      if (local >= 0 && local < lineText.length)
        lineText = `${lineText.slice(0, local)}\\$\\$${lineText.slice(local + 2)}`;
    }
    const target = joinTo.get(i);
    if (target === undefined) out.push({ ...line, text: lineText });
    else {
      const into = out[out.length - 1]!;
      into.text = `${into.text} ${lineText.trim()}`;
    }
  });
  return out;
}
