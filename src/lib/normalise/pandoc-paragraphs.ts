import type { DiagnosticBag } from '../diagnostics.ts';
import { codeOrCommentLines } from './html-comments.ts';
import {
  asParagraphContinuation,
  isDivFence,
  isOneLineComment,
  isTableSeparator,
  quoted,
  type SourceLine,
} from './lines.ts';

/**
 * What pandoc keeps in a paragraph: in its Markdown a list, a heading, a block quote, a rule or
 * a pipe table needs a blank line before it, so a line that starts one right under a paragraph's
 * line is more of that paragraph (`Options:` then `- one` reads "Options: - one" on the Workbench
 * site). CommonMark starts the block there. Such a line is escaped (`\- one`, `\# Two`,
 * `\> three`, a table's separator row) so the renderer keeps it in the paragraph as pandoc did,
 * with a warning that says how to get the block in both. Fenced code and a div's fence end a
 * paragraph in pandoc too, and a list item's own lines (`- item` then `  - sub`) hold sublists
 * in both, so those are left as they are.
 */
export function normalisePandocParagraphs(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  const skipped = codeOrCommentLines(lines);
  const out: SourceLine[] = [];
  /** The quote markers of the paragraph being read, or undefined between paragraphs. */
  let paragraph: string | undefined;
  /** Index in `out` of the paragraph's first line: a table may start there, as in pandoc. */
  let paragraphStart = -1;
  let warned = false;
  let inList = false;
  let blankBefore = true;
  let inMath = false;
  /** In a pipe table's rows, which are no paragraph's. */
  let inTable = false;
  for (const [i, line] of lines.entries()) {
    // A formula's lines (`$$` … `$$`, in a paragraph or alone) are TeX, whatever they start with.
    const startsInMath = inMath;
    if (!skipped[i] && countDisplayDelimiters(line.text) % 2 === 1) inMath = !inMath;
    if (startsInMath) {
      out.push(line);
      continue;
    }
    const { prefix, rest } = quoted(line.text);
    if (inTable && rest.trim() !== '' && !line.directive && !isDivFence(rest)) {
      out.push(line);
      continue;
    }
    if (skipped[i] || line.directive || rest.trim() === '' || isDivFence(rest)) {
      inTable = false;
      paragraph = undefined;
      blankBefore = true;
      out.push(line);
      continue;
    }
    const depth = prefix.replace(/[^>]/g, '').length;
    if (paragraph !== undefined && depth >= quoteDepth(paragraph)) {
      const separator = isTableSeparator(rest) && out[out.length - 1]!.text.includes('|');
      if (separator && out.length - 1 === paragraphStart) {
        // The "paragraph" was a table's header: its rows run to a blank line, whatever they start with.
        paragraph = undefined;
        inTable = true;
        out.push(line);
        continue;
      }
      const block =
        depth > quoteDepth(paragraph) ? 'quote' : separator ? 'table' : interruption(rest);
      if (block) {
        // A table is named at its header line, the one above its separator row.
        if (!warned) warnRunOn(block, block === 'table' ? lines[i - 1]! : line, bag);
        warned = true;
        out.push({ ...line, text: escapeBlock(line.text, paragraph, block) });
        continue;
      }
      // A one-line HTML comment is inline to pandoc; CommonMark would end the paragraph at it.
      // Indented past any block's start, it goes on the paragraph as pandoc read it. (A comment
      // over several lines stays a block: a line in it could start a list and cut it open.)
      if (isOneLineComment(rest))
        out.push({ ...line, text: prefix + asParagraphContinuation(rest) });
      else out.push(line);
      continue;
    }
    // Where a paragraph starts: text at the page's (or a quote's) margin, outside any list.
    if (/^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/.test(rest)) inList = true;
    else if (blankBefore && !/^[ \t]/.test(rest)) inList = false;
    paragraph = !inList && startsParagraph(rest) ? prefix : undefined;
    paragraphStart = out.length;
    warned = false;
    blankBefore = false;
    out.push(line);
  }
  return out;
}

/** `$$` delimiters on a line, outside code spans and escapes. */
const countDisplayDelimiters = (text: string) =>
  text
    .replace(/`+[^`]*`+/g, '')
    .replace(/\\\$/g, '')
    .split('$$').length - 1;

type Block = 'list item' | 'heading' | 'quote' | 'rule' | 'table';

const quoteDepth = (prefix: string) => prefix.replace(/[^>]/g, '').length;

/** A line that opens no other block, so a paragraph starts there (in both readers). */
const startsParagraph = (text: string) =>
  !/^(?: {4}|\t| {0,3}(?:#|>|```|~~~|:|\||<|\$\$|\[[^\]]*\]:|[-*_=+](?:[ \t]*[-*_=])*[ \t]*$))/.test(
    text,
  );

/** The block CommonMark would start on this line, under a paragraph's line; pandoc starts none. */
function interruption(text: string): Block | undefined {
  // `---` alone is a setext underline in both readers: the paragraph is a heading.
  if (/^ {0,3}(?:([*_-])[ \t]*)(?:\1[ \t]*){2,}$/.test(text) && !/^ {0,3}-+[ \t]*$/.test(text))
    return 'rule';
  if (/^ {0,3}(?:[-*+]|1[.)])[ \t]+\S/.test(text)) return 'list item';
  if (/^ {0,3}#{1,6}(?:[ \t]|$)/.test(text)) return 'heading';
  return undefined;
}

/** The line with the character that would open the block escaped, after the paragraph's quotes. */
function escapeBlock(text: string, paragraphPrefix: string, block: Block): string {
  const { prefix, rest } = quoted(text);
  if (block === 'quote') {
    // The first marker beyond the paragraph's depth is text.
    let seen = 0;
    const depth = quoteDepth(paragraphPrefix);
    return text.replace(/>/g, (marker) => (++seen === depth + 1 ? '\\>' : marker));
  }
  // A separator row's first pipe: its dashes stay dashes (`--- | ---` reads "— | —", as in pandoc).
  if (block === 'table') return prefix + rest.replace(/(?<!\\)\|/, '\\|');
  if (/^ {0,3}1[.)]/.test(rest)) return prefix + rest.replace(/^( {0,3}1)([.)])/, '$1\\$2');
  return prefix + rest.replace(/^( {0,3})(\S)/, '$1\\$2');
}

function warnRunOn(block: Block, line: SourceLine, bag: DiagnosticBag): void {
  bag.warn(
    'paragraphs/no-blank-line',
    `this ${block} comes right under a paragraph's line: pandoc reads it as more of that paragraph, so the Workbench site ran it into the text above, and so does this page`,
    line.line,
    `Put a blank line before it to make it a ${block === 'list item' ? 'list' : block} on the Workbench site and here.`,
  );
}
