import {
  emptyAttributes,
  hasAttributes,
  parsePandocAttributes,
  toDirectiveAttributes,
  type Attributes,
} from '../attributes.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { closeContainer, openContainer, spanAttributes } from './directives.ts';
import { fenceEnd, invented, matchFence, type SourceLine } from './lines.ts';

/**
 * Pandoc inline attributes of Workbench lessons, rewritten into the internal Markdown shape (see
 * `directives.ts`):
 * - `![caption](src){alt='…' width=…}`: the alt text moves into the image, punctuation escaped so
 *   `$`, quotes and `*` survive exactly; other attributes follow as `:attrs{…}`, which the
 *   renderer applies to the `<img>`. A lone image with a caption becomes a `:::figure` container.
 * - `[text](url){…}`: the attributes go to the link the same way.
 * - `[text]{#id .class}`: a bracketed span becomes `:span[text]{#id .class}`.
 * Code fences and spans are left alone; so are headings (`## T {#id}`: the parser reads those).
 * Limitation: indented (4-space) code blocks are not recognised, as that needs list context.
 */
export function normalisePandocAttributes(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (matchFence(lines[i]!.text)) {
      const end = fenceEnd(lines, i);
      out.push(...lines.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    // A run of non-blank lines: code spans and links may wrap inside it, never across a blank line.
    let end = i;
    while (
      end < lines.length &&
      lines[end]!.text.trim() !== '' &&
      (end === i || !matchFence(lines[end]!.text))
    )
      end++;
    if (end === i) end = i + 1;
    const block = lines.slice(i, end);
    if (block.some((l) => l.text.includes(']{') || l.text.includes('){'))) {
      const rewritten = rewriteBlock(block);
      if (rewritten.unread !== undefined) warnUnread(block[rewritten.unread]!, bag);
      out.push(...rewritten.lines);
    } else out.push(...block);
    i = end;
  }
  return out;
}

/** Attribute lists this module could not read still show as text: say so, pointing at the line. */
function warnUnread(line: SourceLine, bag: DiagnosticBag): void {
  bag.warn(
    'attributes/unreadable',
    `attribute list after a link, image or span could not be read, so it shows as text: ${line.text.trim()}`,
    line.line,
    'Write it as {alt=\'text\'}, {#id} or {.class key="value"}; quote values that contain spaces.',
  );
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * The block rewritten, and the index of its first line holding a `]{` or `){` that reads as no
 * attribute list (it stays text, so the author is told).
 */
function rewriteBlock(block: readonly SourceLine[]): { lines: SourceLine[]; unread?: number } {
  const text = block.map((l) => l.text).join('\n');
  const masked = maskCodeSpans(text);
  const figure = loneFigure(text, masked, block);
  if (figure) return { lines: figure };
  const edits: Edit[] = [];
  scanInline(text, masked, 0, masked.length, edits);
  const read = new Set(edits.map((e) => e.start));
  const unread = [...masked.matchAll(/[\])]\{/g)].find(
    (m) => !read.has(m.index + 1) && !read.has(m.index),
  );
  return {
    lines: edits.length ? applyEdits(block, text, edits) : [...block],
    unread: unread && masked.slice(0, unread.index).split('\n').length - 1,
  };
}

/** Code spans (backtick runs of equal length) blanked out, so nothing inside them is rewritten. */
const maskCodeSpans = (text: string) =>
  text.replace(/(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/[^\n]/g, '\0'));

/** `close` is the index of `]`; `target` the `(…)` range of a link or image; `braces` the `{…}` range. */
interface Construct {
  image: boolean;
  close: number;
  target?: [number, number];
  braces: [number, number];
  attributes: Attributes;
}

/** The `[…](…){…}` or `[…]{…}` construct starting at `pos` (`[` or `!`), if it has attributes. */
function constructAt(text: string, masked: string, pos: number): Construct | undefined {
  const image = masked[pos] === '!' && masked[pos + 1] === '[';
  const open = image ? pos + 1 : pos;
  const close = matchingBracket(masked, open, '[', ']');
  if (close === -1) return undefined;
  let after = close + 1;
  let target: [number, number] | undefined;
  if (masked[after] === '(') {
    const end = matchingBracket(masked, after, '(', ')');
    if (end === -1) return undefined;
    target = [after, end + 1];
    after = end + 1;
  } else if (image) return undefined;
  if (masked[after] !== '{') return undefined;
  const end = closingBrace(masked, after);
  const attributes = end === -1 ? undefined : parsePandocAttributes(text.slice(after + 1, end));
  return attributes && { image, close, target, braces: [after, end + 1], attributes };
}

function scanInline(text: string, masked: string, from: number, to: number, edits: Edit[]): void {
  for (let pos = from; pos < to; pos++) {
    if (masked[pos] === '\\' && ++pos) continue; // skip the escaped character: `\[` opens nothing
    if (masked[pos] !== '[' && !(masked[pos] === '!' && masked[pos + 1] === '[')) continue;
    const found = constructAt(text, masked, pos);
    if (!found || found.braces[1] > to) continue;
    const { image, close, target, braces, attributes } = found;
    const alt = image ? attributes.values.alt : undefined;
    if (alt !== undefined) {
      delete attributes.values.alt;
      edits.push({ start: pos + 1, end: close + 1, text: `[${escapeAlt(alt)}]` });
    } else scanInline(text, masked, pos + (image ? 2 : 1), close, edits);
    if (target) edits.push({ start: braces[0], end: braces[1], text: attributesAfter(attributes) });
    else {
      edits.push({ start: pos, end: pos + 1, text: ':span[' });
      edits.push({ start: close, end: braces[1], text: `]${toDirectiveAttributes(attributes)}` });
    }
    pos = braces[1] - 1;
  }
}

/**
 * `![caption](src){alt='…'}` alone in its paragraph: pandoc makes it a figure with the caption
 * below, and the Workbench documents that; keep the caption rather than drop it.
 */
function loneFigure(
  text: string,
  masked: string,
  block: readonly SourceLine[],
): SourceLine[] | undefined {
  const start = masked.search(/\S/);
  if (start === -1 || start > 3 || !masked.startsWith('![', start)) return undefined;
  const found = constructAt(text, masked, start);
  const alt = found?.attributes.values.alt;
  if (!found?.target || alt === undefined || masked.slice(found.braces[1]).trim() !== '')
    return undefined;
  const caption = text.slice(start + 2, found.close);
  if (caption.trim() === '') return undefined;
  delete found.attributes.values.alt;
  const indent = text.slice(0, start);
  const target = text.slice(...found.target).replace(/\n/g, ' ');
  const image = {
    text: `${indent}![${escapeAlt(alt)}]${target}${attributesAfter(found.attributes)}`,
    line: block[0]!.line,
  };
  const firstCaptionLine = text.slice(0, start + 2).split('\n').length - 1;
  const captionLines = rewriteBlock(
    caption
      .split('\n')
      .map((t, k) => ({ text: indent + t.trim(), line: block[firstCaptionLine + k]!.line })),
  ).lines;
  // The figure container: its first paragraph is the image, the rest is the caption.
  return [
    ...openContainer('figure', emptyAttributes(), block[0]!.line, indent),
    image,
    invented(''),
    ...captionLines,
    ...closeContainer(0, indent),
  ];
}

/**
 * Apply non-overlapping edits. Replacements never contain a line break, so output line k starts
 * after the k-th source line break that no edit swallowed, and takes that source line's number.
 */
function applyEdits(block: readonly SourceLine[], text: string, edits: Edit[]): SourceLine[] {
  edits.sort((x, y) => x.start - y.start);
  let [result, pos] = ['', 0];
  for (const edit of edits)
    [result, pos] = [result + text.slice(pos, edit.start) + edit.text, edit.end];
  result += text.slice(pos);
  const kept: number[] = [];
  for (let k = 0, offset = 0; k < block.length; offset += block[k]!.text.length + 1, k++) {
    if (k === 0 || !edits.some((e) => e.start <= offset - 1 && offset - 1 < e.end))
      kept.push(block[k]!.line);
  }
  return result.split('\n').map((t, k) => ({ text: t, line: kept[k]! }));
}

function matchingBracket(masked: string, open: number, opener: string, closer: string): number {
  let depth = 0;
  for (let k = open; k < masked.length; k++) {
    const c = masked[k];
    if (c === '\\') k++;
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return k;
  }
  return -1;
}

/** The `}` ending an attribute list, skipping quoted values (`alt='a } b'`). */
function closingBrace(masked: string, open: number): number {
  const m = /^\{(?:[^}'"\\]|\\[\s\S]|'(?:[^'\\]|\\[\s\S])*'|"(?:[^"\\]|\\[\s\S])*")*\}/.exec(
    masked.slice(open),
  );
  return m ? open + m[0].length - 1 : -1;
}

/** Every ASCII punctuation character escaped: Markdown then gives back exactly the author's text. */
const escapeAlt = (alt: string) => alt.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** Span attributes for the image or link just before; nothing when there are none. */
const attributesAfter = (attributes: Attributes) =>
  hasAttributes(attributes) ? spanAttributes(attributes) : '';
