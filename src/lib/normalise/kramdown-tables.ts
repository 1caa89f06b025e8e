import { isIalLine } from '../attributes.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { isTableSeparator, startsBlock, type SourceLine } from './lines.ts';

/**
 * kramdown tables, rewritten as GFM tables where GFM would read them differently. kramdown takes
 * any run of lines that each hold a `|`, between block boundaries, as a table: separator lines may
 * use `+` (`|---+---|`), may repeat between body rows (each starts a new `<tbody>`), may close a
 * footer (`|===|`), and the first one is optional (no header then). GFM needs a header row and a
 * `|---|---|` line right under it, and splits cells at a `|` even inside a code span. A table GFM
 * reads the same is left as written; any other is written out as the GFM table that shows the
 * same cells, every row keeping its author line.
 */

const sepLine = /^[+|: \t-]*?-[+|: \t-]*?[ \t]*$/;
const footerLine = /^[+|: \t=]*?=[+|: \t=]*?[ \t]*$/;

/** A `|` not escaped by a backslash, anywhere on the line (kramdown's first test). */
const hasPipe = (text: string) => /^\||[^\\]\|/.test(text);

/** Code spans of one line blanked out (same length), so pipes in them do not split cells. */
function maskCode(text: string): string {
  return text.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => ' '.repeat(span.length));
}

/** Cells of a row as kramdown splits it: at `|` outside code spans, outer empty cells dropped. */
function cellsOf(text: string): string[] {
  const masked = maskCode(text);
  const cells: string[] = [];
  let from = 0;
  for (let i = 0; i < masked.length; i++) {
    if (masked[i] === '\\') {
      i++;
      continue;
    }
    if (masked[i] === '|') {
      cells.push(text.slice(from, i));
      from = i + 1;
    }
  }
  cells.push(text.slice(from));
  if (/^\s*\|/.test(text) && cells[0]!.trim() === '') cells.shift();
  if (cells.length && cells[cells.length - 1]!.trim() === '') cells.pop();
  return cells.map((c) => c.trim());
}

type Alignment = 'left' | 'right' | 'center' | 'default';

function alignments(separator: string): Alignment[] {
  return [...separator.matchAll(/[ \t]?(:?)-+(:?)[ \t]?/g)].map(([, left, right]) =>
    left && right ? 'center' : left ? 'left' : right ? 'right' : 'default',
  );
}

interface Row {
  line: SourceLine;
  cells: string[];
}

export interface KramdownTable {
  /** Index of the table's last line. */
  end: number;
  lines: SourceLine[];
}

/**
 * The table starting at `lines[start]`, if kramdown reads one there (the caller has checked that
 * a block boundary comes before it): its last line and its lines as GFM reads them.
 */
export function readTable(
  lines: readonly SourceLine[],
  start: number,
  bag: DiagnosticBag,
): KramdownTable | undefined {
  if (!/^ {0,3}\S/.test(lines[start]!.text) || !hasPipe(lines[start]!.text.trimStart()))
    return undefined;
  let end = start;
  while (end + 1 < lines.length && hasPipe(lines[end + 1]!.text)) end++;
  // kramdown takes the lines as a table only when a block boundary follows them.
  const after = lines[end + 1];
  if (after && after.text.trim() !== '' && !isIalLine(after.text)) return undefined;
  const block = lines.slice(start, end + 1);
  // Every line needs a `|` outside code spans, or it is a paragraph that mentions one.
  if (!block.every((l) => hasPipe(maskCode(l.text)))) return undefined;

  let head: Row[] = [];
  const body: Row[] = [];
  let align: Alignment[] | undefined;
  let pending: Row[] = [];
  let separators = 0;
  for (const line of block) {
    if (sepLine.test(line.text)) {
      separators++;
      if (!pending.length) continue;
      if (!align) {
        head = pending;
        align = alignments(line.text);
      } else body.push(...pending);
      pending = [];
    } else if (footerLine.test(line.text)) {
      separators++;
      body.push(...pending);
      pending = [];
    } else pending.push({ line, cells: cellsOf(line.text) });
  }
  body.push(...pending);
  if (!body.length) return undefined; // kramdown ignores a table without a body

  const asGfm =
    separators === 1 &&
    head.length === 1 &&
    isTableSeparator(block[1]!.text) &&
    // `- | -` would start a list in GFM, and so would a row `- | 2`.
    !block.slice(1).some((l) => startsBlock(l.text)) &&
    !block[1]!.text.includes('+') &&
    cellsOf(block[1]!.text).length === head[0]!.cells.length &&
    body.every((r) => r.cells.length <= head[0]!.cells.length) &&
    !block.some((l) => /`[^`]*\|/.test(l.text));
  if (asGfm) return { end, lines: block };

  const columns = Math.max(...[...head, ...body].map((r) => r.cells.length));
  if (!head.length) {
    bag.notice(
      'kramdown/table-without-header',
      'this table has no separator line under a first row, so kramdown showed it without a header; here it gets an empty header row',
      block[0]!.line,
      'To make the first row the header, add a separator line such as |---|---| under it.',
    );
  }
  const row = (cells: readonly string[]) =>
    `| ${Array.from({ length: columns }, (_, i) => escapeCodePipes(cells[i] ?? '')).join(' | ')} |`;
  const rule = Array.from({ length: columns }, (_, i) => {
    const a = align?.[i] ?? 'default';
    return a === 'center' ? ':---:' : a === 'left' ? ':---' : a === 'right' ? '---:' : '---';
  });
  const out: SourceLine[] = [];
  const [first, ...moreHead] = head;
  out.push({ text: row(first?.cells ?? []), line: first?.line.line ?? block[0]!.line });
  out.push({ text: `| ${rule.join(' | ')} |`, line: first?.line.line ?? block[0]!.line });
  // GFM has one header row: further header rows (and footer rows) are shown as body rows.
  for (const r of [...moreHead, ...body]) out.push({ text: row(r.cells), line: r.line.line });
  return { end, lines: out };
}

/** A `|` in a code span, escaped: GFM splits cells there otherwise (kramdown did not). */
const escapeCodePipes = (cell: string) =>
  cell.replace(/(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/(?<!\\)\|/g, '\\|'));
