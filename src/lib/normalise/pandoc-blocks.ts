import { parsePandocAttributes } from '../attributes.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { commentedLines } from './html-comments.ts';
import {
  asFenceText,
  asParagraphStart,
  atBlockStart,
  fenceEnd,
  isTableSeparator,
  isUnclosedFence,
  matchFence,
  narrowDefinition,
  quoted,
  startsBlock,
  startsCommonmarkHtmlBlock,
  warnUnclosedFence,
  type SourceLine,
} from './lines.ts';

/**
 * Block constructs pandoc reads differently from CommonMark, in Workbench pages, rewritten so the
 * renderer reads them as pandoc (and so sandpaper's site) did:
 * - a pipe table whose header row has more or fewer cells than its separator row (stray text after
 *   the last `|`): pandoc takes the separator's column count, CommonMark reads no table at all;
 *   and a `|` inside a code span in a row, which is text to pandoc and a cell border to CommonMark;
 * - an ATX heading indented by one to three spaces (` ### Title`): pandoc reads a paragraph;
 * - `{-}` in a heading's attributes (the `unnumbered` class) and a definition marked `~`;
 * - inside an HTML block element (`<table>`, `<div>`…), a tag line indented four spaces or more:
 *   pandoc reads HTML, CommonMark (after a blank line) a code block; and Markdown right after a
 *   block tag's line (`<center>` then a table;
 *   `<summary>Answer</summary>` then text), which pandoc reads as Markdown, CommonMark as HTML;
 * - an inline element's tag alone on its line (`<img …>`, `<br>`, `<span>`), which starts a
 *   paragraph in pandoc (the Markdown below it read as Markdown) and a raw HTML block, with no
 *   paragraph and none of the Markdown below it read, in CommonMark: an empty comment after the tag
 *   makes it a paragraph's first line there too;
 * - a backtick fence whose info string pandoc cannot read (`{r label, fig.cap=…` left unclosed on
 *   its line, `python {.x}`): pandoc reads no code block but inline code, up to the closing fence,
 *   in a paragraph; with a warning, as the author surely meant a code block.
 * Code and HTML comments are otherwise left alone. Every line keeps its author's number; a fence
 * read as inline code becomes one line, and an added blank line takes its neighbour's number.
 */
export function normalisePandocBlocks(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  const out: SourceLine[] = lines.map((l) => ({ ...l }));
  const commented = commentedLines(lines);
  const dropped = new Set<number>();
  /** Lines after which a blank line goes. */
  const parted = new Set<number>();
  let openHtml = 0;
  for (let i = 0; i < out.length; i++) {
    if (commented[i]) continue;
    const line = out[i]!;
    const fence = matchFence(line.text);
    if (fence) {
      if (isUnclosedFence(out, i)) {
        // No closing fence follows: pandoc reads no code block but a paragraph, and the lines
        // after it as Markdown (CommonMark would make the rest of the page code).
        warnUnclosedFence(line, 'pandoc', bag);
        line.text = asFenceText(line.text);
        continue;
      }
      const end = fenceEnd(out, i);
      if (fence.marker[0] === '`' && !pandocReadsInfo(fence.info)) {
        warnUnreadFence(line, fence.info, bag);
        const code = out.slice(i, end + 1).map((l) => l.text.trim());
        // The opening run opens an inline code span, the closing fence ends it (pandoc's reading).
        line.text = `${fence.indent}${code.join(' ').replace(/\s*`+$/, '')}${fence.marker}`;
        for (let k = i + 1; k <= end; k++) dropped.add(k);
      }
      i = end;
      continue;
    }
    if (openHtml > 0 && /^ {4,}</.test(line.text)) line.text = line.text.trimStart();
    if (startsInlineTagParagraph(out, i)) line.text = asParagraphStart(line.text);
    if (opensMarkdownInHtml(line.text, out[i + 1]?.text)) parted.add(i);
    if (closesMarkdownInHtml(line.text, out[i - 1]?.text)) parted.add(i - 1);
    if (markdownAfterHtml(line.text, out[i + 1]?.text)) parted.add(i);
    openHtml = Math.max(0, openHtml + htmlBlockDepth(line.text, openHtml > 0));
    if (isIndentedHeading(out, i)) line.text = line.text.replace('#', '\\#');
    line.text = narrowDefinition(tildeDefinition(out, i) ?? unnumberedHeading(line.text));
    const separator = out[i + 1] && separatorCells(out[i + 1]!.text);
    if (separator && line.text.includes('|')) {
      const header = splitRow(line.text);
      if (header.length !== separator) line.text = joinRow(header, separator);
      // The table's rows, up to a blank line or a line without a pipe (pandoc's end of the table;
      // GFM's would be one more row): a `|` in a code span is the cell's text to pandoc.
      for (let k = i; k < out.length && out[k]!.text.trim() !== ''; k++) {
        if (k > i + 1 && !out[k]!.text.includes('|')) {
          parted.add(k - 1);
          break;
        }
        // A separator or row that starts as a list item would (`- | -`, `- | 2`) starts one in
        // CommonMark: a leading pipe keeps it the table's.
        if (k > i && startsBlock(out[k]!.text))
          out[k]!.text = out[k]!.text.replace(/^( {0,3})/, '$1|');
        out[k]!.text = escapeCodePipes(out[k]!.text);
      }
      i++;
    }
  }
  if (dropped.size === 0 && parted.size === 0) return out;
  return out.flatMap((l, k) =>
    dropped.has(k) ? [] : parted.has(k) ? [l, { text: '', line: l.line }] : [l],
  );
}

/**
 * A definition marked with a tilde (`~ text`), which pandoc reads as it reads `:`: the marker
 * written as a colon, where the line defines the term above it (directly or after one blank
 * line) or follows another definition.
 */
function tildeDefinition(lines: readonly SourceLine[], index: number): string | undefined {
  const text = lines[index]!.text;
  if (!/^ {0,2}~[ \t]+\S/.test(text)) return undefined;
  const previous = lines[index - 1]?.text ?? '';
  const term = previous.trim() === '' ? (lines[index - 2]?.text ?? '') : previous;
  if (term.trim() === '' || /^ {0,3}(?:#|>|[-*+][ \t]|\d+[.)][ \t]|```|~~~|:::|<)/.test(term))
    return undefined;
  return text.replace('~', ':');
}

/** `## Title {-}`: pandoc's short form of the `unnumbered` class, which the parser does not know. */
const unnumberedHeading = (text: string) =>
  /^ {0,3}#{1,6}[ \t].*\{[^{}]*\}[ \t]*$/.test(text)
    ? text.replace(
        /\{([^{}]*)\}([ \t]*)$/,
        (_, list: string, end: string) =>
          `{${list.replace(/(^|\s)-(?=\s|$)/, '$1.unnumbered')}}${end}`,
      )
    : text;

/**
 * `<center>` alone on its line with Markdown right below (a table): pandoc reads the tag, then the
 * Markdown as Markdown up to `</center>`; CommonMark would take it all as raw HTML up to the next
 * blank line. A blank line after the tag (and before the closing one) gives CommonMark pandoc's
 * reading.
 */
function opensMarkdownInHtml(text: string, next: string | undefined): boolean {
  if (!isMarkdownLine(next)) return false;
  const tag = /^ {0,3}<([a-zA-Z]+)(?:\s[^>]*)?>\s*$/.exec(text)?.[1]?.toLowerCase();
  if (tag) return tag !== 'p' && blockTags.has(tag);
  // A whole element on its line (`<summary>Answer</summary>`, `<h3>Title</h3>`): pandoc reads the
  // Markdown below it as Markdown too. Not inside a table or a list, where CommonMark would put
  // a paragraph between the cells or items.
  const whole = /^ {0,3}<([a-zA-Z][a-zA-Z0-9]*)(?:\s[^>]*)?>.*<\/\1>\s*$/i.exec(text)?.[1];
  return !!whole && wholeElementLines.has(whole.toLowerCase());
}

/**
 * Block elements whose one-line form (`<h3>Title</h3>`) pandoc ends before a Markdown line, and
 * the elements it reads as a block where a block starts (an embedded video's `<iframe>`), though
 * they may be inline: CommonMark would take the line below an `<iframe>` into its HTML block, its
 * Markdown shown as written, or join it to a `<video>` in one paragraph.
 */
const wholeElementLines = new Set(
  (
    'address article aside audio blockquote center details div figcaption figure footer h1 h2 h3 ' +
    'h4 h5 h6 header hgroup iframe main nav p section summary video'
  ).split(' '),
);

function closesMarkdownInHtml(text: string, previous: string | undefined): boolean {
  const tag = /^ {0,3}<\/([a-zA-Z]+)>\s*$/.exec(text)?.[1]?.toLowerCase();
  return !!tag && tag !== 'p' && blockTags.has(tag) && isMarkdownLine(previous);
}

/**
 * An end tag alone on its line (`</div>`, `</iframe>`), or a rule (`<hr>`), with Markdown right
 * below it, which pandoc reads as Markdown and CommonMark as more of the HTML block, shown as
 * written.
 */
function markdownAfterHtml(text: string, next: string | undefined): boolean {
  if (/^ {0,3}<hr\b[^>]*>\s*$/i.test(text)) return isMarkdownLine(next);
  const tag = /^ {0,3}<\/([a-zA-Z]+)>\s*$/.exec(text)?.[1]?.toLowerCase();
  return (
    !!tag &&
    tag !== 'p' &&
    (blockTags.has(tag) || wholeElementLines.has(tag)) &&
    isMarkdownLine(next)
  );
}

const isMarkdownLine = (text: string | undefined) =>
  text !== undefined && text.trim() !== '' && !text.trimStart().startsWith('<');

/**
 * pandoc's reading of a fence's info string: nothing, one word (`python`, even `{r}`), or an
 * attribute list it can read (`{.julia #id}`). Anything else opens no code block.
 */
function pandocReadsInfo(info: string): boolean {
  if (info === '' || !/\s/.test(info)) return true;
  const braces = /^\{(.*)\}$/.exec(info);
  return !!braces && parsePandocAttributes(braces[1]!) !== undefined;
}

/** `|` inside the code spans of a table row, escaped: CommonMark would split the cell there. */
const escapeCodePipes = (text: string) =>
  text.replace(/(?<!\\)(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) =>
    span.replace(/(?<!\\)\|/g, '\\|'),
  );

function warnUnreadFence(line: SourceLine, info: string, bag: DiagnosticBag): void {
  const chunk = /^\{\s*[a-zA-Z]\w*[\s,]/.test(info);
  bag.warn(
    'code/unreadable-fence',
    `code fence "${line.text.trim().slice(0, 60)}${line.text.trim().length > 60 ? '…' : ''}": pandoc cannot read its info string, so it reads no code block but inline code up to the closing fence; the Workbench site showed it so, and so does this page`,
    line.line,
    chunk
      ? 'A knitr chunk header must be on one line: ```{r label, option = value}.'
      : 'Name the language alone (```python) or as pandoc attributes (```{.python}).',
  );
}

/**
 * ` ### Title` where pandoc reads text: not in a list item, whose content is indented (`- item`
 * then `  ## Heading` is the item's heading in both readers).
 */
function isIndentedHeading(lines: readonly SourceLine[], index: number): boolean {
  if (!/^ {1,3}#{1,6}(?:[ \t]|$)/.test(lines[index]!.text)) return false;
  for (let k = index - 1; k >= 0; k--) {
    const text = lines[k]!.text;
    if (text.trim() === '' || /^\s/.test(text)) continue;
    return !/^(?:[-*+]|\d+[.)])(?:[ \t]|$)/.test(text);
  }
  return true;
}

/** A pipe table's separator row (`|---|:--:|`): how many columns it makes, or undefined. */
function separatorCells(text: string): number | undefined {
  return isTableSeparator(text) ? splitRow(text).length : undefined;
}

/**
 * The cells of a table row: split at `|` outside code spans and not escaped; the outer pipes are
 * borders, and text after the last one is a cell of its own (which pandoc then drops).
 */
function splitRow(text: string): string[] {
  const cells: string[] = [];
  let cell = '';
  const row = text.trim();
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\') {
      cell += row.slice(i, i + 2);
      i++;
    } else if (c === '`') {
      const run = /^`+/.exec(row.slice(i))![0];
      const end = row.indexOf(run, i + run.length);
      const stop = end === -1 ? i + run.length : end + run.length;
      cell += row.slice(i, stop);
      i = stop - 1;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  if (cell.trim() !== '' || !row.endsWith('|')) cells.push(cell);
  if (row.startsWith('|')) cells.shift();
  return cells.map((c) => c.trim());
}

/** A header row of exactly `count` cells, as pandoc keeps it: extra cells dropped, missing ones empty. */
const joinRow = (cells: readonly string[], count: number) =>
  `| ${Array.from({ length: count }, (_, k) => cells[k] ?? '').join(' | ')} |`;

/**
 * Tags pandoc's Markdown reader starts a raw HTML block with (its `blockHtmlTags` and
 * `eitherBlockOrInline`); any other tag (`img`, `span`, `br`, a custom element) is inline, text
 * of a paragraph.
 */
const pandocBlockTags = new Set(
  (
    'address article aside blockquote body canvas caption center col colgroup dd details dir div ' +
    'dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html ' +
    'isindex main menu meta noframes nav ol output p pre section summary table tbody textarea ' +
    'thead tfoot ul frameset li td th tr script style ' +
    'audio applet button iframe embed del ins progress map area noscript object svg video source'
  ).split(' '),
);

/**
 * A line holding only an inline element's tag where a block starts (in a quote too): a
 * paragraph in pandoc, raw HTML in CommonMark.
 */
function startsInlineTagParagraph(lines: readonly SourceLine[], i: number): boolean {
  const { prefix, rest } = quoted(lines[i]!.text);
  const name = /^ {0,3}<\/?([A-Za-z][A-Za-z0-9-]*)/.exec(rest)?.[1]?.toLowerCase();
  if (!name || !startsCommonmarkHtmlBlock(rest) || pandocBlockTags.has(name)) return false;
  if (!prefix) return atBlockStart(lines, i);
  // In a quote: its first line, or after one of its blank lines.
  const before = lines[i - 1] && quoted(lines[i - 1]!.text);
  return !before || before.rest.trim() === '' || before.prefix.trim() !== prefix.trim();
}

/** Block-level HTML elements whose content pandoc reads as HTML, indented or not. */
const blockTags = new Set(
  (
    'address article aside blockquote center details dialog dir div dl fieldset figcaption figure ' +
    'footer form header hgroup main menu nav ol p section summary table tbody td tfoot th thead tr ul li'
  ).split(' '),
);

/**
 * How many block-level HTML elements this line leaves open (negative: closes), counting only lines
 * that start with a tag when none is open yet, as an HTML block starts.
 */
function htmlBlockDepth(text: string, inside: boolean): number {
  if (!inside && !/^ {0,3}<[a-zA-Z]/.test(text)) return 0;
  let depth = 0;
  for (const m of text.matchAll(/<(\/?)([a-zA-Z][\w-]*)\b[^>]*?(\/?)>/g)) {
    if (!blockTags.has(m[2]!.toLowerCase()) || m[3]) continue;
    depth += m[1] ? -1 : 1;
  }
  return depth;
}
