import { isIalLine } from '../attributes.ts';
import { isHtmlBoundary } from './kramdown-html.ts';
import type { SourceLine } from './lines.ts';

/**
 * Lists as kramdown reads them, rewritten so CommonMark reads the same items. kramdown is lazier:
 * a list item runs on over every following line until a blank line (an image line after a quote
 * in the item, a `Note:` paragraph at the left margin, the lines of a code fence written without
 * indentation), and only a blank line followed by an unindented line ends it. CommonMark ends the
 * item at the first line that is not a paragraph continuation. So each item's content is taken as
 * kramdown takes it, normalised as blocks of its own (quotes, fences and attribute lists inside
 * it), and written back indented to the item's content column, where CommonMark finds it.
 */

const bullet = /^( {0,3}[+*-])([ \t].*)$/;
const ordinal = /^( {0,3}\d+\.)([ \t].*)$/;
const thematicBreak = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export interface ListStart {
  ordered: boolean;
  /** The marker with the spaces before it (`  -`, `1.`). */
  marker: string;
  /** What follows the marker on its line, spaces included. */
  rest: string;
}

/** A line starting a kramdown list item (`- `, `* `, `+ `, `1. `), or undefined. */
export function listStart(text: string): ListStart | undefined {
  if (thematicBreak.test(text)) return undefined;
  const m = bullet.exec(text) ?? ordinal.exec(text);
  return m ? { ordered: ordinal.test(text), marker: m[1]!, rest: m[2]! } : undefined;
}

const isBlank = (text: string) => text.trim() === '';

/** Tabs at the start of a line as kramdown expands them there: four spaces each. */
const expandLeadingTabs = (text: string) =>
  text.replace(/^[ \t]+/, (run) => run.replace(/\t/g, '    '));

/** Width of the leading whitespace, tabs to the next multiple of four from `column`. */
function leadingWidth(text: string, column = 0): number {
  let width = column;
  for (const ch of text) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4 - (width % 4);
    else break;
  }
  return width - column;
}

interface Item {
  /** The item's marker line. */
  first: SourceLine;
  start: ListStart;
  /** Content column: where kramdown's continuation lines start. */
  indent: number;
  /** The item's content as kramdown parses it: indentation removed, lazy lines as written. */
  content: SourceLine[];
}

export interface KramdownList {
  /** Index of the list's last line (trailing blank lines are not the list's). */
  end: number;
  items: Item[];
}

/** The list starting at `lines[start]`, item by item, as kramdown's list parser takes it. */
export function readList(lines: readonly SourceLine[], start: number): KramdownList {
  const head = listStart(lines[start]!.text)!;
  const items: Item[] = [];
  const open = (line: SourceLine, item: ListStart) => {
    const body = item.rest.replace(/^[ \t]+/, '');
    // A marker followed only by spaces: kramdown puts the content column four in.
    const indent = body
      ? item.marker.length + leadingWidth(item.rest, item.marker.length)
      : Math.max(4, item.marker.length + 1);
    items.push({ first: line, start: item, indent, content: [{ ...line, text: body }] });
  };
  open(lines[start]!, head);
  let end = start;
  let lastBlank = false;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    const item = items[items.length - 1]!;
    const text = expandLeadingTabs(line.text);
    const next = listStart(line.text);
    if (lastBlank && thematicBreak.test(text)) break;
    if (
      next &&
      next.ordered === head.ordered &&
      next.marker.length - next.marker.trimStart().length < Math.min(item.indent, 4)
    ) {
      open(line, next);
    } else if (!isBlank(text) && leadingWidth(text) >= item.indent) {
      item.content.push({ ...line, text: text.slice(item.indent) });
    } else if (
      !isBlank(text) &&
      !lastBlank &&
      !(leadingWidth(text) <= Math.min(item.indent, 3) && (isIalLine(text) || isHtmlBoundary(text)))
    ) {
      item.content.push({ ...line, text });
    } else if (isBlank(text)) {
      item.content.push({ ...line, text: '' });
      lastBlank = true;
      continue;
    } else break;
    lastBlank = false;
    end = i;
  }
  // Blank lines after the last item belong after the list.
  const last = items[items.length - 1]!;
  while (last.content.length > 1 && isBlank(last.content[last.content.length - 1]!.text))
    last.content.pop();
  return { end, items };
}

/**
 * The list written back for CommonMark: each item's marker line, then its normalised content
 * indented to the content column. Bullets take the list's first bullet character (kramdown reads
 * `-` and `*` items as one list; CommonMark would start a new list at the change).
 */
export function writeList(
  list: KramdownList,
  normalise: (content: SourceLine[]) => SourceLine[],
): SourceLine[] {
  const out: SourceLine[] = [];
  const bulletChar = list.items[0]!.start.marker.trim()[0]!;
  for (const item of list.items) {
    const marker = item.start.ordered
      ? item.start.marker
      : item.start.marker.replace(/[+*-]$/, bulletChar);
    // CommonMark reads five or more spaces after the marker as code: one space then.
    const width = item.indent - marker.length;
    const indent = width >= 1 && width <= 4 ? item.indent : marker.length + 1;
    const pad = ' '.repeat(indent);
    const [first, ...rest] = normalise(item.content);
    out.push({
      ...item.first,
      text:
        first && first.text !== '' ? `${marker}${pad.slice(marker.length)}${first.text}` : marker,
    });
    for (const line of rest)
      out.push({ ...line, text: line.text === '' ? '' : `${pad}${line.text}` });
  }
  return out;
}
