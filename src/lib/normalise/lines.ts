import type { DiagnosticBag } from '../diagnostics.ts';

/**
 * Normalisers rewrite Markdown line by line. Every output line remembers the author's line it came
 * from, so a diagnostic raised after a rewrite still points at the right place in the source file.
 */
export interface SourceLine {
  text: string;
  /** 1-based line in the source file; 0 for lines the normaliser invented. */
  line: number;
  /** Written by `normalise/directives.ts` (internal syntax), not the author's text. */
  directive?: boolean;
}

export function toLines(text: string, firstLine = 1): SourceLine[] {
  return text.split(/\r?\n/).map((t, i) => ({ text: t, line: firstLine + i }));
}

export const invented = (text: string): SourceLine => ({ text, line: 0 });

export const joinLines = (lines: readonly SourceLine[]) => lines.map((l) => l.text).join('\n');

/** A pandoc div fence (`:::`, opening or closing), which ends a paragraph as a blank line does. */
export const isDivFence = (text: string) => /^ {0,3}:{3,}/.test(text);

/**
 * Whether a pandoc block (a table, a line block) may start at `lines[i]`: at the top, after a
 * blank line, or right inside a div (its fence, or a directive line an earlier step wrote).
 */
export function atBlockStart(lines: readonly SourceLine[], i: number): boolean {
  const before = lines[i - 1];
  return !before || before.text.trim() === '' || !!before.directive || isDivFence(before.text);
}

// CommonMark's seventh kind of HTML block: a line holding nothing but one complete tag.
const attribute = String.raw`\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>\x60]+|'[^']*'|"[^"]*"))?`;
const loneTag = new RegExp(
  String.raw`^ {0,3}(?:<[A-Za-z][A-Za-z0-9-]*(?:${attribute})*\s*/?>|</[A-Za-z][A-Za-z0-9-]*\s*>)\s*$`,
);

/**
 * Whether CommonMark starts an HTML block (its seventh kind) at this line: one complete tag alone
 * on its line (`<img src="a.png" />`). For an inline element's tag, kramdown and pandoc start a
 * paragraph there; CommonMark reads everything up to the next blank line as raw HTML, Markdown
 * included, and sets no paragraph around it.
 */
export function startsCommonmarkHtmlBlock(text: string): boolean {
  return loneTag.test(text);
}

/**
 * A pipe table's separator row (`|---|:--:|`, `--- | ---`): under a line with pipes, GFM starts a
 * table there, even right under a paragraph's line, where kramdown and pandoc start none.
 */
export const isTableSeparator = (text: string) =>
  text.includes('|') &&
  /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/.test(text);

/** An HTML comment that opens and closes on this line: inline text to kramdown and pandoc. */
export const isOneLineComment = (text: string) => /^ {0,3}<!--.*-->\s*$/.test(text);

/**
 * Inline HTML lines that CommonMark would read as an HTML block, where kramdown and pandoc read
 * paragraph text, rewritten so that CommonMark reads the paragraph too. It starts an HTML block
 * only within a line's first four columns, and at a lone tag only when nothing follows it:
 * - a lone inline tag starting a paragraph (`<img …>`) gets an empty comment after it;
 * - a line further into a paragraph (a one-line comment) is indented past any block's start.
 */
export const asParagraphStart = (text: string) => `${text.trimEnd()}<!-- -->`;
export const asParagraphContinuation = (text: string) => `    ${text.trimStart()}`;
/**
 * A fence line that kramdown or pandoc reads as text (no closing fence follows it, or an info
 * string kramdown does not take), led by an empty inline element so that CommonMark opens no
 * code block there but a paragraph, whose backticks may still pair into a code span further on.
 */
export const asFenceText = (text: string) => `<span></span>${text}`;

/** A line CommonMark starts a list item, a quote or a heading with, even inside a table's rows. */
export const startsBlock = (text: string) =>
  /^ {0,3}(?:>|(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)|#{1,6}(?:[ \t]|$))/.test(text);

/** A fenced code block opener: up to three spaces, then ``` or ~~~ (three or more). */
const fencePattern = /^( {0,3})(`{3,}|~{3,})(.*)$/;

export interface Fence {
  indent: string;
  marker: string;
  info: string;
}

export function matchFence(text: string): Fence | undefined {
  const m = fencePattern.exec(text);
  if (!m) return undefined;
  if (m[2]![0] === '`' && m[3]!.includes('`')) return undefined; // backticks in the info string: inline code
  return { indent: m[1]!, marker: m[2]!, info: m[3]!.trim() };
}

/** Whether `text` closes the fence opened by `open`: same character, at least as long, nothing after. */
export function closesFence(text: string, open: Fence): boolean {
  const m = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(text);
  return !!m && m[1]![0] === open.marker[0] && m[1]!.length >= open.marker.length;
}

/** Blockquote markers before a line's content: a quote's lines carry them on every line. */
const quoteMarkers = /^((?:[ \t]{0,3}>[ \t]?)*)([\s\S]*)$/;

/** A line's blockquote markers (`> > `) and what follows them. */
export function quoted(text: string): { prefix: string; rest: string } {
  const [, prefix = '', rest = ''] = quoteMarkers.exec(text) ?? [];
  return { prefix, rest };
}

/**
 * Which lines belong to a fenced code block, its fences included, read past blockquote markers:
 * the lines a kramdown normaliser leaves as written.
 */
export function fencedLines(lines: readonly SourceLine[]): boolean[] {
  let fence: Fence | undefined;
  return lines.map(({ text }) => {
    const { rest } = quoted(text);
    if (fence) {
      if (closesFence(rest, fence)) fence = undefined;
      return true;
    }
    fence = matchFence(rest);
    return fence !== undefined;
  });
}

/** Index of the line that closes the fence opened at `start`, or the last line when it never closes. */
export function fenceEnd(lines: readonly SourceLine[], start: number): number {
  const open = matchFence(lines[start]!.text)!;
  for (let i = start + 1; i < lines.length; i++) if (closesFence(lines[i]!.text, open)) return i;
  return lines.length - 1;
}

/** Whether `lines[start]` opens a fence that no later line closes. */
export function isUnclosedFence(lines: readonly SourceLine[], start: number): boolean {
  const open = matchFence(lines[start]!.text);
  if (!open) return false;
  const end = fenceEnd(lines, start);
  return end === start || !closesFence(lines[end]!.text, open);
}

/** A fence no line closes, which `reader` (kramdown, pandoc) reads as text. */
export function warnUnclosedFence(
  line: SourceLine,
  reader: 'kramdown' | 'pandoc',
  bag: DiagnosticBag,
): void {
  const marker = /[`~]{3,}/.exec(line.text)![0];
  bag.warn(
    'code/unclosed-fence',
    `code fence ${marker} opened here is never closed, so ${reader} reads no code block here but a paragraph of text, and what follows as Markdown; so does this page`,
    line.line,
    `Close the block with a line of ${marker}${marker[0] === '`' ? ' (backticks)' : ' (tildes)'} where its code ends.`,
  );
}

/**
 * Index of the `closer` that matches the `opener` at `open` (nested pairs counted, a backslash
 * escaping the next character), or -1. `masked` is the text with code spans blanked out.
 */
export function matchingBracket(
  masked: string,
  open: number,
  opener: string,
  closer: string,
): number {
  let depth = 0;
  for (let k = open; k < masked.length; k++) {
    const c = masked[k];
    if (c === '\\') k++;
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return k;
  }
  return -1;
}

/**
 * A definition's first line with the spaces after its `:` narrowed to three: kramdown and pandoc
 * read that line as text however many spaces follow the marker; CommonMark makes five or more an
 * indented code block.
 */
export function narrowDefinition(text: string): string {
  const m = /^( {0,3}:) {5,}(\S.*)$/.exec(text);
  return m ? `${m[1]}   ${m[2]}` : text;
}
