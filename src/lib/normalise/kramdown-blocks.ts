import { isIalLine, parseIal, type KramdownIal } from '../attributes.ts';
import { calloutKind, reportUnknownCallout } from '../callouts.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { blockAttributes, closeContainer, isMarkdownMarker, openContainer } from './directives.ts';
import {
  interruptsParagraph,
  isHtmlBoundary,
  readHtmlBlock,
  startsHtmlBlock,
} from './kramdown-html.ts';
import { listStart, readList, writeList } from './kramdown-lists.ts';
import { joinInlineMath, readBlockMath } from './kramdown-math.ts';
import { encodeDestinationSpaces, kramdownGuillemets, rewriteSpanIals } from './kramdown-spans.ts';
import { readTable } from './kramdown-tables.ts';
import {
  asParagraphContinuation,
  asFenceText,
  asParagraphStart,
  closesFence,
  invented,
  isOneLineComment,
  isTableSeparator,
  isUnclosedFence,
  matchFence,
  narrowDefinition,
  startsCommonmarkHtmlBlock,
  warnUnclosedFence,
  type SourceLine,
} from './lines.ts';

/**
 * kramdown block syntax, rewritten into the internal Markdown shape (see `directives.ts`) the
 * renderer and the checker read as a tree:
 * - a blockquote closed by `{: .challenge}` becomes a `:::challenge` container;
 * - a code fence followed by `{: .language-bash}` or `{: .output}` gets that as its info string;
 * - `{: .class style="…"}` after a paragraph, image, table or quote becomes `::attrs{…}`, which
 *   the renderer applies to that block.
 * Works recursively, so callouts nest at any depth, and never reads `>` inside code as a quote.
 *
 * With `full` (styles lessons, which kramdown rendered), the rest of kramdown's block reading
 * where it differs from CommonMark's: attribute lists before the block they style and several in
 * a row; lists as lazy as kramdown's (`kramdown-lists.ts`); tables with `+` separators
 * (`kramdown-tables.ts`); HTML blocks to their end tag, raw-HTML callouts and Bootstrap tabs
 * (`kramdown-html.ts`); `$$` math (`kramdown-math.ts`); span attribute lists after images and
 * links (`kramdown-spans.ts`). Workbench pages (pandoc's syntax) get only the callouts and
 * attribute lists, as before.
 */
export function normaliseKramdownBlocks(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
  options: { full?: boolean } = {},
): SourceLine[] {
  const context: Context = { bag, full: !!options.full, headingLevel: 1, depth: 0 };
  return context.full ? readBlocks(lines, context) : normaliseCallouts(lines, context);
}

interface Context {
  bag: DiagnosticBag;
  full: boolean;
  /**
   * Level of the last section heading (outside quotes, lists and HTML) in page order: a
   * Bootstrap tab's title goes one level below it.
   */
  headingLevel: number;
  /** How many containers deep the blocks being read are. */
  depth: number;
}

const quoteStart = /^ {0,3}>/;
const isQuoteLine = (text: string) => quoteStart.test(text);
const isBlank = (text: string) => text.trim() === '';
const atxHeading = /^(#{1,6})[\t ]+\S/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const indented = /^(?: {4}|\t)/;
const fenceStart = /^ {0,3}(?:`{3,}|~{3,})/;
const definitionStart = /^ {0,3}:[ \t]/;
/** A list marker alone on its line, nothing after it (not even a space). */
const loneMarker = /^ {0,3}(?:\d{1,9}\.|[-*+])$/;
const escapeLoneMarker = (text: string) =>
  text.replace(/^( {0,3}\d{1,9})\.$/, '$1\\.').replace(/^( {0,3})([-*+])$/, '$1\\$2');

/**
 * The callouts-and-attributes subset (Workbench pages): quotes closed by an attribute list, code
 * attribute lists, block attribute lists right after a block. Fences at any indentation (list
 * items indent them).
 */
function normaliseCallouts(lines: readonly SourceLine[], context: Context): SourceLine[] {
  const { bag } = context;
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (fenceAnyIndent(line.text)) {
      const end = fenceEndAnyIndent(lines, i);
      const ial = lines[end + 1] && parseIal(lines[end + 1]!.text);
      const block = lines.slice(i, end + 1);
      if (ial && !ial.option) {
        warnUndotted(ial, lines[end + 1]!, bag);
        block[0] = { ...block[0]!, text: withInfo(block[0]!.text, codeLanguage(ial)) };
        i = end + 2;
      } else i = end + 1;
      out.push(...block);
      continue;
    }
    if (isQuoteLine(line.text)) {
      const end = quoteEnd(lines, i, false);
      const closing = lines[end + 1];
      const ial = closing && parseIal(closing.text);
      out.push(...quoteToCallout(lines.slice(i, end + 1), ial, closing, context));
      i = ial ? end + 2 : end + 1;
      continue;
    }
    const ial = parseIal(line.text);
    if (ial) {
      const previous = out[out.length - 1];
      if (!ial.option && previous && previous.text.trim() !== '') {
        warnUndotted(ial, line, bag);
        // Keep the indentation: an IAL inside a list item must not end the list.
        out.push(blockAttributes(ial, line.line, /^\s*/.exec(line.text)![0]));
      } else if (!ial.option) {
        bag.warn(
          'attributes/nothing-to-attach',
          `attribute list ${line.text.trim()} follows a blank line, so it belongs to nothing and is dropped`,
          line.line,
          'Put it on the line right after the paragraph, table or quote it styles.',
        );
      }
      i++;
      continue;
    }
    out.push(line);
    i++;
  }
  return out;
}

/** A block as read: its last line, and how to write it given the attribute list styling it. */
interface Block {
  end: number;
  write(ial: KramdownIal | undefined, ialLine: SourceLine | undefined): SourceLine[];
}

/**
 * kramdown's block reading for one container (the page, a quote, a list item, an HTML element
 * holding Markdown), in kramdown's order of block parsers.
 */
function readBlocks(lines: readonly SourceLine[], context: Context): SourceLine[] {
  const { bag } = context;
  const out: SourceLine[] = [];
  // kramdown's block boundary: the container's start, or after a blank line or attribute list.
  let boundary = true;
  // An attribute list on its own line with no block right before it: it styles the next block.
  let before: { ial: KramdownIal; line: SourceLine } | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (isBlank(line.text)) {
      if (before) warnDetached(before.line, bag);
      before = undefined;
      boundary = true;
      out.push(line);
      i++;
      continue;
    }
    // Where Markdown from `markdownify` starts or ends, outside HTML: nothing to read.
    if (isMarkdownMarker(line.text)) {
      i++;
      continue;
    }
    if (isBlockIal(line.text)) {
      const run = ialRun(lines, i, bag)!;
      if (run.ial) before = { ial: mergeIal(before?.ial, run.ial)!, line: before?.line ?? line };
      i = run.end + 1;
      continue;
    }
    if (boundary && loneMarker.test(line.text)) {
      // kramdown starts a list item only with text (or a space) after its marker: `1.` alone is
      // a paragraph of its own, where CommonMark would read an empty item.
      out.push({ ...line, text: escapeLoneMarker(line.text) });
      boundary = false;
      i++;
      continue;
    }
    const block = readBlock(lines, i, boundary, context, out);
    const trailing = ialRun(lines, block.end + 1, bag);
    const ial = mergeIal(before?.ial, trailing?.ial);
    out.push(...block.write(ial, trailing?.line ?? before?.line));
    before = undefined;
    // After an attribute list kramdown sets an end-of-block mark, which is no boundary either.
    boundary = false;
    i = (trailing ? trailing.end : block.end) + 1;
  }
  if (before) warnDetached(before.line, bag);
  return out;
}

/** An attribute list on a line of its own, up to three spaces in (four make it code). */
const isBlockIal = (text: string) => isIalLine(text) && /^ {0,3}\{/.test(text);

/** The attribute lists on consecutive lines from `start`, merged as kramdown merges them. */
function ialRun(
  lines: readonly SourceLine[],
  start: number,
  bag: DiagnosticBag,
): { end: number; ial?: KramdownIal; line: SourceLine } | undefined {
  if (!lines[start] || !isBlockIal(lines[start]!.text)) return undefined;
  let end = start;
  let ial: KramdownIal | undefined;
  for (; end < lines.length && isBlockIal(lines[end]!.text); end++) {
    const next = parseIal(lines[end]!.text)!;
    if (next.option) continue;
    warnUndotted(next, lines[end]!, bag);
    ial = mergeIal(ial, next);
  }
  return { end: end - 1, ial, line: lines[start]! };
}

function mergeIal(a: KramdownIal | undefined, b: KramdownIal | undefined): KramdownIal | undefined {
  if (!a || !b) return a ?? b;
  return {
    id: b.id ?? a.id,
    classes: [...a.classes, ...b.classes],
    values: { ...a.values, ...b.values },
    undotted: [...a.undotted, ...b.undotted],
  };
}

/** Lines followed by `::attrs{…}` for the attribute list, if any. */
const withAttributes = (
  block: SourceLine[],
  ial: KramdownIal | undefined,
  line: SourceLine | undefined,
): SourceLine[] => (ial ? [...block, blockAttributes(ial, line?.line ?? 0)] : block);

/** A block's text at the span level: guillemets, span attribute lists, spaced link addresses. */
const spans = (block: readonly SourceLine[], bag: DiagnosticBag): SourceLine[] =>
  encodeDestinationSpaces(rewriteSpanIals(kramdownGuillemets(block), bag, warnUndotted), bag);

function readBlock(
  lines: readonly SourceLine[],
  i: number,
  boundary: boolean,
  context: Context,
  out: readonly SourceLine[],
): Block {
  const { bag } = context;
  const text = lines[i]!.text;
  const recurse = (inner: SourceLine[]) =>
    readBlocks(inner, { ...context, depth: context.depth + 1 });

  if (indented.test(text)) return indentedCode(lines, i);
  const fenceClose = kramdownFenceEnd(lines, i);
  // Never closed: kramdown reads text, and so does `paragraph` below, but warns of it.
  if (fenceClose === undefined && isUnclosedFence(lines, i))
    warnUnclosedFence(lines[i]!, 'kramdown', bag);
  if (fenceClose !== undefined) {
    const end = fenceClose;
    return {
      end,
      write: (ial) => {
        const block = lines.slice(i, end + 1);
        if (ial) block[0] = { ...block[0]!, text: withInfo(block[0]!.text, codeLanguage(ial)) };
        return block;
      },
    };
  }
  if (isQuoteLine(text)) {
    const end = quoteEnd(lines, i, true);
    return {
      end,
      write: (ial, ialLine) => quoteToCallout(lines.slice(i, end + 1), ial, ialLine, context),
    };
  }
  const heading = atxHeading.exec(text);
  if (heading) {
    if (context.depth === 0) context.headingLevel = heading[1]!.length;
    return {
      end: i,
      write: (ial, ialLine) => withAttributes(spans([lines[i]!], bag), ial, ialLine),
    };
  }
  if (thematicBreak.test(text))
    return { end: i, write: (ial, ialLine) => withAttributes([lines[i]!], ial, ialLine) };
  if (listStart(text)) {
    const list = readList(lines, i);
    return {
      end: list.end,
      write: (ial, ialLine) => withAttributes(writeList(list, recurse), ial, ialLine),
    };
  }
  if (startsHtmlBlock(text)) {
    const html = readHtmlBlock(lines, i, {
      normalise: recurse,
      headingLevel: context.headingLevel,
    });
    if (html) {
      if (html.unclosed)
        bag.warn(
          'kramdown/unclosed-html',
          `<${html.unclosed}> opened here is never closed, so kramdown takes everything after it, to the end of the page (or of the quote or list item holding it), as this element's content ("Found no end tag"); so does this page`,
          lines[i]!.line,
          `Add </${html.unclosed}> where the element ends; a blank line does not end it.`,
        );
      // CommonMark lets only some HTML blocks interrupt a paragraph; kramdown lets any.
      const previous = out[out.length - 1];
      const gap =
        previous && !isBlank(previous.text) && !interruptsParagraph(text) ? [invented('')] : [];
      // kramdown's block ends at the end tag; CommonMark's runs on to a blank line.
      const next = lines[html.end + 1];
      const after = next && !isBlank(next.text) ? [invented('')] : [];
      return {
        end: html.end,
        write: (ial, ialLine) => withAttributes([...gap, ...html.lines, ...after], ial, ialLine),
      };
    }
  }
  if (boundary) {
    const math = readBlockMath(lines, i);
    if (math)
      return { end: math.end, write: (ial, ialLine) => withAttributes(math.lines, ial, ialLine) };
    const table = readTable(lines, i, bag);
    if (table)
      return {
        end: table.end,
        write: (ial, ialLine) => withAttributes(spans(table.lines, bag), ial, ialLine),
      };
  }
  return paragraph(lines, i, bag);
}

/**
 * A paragraph: lines up to where kramdown's GFM reader ends one (a blank line, an attribute
 * list, HTML, a list item, a heading, a quote, a fence, a definition). A list item ends it in
 * kramdown whatever its number; CommonMark lets only an item numbered 1 interrupt a paragraph,
 * so a blank line goes in before any other.
 */
function paragraph(lines: readonly SourceLine[], start: number, bag: DiagnosticBag): Block {
  let end = start;
  while (end + 1 < lines.length && !endsParagraph(lines, end + 1)) end++;
  const next = lines[end + 1] && listStart(lines[end + 1]!.text);
  const gap = next?.ordered && !/^ {0,3}1\.$/.test(next.marker) ? [invented('')] : [];
  const body = lines.slice(start, end + 1);
  // A first line holding only a span element's tag (`<img …/>`) would start an HTML block for
  // CommonMark, and the Markdown below it would show as raw text: the next line joins it, as
  // kramdown joins a paragraph's lines anyway.
  // Alone (`<img …>` between blank lines), it is still a paragraph to kramdown, which sets
  // images one under another: an empty comment after the tag keeps CommonMark from reading the
  // line as an HTML block, whose images would sit side by side, without a paragraph's margins.
  if (startsCommonmarkHtmlBlock(body[0]!.text)) {
    if (body.length > 1)
      body.splice(0, 2, { ...body[0]!, text: `${body[0]!.text} ${body[1]!.text.trimStart()}` });
    else body[0] = { ...body[0]!, text: asParagraphStart(body[0]!.text) };
  }
  body[0] = { ...body[0]!, text: narrowDefinition(body[0]!.text) };
  keepRunOnInParagraph(body, bag);
  // A one-line HTML comment is inline to kramdown, where CommonMark would end the paragraph:
  // indented past any block's start, it goes on the paragraph. (One over several lines stays a
  // block: a line in it could start a list and cut it open.)
  for (const [k, line] of body.entries())
    if (k && isOneLineComment(line.text))
      body[k] = { ...line, text: asParagraphContinuation(line.text) };
  // A line kramdown does not read as a fence (see `kramdownFenceEnd`) is text, whose backticks
  // may still open a code span closed further on, as kramdown reads them. CommonMark must not
  // open a code block there either: a later line is indented past any fence (a paragraph's
  // continuation all the same); a first line is led by an empty inline element.
  for (const [k, line] of body.entries())
    if (fenceStart.test(line.text))
      body[k] = { ...line, text: k ? `    ${line.text}` : asFenceText(line.text) };
  return {
    end,
    write: (ial, ialLine) =>
      withAttributes([...spans(backslashBreaks(joinInlineMath(body)), bag), ...gap], ial, ialLine),
  };
}

/**
 * kramdown's line break `\\` at the end of a paragraph's line (Jekyll runs kramdown without
 * `hard_wrap`, so that and two trailing spaces are its breaks), written as CommonMark's `\`, where
 * the two backslashes would be one escaped backslash. Not on the last line (kramdown shows it
 * there), nor inside a code span.
 */
function backslashBreaks(body: SourceLine[]): SourceLine[] {
  return body.map((line, k) =>
    k < body.length - 1 && /(?:^|[^\\])\\\\$/.test(line.text) && !endsInCode(line.text)
      ? { ...line, text: line.text.slice(0, -1) }
      : line,
  );
}

/** An odd number of backticks: the line ends inside a code span that goes on to the next. */
const endsInCode = (text: string) => (text.match(/`/g)?.length ?? 0) % 2 === 1;

/**
 * Lines kramdown keeps in a paragraph that CommonMark would start a block with: a rule of `*` or
 * `_` (`***`; `* * *` starts a list in kramdown, so it ends the paragraph there too) and a pipe
 * table's separator row under a line with pipes (the header; a table needs a blank line before it
 * in kramdown). The Jekyll site ran them into the text above; so does the page, with a warning.
 */
function keepRunOnInParagraph(body: SourceLine[], bag: DiagnosticBag): void {
  let warned = false;
  for (let k = 1; k < body.length; k++) {
    const text = body[k]!.text;
    const block = /^ {0,3}(?:\*{3,}|_{3,})[ \t]*$/.test(text)
      ? 'rule'
      : isTableSeparator(text) && body[k - 1]!.text.includes('|')
        ? 'table'
        : undefined;
    if (!block) continue;
    if (!warned)
      bag.warn(
        'paragraphs/no-blank-line',
        `this ${block} comes right under a paragraph's line: kramdown reads it as more of that paragraph, so the Jekyll site ran it into the text above, and so does this page`,
        (block === 'table' ? body[k - 1]! : body[k]!).line,
        `Put a blank line before it to make it a ${block} on the Jekyll site and here.`,
      );
    warned = true;
    body[k] = {
      ...body[k]!,
      text:
        block === 'table'
          ? text.replace(/(?<!\\)\|/, '\\|')
          : text.replace(/^( {0,3})(\S)/, '$1\\$2'),
    };
  }
}

function endsParagraph(lines: readonly SourceLine[], k: number): boolean {
  const text = lines[k]!.text;
  return (
    isBlank(text) ||
    isBlockIal(text) ||
    isHtmlBoundary(text) ||
    !!listStart(text) ||
    atxHeading.test(text) ||
    definitionStart.test(text) ||
    isQuoteLine(text) ||
    kramdownFenceEnd(lines, k) !== undefined
  );
}

/**
 * Where the fenced code block opened at `start` ends, as kramdown's GFM reader finds one: the
 * fence's info string is one word at most (```` ```python ````, not ```` ```/path/x.py: Warning ````),
 * and a closing fence follows in the same container. Otherwise there is no code block: kramdown
 * reads the line as text (CommonMark would open a block that hides the info string and runs on).
 */
function kramdownFenceEnd(lines: readonly SourceLine[], start: number): number | undefined {
  const open = /^ {0,3}(`{3,}|~{3,})[ \t]*(\S*)[ \t]*$/.exec(lines[start]!.text);
  if (!open) return undefined;
  const end = fenceEnd(lines, start);
  return end > start && closesFence(lines[end]!.text, matchFence(lines[start]!.text)!)
    ? end
    : undefined;
}

/**
 * An indented code block as kramdown reads it: indented lines and the blank lines between them,
 * and unindented lines right after one (kramdown joins such a line onto the one before). An
 * attribute list after it gives it a language, as after a fence; the parser can only read one
 * on a fence, so it becomes one.
 */
function indentedCode(lines: readonly SourceLine[], start: number): Block {
  let end = start;
  for (let i = start + 1; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (indented.test(text) && !isBlank(text)) end = i;
    else if (isBlank(text)) continue;
    else if (i === end + 1 && !isBlockIal(text) && !isHtmlBoundary(text)) end = i;
    else break;
  }
  return {
    end,
    write: (ial) => {
      const code: SourceLine[] = [];
      for (const line of lines.slice(start, end + 1)) {
        if (indented.test(line.text) || isBlank(line.text)) code.push({ ...line });
        else code[code.length - 1]!.text += ` ${line.text}`;
      }
      if (!ial) return code;
      const body = code.map((l) => ({ ...l, text: l.text.replace(indented, '') }));
      const longest = Math.max(2, ...body.map((l) => /`+/.exec(l.text)?.[0].length ?? 0));
      const fence = '`'.repeat(longest + 1);
      return [
        { ...code[0]!, text: `${fence}${codeLanguage(ial)}` },
        ...body,
        { ...code[code.length - 1]!, text: fence },
      ];
    },
  };
}

/**
 * Last line of the blockquote starting at `start`. kramdown is lazier than CommonMark: a quote
 * runs on over lines without `>` (even code lines inside a quoted fence) until a blank line,
 * an attribute list or (`full`) a line opening or closing an HTML block; lessons rely on that.
 */
function quoteEnd(lines: readonly SourceLine[], start: number, full: boolean): number {
  let end = start;
  while (
    end + 1 < lines.length &&
    !isBlank(lines[end + 1]!.text) &&
    !(full ? isBlockIal(lines[end + 1]!.text) : isIalLine(lines[end + 1]!.text)) &&
    !(full && isHtmlBoundary(lines[end + 1]!.text))
  )
    end++;
  return end;
}

/** A fence at any indentation: kramdown lessons indent fences inside list items. */
function fenceAnyIndent(text: string) {
  const indent = /^\s*/.exec(text)![0];
  const fence = matchFence(text.slice(indent.length));
  return fence && { ...fence, indent: indent + fence.indent };
}

function fenceEndAnyIndent(lines: readonly SourceLine[], start: number): number {
  const open = fenceAnyIndent(lines[start]!.text)!;
  for (let i = start + 1; i < lines.length; i++)
    if (closesFence(lines[i]!.text.trimStart(), open)) return i;
  return lines.length - 1;
}

/** The line closing the fence at `start` (up to three spaces in), or the container's last. */
function fenceEnd(lines: readonly SourceLine[], start: number): number {
  const open = matchFence(lines[start]!.text) ?? fenceAnyIndent(lines[start]!.text)!;
  for (let i = start + 1; i < lines.length; i++) if (closesFence(lines[i]!.text, open)) return i;
  return lines.length - 1;
}

/** One level of quote markers removed, positions kept. A lazy line has none and stays as it is. */
function stripOneLevel(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((l) => ({ ...l, text: l.text.replace(/^ {0,3}> ?/, '').replace(/^\t/, '') }));
}

function quoteToCallout(
  quote: SourceLine[],
  ial: KramdownIal | undefined,
  closing: SourceLine | undefined,
  context: Context,
): SourceLine[] {
  const { bag } = context;
  const stripped = stripOneLevel(quote);
  const inner = context.full
    ? readBlocks(stripped, { ...context, depth: context.depth + 1 })
    : normaliseCallouts(stripped, context);
  const names = ial?.classes ?? [];
  const kind = names.map(calloutKind).find(Boolean);
  if (ial && closing && !context.full) warnUndotted(ial, closing, bag);
  if (!kind) {
    if (ial && !ial.option && closing && names.length) {
      reportUnknownCallout(
        bag,
        names.map((n) => `.${n}`).join(' '),
        closing.line,
        'it renders as a plain quote',
      );
    }
    // Keep it a quote: re-prefix, so callouts nested inside stay inside; its attributes follow.
    const quoted = inner.map((l) => ({ ...l, text: l.text === '' ? '>' : `> ${l.text}` }));
    return ial && !ial.option ? [...quoted, blockAttributes(ial, closing?.line ?? 0)] : quoted;
  }
  // The kind's class names the container; any other classes, the id and values stay on it.
  const attributes = {
    id: ial?.id,
    classes: names.filter((n) => calloutKind(n) !== kind),
    values: ial?.values ?? {},
  };
  return [
    ...openContainer(kind.name, attributes, quote[0]!.line),
    ...inner,
    ...closeContainer(closing?.line ?? 0),
  ];
}

const codeKinds = new Set(['output', 'error', 'warning', 'source']);

/** The info string a code IAL stands for: `.language-bash` → `bash`, `.output` → `output`. */
function codeLanguage(ial: KramdownIal): string {
  for (const name of ial.classes) {
    if (name.startsWith('language-')) return name.slice('language-'.length);
    if (codeKinds.has(name)) return name;
  }
  return ial.classes[0] ?? '';
}

function withInfo(fenceLine: string, info: string): string {
  const fence = fenceAnyIndent(fenceLine)!;
  return `${fence.indent}${fence.marker}${info || fence.info}`;
}

function warnUndotted(ial: KramdownIal, line: SourceLine, bag: DiagnosticBag): void {
  for (const word of ial.undotted) {
    bag.warn(
      'kramdown/ial-without-dot',
      `attribute list {: ${word}} has no dot; read as the class .${word}`,
      line.line,
      `Write {: .${word}}.`,
    );
  }
}

/** An attribute list with no block right before it and none right after: kramdown drops it. */
function warnDetached(line: SourceLine, bag: DiagnosticBag): void {
  bag.warn(
    'attributes/nothing-to-attach',
    `attribute list ${line.text.trim()} has a blank line (or the start of its block) before it and a blank line after it, so it styles nothing and is dropped`,
    line.line,
    'Put it on the line right after the block it styles, or on the line right before it.',
  );
}
