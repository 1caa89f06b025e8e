import type { Attributes } from '../attributes.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { blockAttributes, closeContainer, openContainer } from './directives.ts';
import { codeOrCommentLines } from './html-comments.ts';
import { atBlockStart, invented, type SourceLine } from './lines.ts';

/**
 * pandoc's own tables, which sandpaper's reader enables and CommonMark does not know: simple
 * tables (a header line over dashes in groups), multiline tables (the same between two lines of
 * dashes, rows parted by blank lines), grid tables (`+---+---+` borders) and the headerless form of
 * each. CommonMark read them as paragraphs, rules, code and, worst, a setext heading made of a row.
 * Each is rewritten as the table pandoc reads: a GFM pipe table when every cell is one paragraph
 * (wrapped lines joined, as pandoc joins them), or, when a grid cell holds blocks (a list, two
 * paragraphs), as table containers (`:::table`, `:::tr`, `:::td`…) whose cells are Markdown.
 * Columns are cut where pandoc cuts them (at each group of dashes, or each `+`), alignment read as
 * pandoc reads it; a headerless table is marked so the renderer leaves out the empty header row
 * GFM needs. Rows keep their author's line. pandoc's relative column widths (a `<colgroup>` for
 * multiline and grid tables) are not kept: the page lays columns out by their content.
 */
export function normalisePandocTables(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  const skipped = codeOrCommentLines(lines);
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table =
      !skipped[i] && !lines[i]!.directive && atBlockStart(lines, i)
        ? readTable(lines, i)
        : undefined;
    if (!table || lines.slice(i, table.end + 1).some((_, k) => skipped[i + k])) {
      out.push(lines[i]!);
      continue;
    }
    if (table.spacedRule) {
      // Said once for the run of lines pandoc's table took, which stay as written.
      warnSpacedRule(lines[i]!, bag);
      out.push(...lines.slice(i, table.end + 1));
      i = table.end;
      continue;
    }
    out.push(...writeTable(table));
    i = table.end;
  }
  return out;
}

export type Alignment = 'left' | 'right' | 'center' | 'default';

/** A cell: its text line by line, as pandoc hands it to its Markdown reader. */
type Cell = string[];

interface Row {
  cells: Cell[];
  line: number;
}

export interface PandocTable {
  aligns: Alignment[];
  /** The header row; none for a headerless table. */
  head?: Row;
  rows: Row[];
  /** The first line's author line number. */
  line: number;
  /** The author line of the dashes or border that sets the columns. */
  ruleLine: number;
  /**
   * The columns are set by a rule of single dashes (`- - -`): a thematic break to its author,
   * which pandoc (trying tables first) reads as one-character columns.
   */
  spacedRule?: boolean;
  /** Index of the table's last line. */
  end: number;
}

/** The table pandoc reads at `start`, trying its forms in pandoc's order. */
export function readTable(lines: readonly SourceLine[], start: number): PandocTable | undefined {
  const text = (k: number) => expandTabs(lines[k]?.text ?? '');
  return (
    readMultiline(lines, start, text, false) ??
    readSimple(lines, start, text, true) ??
    readSimple(lines, start, text, false) ??
    readMultiline(lines, start, text, true) ??
    readGrid(lines, start, text)
  );
}

type LineText = (index: number) => string;

/**
 * A line that ends a table's rows as a blank line does: blank, or a div's closing fence (pandoc
 * ends every block of a div at its closing fence).
 */
const blank = (s: string | undefined) =>
  s === undefined || s.trim() === '' || /^ {0,3}:{3,}\s*$/.test(s);

/**
 * A line of dashes in groups (`-----  ----  ---`), each group a column: where each starts (its
 * column runs to the next one's start) and how many dashes it has. Up to three spaces of indent.
 */
function dashGroups(text: string): { starts: number[]; lengths: number[] } | undefined {
  const m = /^( {0,3})((?:-+ *)+)$/.exec(text);
  if (!m) return undefined;
  const starts: number[] = [];
  const lengths: number[] = [];
  for (const g of m[2]!.matchAll(/(-+) */g)) {
    starts.push(m[1]!.length + g.index);
    lengths.push(g[1]!.length);
  }
  return { starts, lengths };
}

/** A rule of single dashes parted by spaces (`- - -`), which is a thematic break in CommonMark. */
const isSpaced = (rule: { lengths: number[] }) => rule.lengths.every((n) => n === 1);

/** A line cut at the columns' starts, the text before the first column dropped (pandoc's cut). */
function cut(text: string, starts: readonly number[]): string[] {
  const chars = Array.from(text);
  return starts.map((from, k) => chars.slice(from, starts[k + 1] ?? chars.length).join(''));
}

/**
 * pandoc's `alignType`: from the shortest non-empty header text of a column (right-trimmed), a
 * column is right-aligned when that text starts with a space and fills its dashes, left-aligned
 * when it starts flush but falls short, centred when both, default when neither.
 */
function alignType(pieces: readonly string[], dashes: number): Alignment {
  const texts = pieces.map((p) => p.trimEnd()).filter((p) => p !== '');
  if (!texts.length) return 'default';
  const shortest = texts.reduce((a, b) => (b.length < a.length ? b : a));
  const left = /^[ \t]/.test(shortest);
  const right = Array.from(shortest).length < dashes;
  return left && right ? 'center' : left ? 'right' : right ? 'left' : 'default';
}

/** A line that starts a block pandoc reads before a table (a heading, a list item, HTML, a div). */
const startsOtherBlock = (text: string) =>
  /^ {0,3}(?:#|[-*+][ \t]|<|:::|```|~~~|\|)/.test(text) || /^ {4}/.test(text);

/** Whether a line of dashes ends the table here: a blank line or the end of the page follows it. */
const isFooter = (text: LineText, k: number, total: number) =>
  dashGroups(text(k)) !== undefined && (k + 1 >= total || blank(text(k + 1)));

/**
 * A simple table: a header line over its dashes, rows up to a blank line or a closing line of
 * dashes; headerless, a line of dashes opens it and one must close it. A header needs two columns
 * or more (one group of dashes under text is a setext heading, which pandoc reads first).
 */
function readSimple(
  lines: readonly SourceLine[],
  start: number,
  text: LineText,
  headless: boolean,
): PandocTable | undefined {
  const ruleIndex = headless ? start : start + 1;
  const rule = dashGroups(text(ruleIndex));
  if (!rule) return undefined;
  if (!headless) {
    const header = text(start);
    if (blank(header) || rule.starts.length < 2 || startsOtherBlock(header)) return undefined;
  }
  const rows: Row[] = [];
  let k = ruleIndex + 1;
  for (; k < lines.length && !blank(text(k)); k++) {
    if (isFooter(text, k, lines.length)) break;
    if (headless && dashGroups(text(k))) return undefined;
    rows.push({ cells: cut(text(k), rule.starts).map(oneLine), line: lines[k]!.line });
  }
  const closed = k < lines.length && isFooter(text, k, lines.length);
  if (!rows.length || (headless && !closed)) return undefined;
  const headerPieces = cut(text(headless ? ruleIndex + 1 : start), rule.starts);
  return {
    aligns: rule.lengths.map((n, c) => alignType([headerPieces[c]!], n)),
    head: headless ? undefined : { cells: headerPieces.map(oneLine), line: lines[start]!.line },
    rows,
    line: lines[start]!.line,
    ruleLine: lines[ruleIndex]!.line,
    spacedRule: isSpaced(rule),
    end: closed ? k : k - 1,
  };
}

/**
 * A multiline table: a line of dashes, header lines, the column dashes, rows parted by blank
 * lines, a closing line of dashes and a blank line; headerless, the column dashes open it.
 */
function readMultiline(
  lines: readonly SourceLine[],
  start: number,
  text: LineText,
  headless: boolean,
): PandocTable | undefined {
  if (!dashGroups(text(start))) return undefined;
  let k = start;
  const headerLines: number[] = [];
  if (!headless) {
    for (k = start + 1; k < lines.length && !blank(text(k)) && !dashGroups(text(k)); k++)
      headerLines.push(k);
    if (!headerLines.length || k >= lines.length || blank(text(k))) return undefined;
  }
  const rule = dashGroups(text(k))!;
  const ruleLine = lines[k]!.line;
  const rows: Row[] = [];
  k++;
  while (k < lines.length) {
    const rowLines: number[] = [];
    for (; k < lines.length && !blank(text(k)) && !isFooter(text, k, lines.length); k++)
      rowLines.push(k);
    if (rowLines.length)
      rows.push({
        cells: columnsOf(rowLines.map(text), rule.starts),
        line: lines[rowLines[0]!]!.line,
      });
    if (k < lines.length && isFooter(text, k, lines.length)) break;
    while (k < lines.length && blank(text(k))) k++;
    if (!rowLines.length) return undefined;
  }
  if (k >= lines.length || !rows.length) return undefined;
  const alignFrom = headless ? [text(start + 1)] : headerLines.map(text);
  const pieces = alignFrom.map((l) => cut(l, rule.starts));
  return {
    aligns: rule.lengths.map((n, c) =>
      alignType(
        pieces.map((p) => p[c]!),
        n,
      ),
    ),
    head: headless
      ? undefined
      : {
          cells: columnsOf(headerLines.map(text), rule.starts),
          line: lines[headerLines[0]!]!.line,
        },
    rows,
    line: lines[start]!.line,
    ruleLine,
    spacedRule: isSpaced(rule) || isSpaced(dashGroups(text(start))!),
    end: k,
  };
}

/** A simple table's cell: its piece of the line, trimmed; no line when empty. */
const oneLine = (piece: string): Cell => (piece.trim() ? [piece.trim()] : []);

/** The cells of a row of several lines: each column's pieces, trimmed, empty ones dropped. */
function columnsOf(rowLines: readonly string[], starts: readonly number[]): Cell[] {
  const pieces = rowLines.map((l) => cut(l, starts));
  return starts.map((_, c) => pieces.map((p) => p[c]!.trim()).filter((t) => t !== ''));
}

/** `+---+:--:+` (or `=`): the column borders of a grid table and each column's alignment. */
function gridBorder(
  text: string,
  fill: '-' | '=',
): { bars: number[]; aligns: Alignment[] } | undefined {
  const parts = new RegExp(`^\\+(?:(:?)\\${fill}+(:?)\\+)+[ \\t]*$`);
  if (!parts.test(text)) return undefined;
  const bars: number[] = [];
  const aligns: Alignment[] = [];
  Array.from(text.trimEnd()).forEach((c, k) => c === '+' && bars.push(k));
  for (const m of text.matchAll(new RegExp(`\\+(:?)\\${fill}+(:?)(?=\\+)`, 'g')))
    aligns.push(m[1] && m[2] ? 'center' : m[1] ? 'left' : m[2] ? 'right' : 'default');
  return { bars, aligns };
}

/**
 * A grid table: `+---+` borders around `|`-bordered rows, the header closed by a `+===+` border.
 * A cell's lines are its pieces between the column borders, each trimmed (pandoc 2's reading).
 */
function readGrid(
  lines: readonly SourceLine[],
  start: number,
  text: LineText,
): PandocTable | undefined {
  const top = gridBorder(text(start), '-');
  if (!top) return undefined;
  const { bars } = top;
  const rows: Row[] = [];
  let head: Row | undefined;
  let aligns = top.aligns;
  let ruleLine = lines[start]!.line;
  let pending: number[] = [];
  let k = start + 1;
  for (; k < lines.length; k++) {
    const line = text(k);
    const border = gridBorder(line, '-') ?? gridBorder(line, '=');
    if (border) {
      if (border.bars.join() !== bars.join() || !pending.length) return undefined;
      const row = { cells: gridCells(pending.map(text), bars), line: lines[pending[0]!]!.line };
      pending = [];
      if (line.includes('=')) {
        if (head || rows.length) return undefined;
        head = row;
        aligns = border.aligns;
        ruleLine = lines[k]!.line;
      } else rows.push(row);
      if (blank(text(k + 1)) || !text(k + 1).startsWith('|')) break;
      continue;
    }
    if (!line.startsWith('|')) return undefined;
    pending.push(k);
  }
  if (k >= lines.length || (!rows.length && !head)) return undefined;
  return { aligns, head, rows, line: lines[start]!.line, ruleLine, end: k };
}

function gridCells(rowLines: readonly string[], bars: readonly number[]): Cell[] {
  const pieces = rowLines.map((l) => {
    const chars = Array.from(l.trimEnd());
    return bars.slice(0, -1).map((from, c) =>
      chars
        .slice(from + 1, bars[c + 1])
        .join('')
        .replace(/\|$/, '')
        .trim(),
    );
  });
  return bars.slice(0, -1).map((_, c) => {
    const cell = pieces.map((p) => p[c] ?? '');
    // Blank lines at a cell's edges part nothing; inside, they part paragraphs.
    while (cell.length && cell[0] === '') cell.shift();
    while (cell.length && cell[cell.length - 1] === '') cell.pop();
    return cell;
  });
}

/** A cell pandoc reads as one paragraph: no blank line, no line that starts another block. */
const isInline = (cell: Cell) =>
  cell.every((l) => l !== '' && !/^(?:[-*+][ \t]|\d+[.)][ \t]|#|>|```|~~~|:[ \t]|\|)/.test(l));

/** The GFM delimiter cell of an alignment. */
const delimiter: Record<Alignment, string> = {
  left: ':---',
  right: '---:',
  center: ':---:',
  default: '---',
};

/**
 * A cell's text in a pipe table: wrapped lines joined and runs of spaces made one outside code
 * spans (pandoc reads the cell as Markdown), `|` escaped so it stays in the cell.
 */
const pipeCell = (cell: Cell) =>
  cell
    .join(' ')
    .split(/((?<!`)`+(?!`)[\s\S]*?(?<!`)`+(?!`))/)
    .map((part, k) => (k % 2 ? part : part.replace(/[ \t]+/g, ' ')))
    .join('')
    .replace(/(?<!\\)\|/g, '\\|');

function writeTable(table: PandocTable): SourceLine[] {
  const cells = [...(table.head ? [table.head] : []), ...table.rows].flatMap((r) => r.cells);
  return cells.every(isInline) ? pipeTable(table) : containerTable(table);
}

function pipeTable({ aligns, head, rows, line, ruleLine }: PandocTable): SourceLine[] {
  const row = (cells: readonly Cell[]) =>
    `| ${aligns.map((_, c) => pipeCell(cells[c] ?? [])).join(' | ')} |`;
  return [
    { text: row(head?.cells ?? []), line: head?.line ?? line },
    { text: `| ${aligns.map((a) => delimiter[a]).join(' | ')} |`, line: ruleLine },
    ...rows.map((r) => ({ text: row(r.cells), line: r.line })),
    // Set apart: a line right after a pipe table's rows is one more row.
    ...(head ? [] : [invented(''), blockAttributes(headlessMark, line)]),
    invented(''),
  ];
}

/** The attribute the renderer reads to leave out a headerless table's empty header row. */
export const headlessMark: Attributes = { classes: [], values: { 'data-headless': '' } };

const alignStyle = (align: Alignment): Attributes => ({
  classes: [],
  values: align === 'default' ? {} : { style: `text-align: ${align};` },
});

function containerTable({ aligns, head, rows, line }: PandocTable): SourceLine[] {
  const none = { classes: [], values: {} };
  const part = (name: string, at: number, inner: SourceLine[]) => [
    ...openContainer(name, none, at),
    ...inner,
    ...closeContainer(0),
  ];
  const row = (r: Row, cell: 'th' | 'td') =>
    part(
      'tr',
      r.line,
      aligns.flatMap((a, c) => [
        ...openContainer(cell, alignStyle(a), r.line),
        ...(r.cells[c] ?? []).map((text) => ({ text, line: r.line })),
        ...closeContainer(0),
      ]),
    );
  return part('table', line, [
    ...(head ? part('thead', head.line, row(head, 'th')) : []),
    ...part(
      'tbody',
      rows[0]!.line,
      rows.flatMap((r) => row(r, 'td')),
    ),
  ]);
}

function warnSpacedRule(line: SourceLine, bag: DiagnosticBag): void {
  bag.warn(
    'tables/spaced-rule',
    `"${line.text.trim()}" is a rule written with spaces: pandoc reads it, and the lines after it, as a table of one-character columns, and the Workbench site showed that table; here it is a rule`,
    line.line,
    'Write the rule as *** or as --- between blank lines, which every reader takes for a rule.',
  );
}

/** Tabs as pandoc reads them before a table's columns are cut: to the next multiple of four. */
function expandTabs(text: string): string {
  if (!text.includes('\t')) return text;
  let out = '';
  for (const c of text) out += c === '\t' ? ' '.repeat(4 - (Array.from(out).length % 4)) : c;
  return out;
}
