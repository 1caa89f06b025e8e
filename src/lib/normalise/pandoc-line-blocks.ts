import { blockAttributes } from './directives.ts';
import { codeOrCommentLines } from './html-comments.ts';
import { atBlockStart, type SourceLine } from './lines.ts';

/**
 * pandoc's line blocks (verse, addresses): lines that start with `| `, a line starting with a
 * space continuing the one before. pandoc keeps each line's break and its leading spaces;
 * CommonMark ran the lines together, bars and all. Each block becomes one paragraph of the
 * `line-block` class (pandoc's name for it): lines ended by hard breaks, leading spaces kept as
 * no-break spaces, and a line that would start another block escaped. A run that is a pipe table
 * (it has a `|---|` row) is left to the table reader, which pandoc tries first.
 */
export function normalisePandocLineBlocks(lines: readonly SourceLine[]): SourceLine[] {
  const skipped = codeOrCommentLines(lines);
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const end = atBlockStart(lines, i) && !skipped[i] ? lineBlockEnd(lines, i, skipped) : -1;
    if (end === -1) {
      out.push(lines[i]!);
      continue;
    }
    const block: SourceLine[] = [];
    for (let k = i; k <= end; k++) {
      const { text, line } = lines[k]!;
      const bar = /^\|(?: (.*))?$/.exec(text);
      if (bar) block.push({ text: verseLine(bar[1] ?? ''), line });
      else block[block.length - 1]!.text += ` ${text.trim()}`;
    }
    block.forEach((l, k) => {
      if (k < block.length - 1) l.text += '\\';
    });
    out.push(...block, blockAttributes({ classes: ['line-block'], values: {} }, lines[i]!.line));
    i = end;
  }
  return out;
}

/**
 * The last line of the line block starting at `start`, or -1: its first line starts with `| `
 * (or is a bar alone), later ones too or with a space; a blank line ends it.
 */
function lineBlockEnd(
  lines: readonly SourceLine[],
  start: number,
  skipped: readonly boolean[],
): number {
  const opens = (text: string) => /^\|(?: |$)/.test(text);
  if (!opens(lines[start]!.text)) return -1;
  let end = start;
  while (
    end + 1 < lines.length &&
    !skipped[end + 1] &&
    (opens(lines[end + 1]!.text) || /^[ \t]+\S/.test(lines[end + 1]!.text))
  )
    end++;
  // The row under the first one counts too: a table's separator row starts with no space.
  const isPipeTable = lines
    .slice(start, end + 2)
    .some((l) => l.text.includes('|') && pipeSeparator.test(l.text));
  return isPipeTable ? -1 : end;
}

const pipeSeparator = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** A line's text in the paragraph: leading spaces as no-break spaces, block syntax escaped. */
function verseLine(text: string): string {
  const indent = /^ */.exec(text)![0].length;
  const rest = text.slice(indent);
  const escaped = rest
    .replace(/^(\d{1,9})([.)])/, '$1\\$2')
    .replace(/^([#>=+*-]|`{3}|~{3}|<)/, '\\$1');
  return '&nbsp;'.repeat(indent) + escaped;
}
