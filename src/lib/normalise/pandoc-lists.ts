import { codeOrCommentLines } from './html-comments.ts';
import { blockAttributes } from './directives.ts';
import type { SourceLine } from './lines.ts';

/**
 * Pandoc's lettered and Roman-numbered lists (its `fancy_lists` extension): `a.`, `B)`, `(c)`,
 * `i.`, `IV)`, and `#.` for the next number. CommonMark reads only decimal markers, so such a
 * list ran together as one paragraph. Each item's marker is rewritten as the decimal one of the
 * same place, padded to the same width (the item's content keeps its column), and the list is
 * given pandoc's `type` (`<ol type="a">`), the number of its first item becoming its start. As
 * pandoc reads them: a list begins after a blank line (or a heading, a div's fence, the page's
 * start), a capital letter followed by a period needs two spaces after it ("B. Russell" is a
 * name), `i` and `I` alone are Roman, any other single letter alphabetic, and an item of another
 * style or delimiter starts a new list. Lists in quotes or nested in other lists are left as
 * they are.
 */
export function normalisePandocLists(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => fancyMarker.test(l.text))) return [...lines];
  const skipped = codeOrCommentLines(lines);
  const out: SourceLine[] = [];
  const examples = exampleNumbers();
  let canStart = true;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const start = !skipped[i] && canStart ? listMarker(line.text) : undefined;
    if (!start) {
      out.push(line);
      canStart = skipped[i] ? false : opensBlock(line.text);
      continue;
    }
    const end = listEnd(lines, i, start, skipped);
    for (let k = i; k <= end; k++) {
      const marker = k === i ? start : skipped[k] ? undefined : sameList(lines[k]!.text, start);
      if (marker?.style === 'example') marker.number = examples.number(marker.written);
      out.push(marker ? { ...lines[k]!, text: decimal(marker) } : lines[k]!);
    }
    const type = typeAttribute[start.style];
    const classes = start.style === 'example' ? ['example'] : [];
    if (type) out.push(blockAttributes({ classes, values: { type } }, line.line, start.indent));
    i = end;
    // A list item of another style right after the list starts a list of its own.
    canStart = true;
  }
  return examples.labelled.size ? citeExamples(out, examples.labelled) : out;
}

/**
 * pandoc's example lists (`(@)`, `(@label)`): one numbering through the page, whatever lies
 * between the lists; a label names its example's number.
 */
function exampleNumbers() {
  const labelled = new Map<string, number>();
  let count = 0;
  return {
    labelled,
    number(written: string): number {
      count++;
      const label = /@([\w-]+)/.exec(written)?.[1];
      if (label && !labelled.has(label)) labelled.set(label, count);
      return count;
    },
  };
}

/** `(@label)` in the text, outside code, is the labelled example's number: `(2)`. */
function citeExamples(lines: readonly SourceLine[], labelled: ReadonlyMap<string, number>) {
  const skipped = codeOrCommentLines(lines);
  return lines.map((line, i) =>
    skipped[i] || !line.text.includes('(@')
      ? line
      : {
          ...line,
          text: line.text.replace(/\(@([\w-]+)\)/g, (cite, label: string) =>
            labelled.has(label) ? `(${labelled.get(label)})` : cite,
          ),
        },
  );
}

type Style = 'decimal' | 'lowerAlpha' | 'upperAlpha' | 'lowerRoman' | 'upperRoman' | 'example';

const typeAttribute: Record<Style, string | undefined> = {
  decimal: undefined,
  example: '1',
  lowerAlpha: 'a',
  upperAlpha: 'A',
  lowerRoman: 'i',
  upperRoman: 'I',
};

interface Marker {
  indent: string;
  /** The marker as written, `(iv)`, `b.`, `#.` */
  written: string;
  style: Style;
  /** `.`, `)` or `()` (enclosed in parentheses). */
  delimiter: string;
  number: number;
  /** The spaces after the marker. */
  gap: string;
  rest: string;
}

/** A line that may be a lettered or Roman list item: the cheap test before reading it. */
const fancyMarker = /^ {0,3}\(?(?:[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#|@[\w-]*)[.)] /m;

const markerLine = /^( {0,3})(\()?([a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#|@[\w-]*)([.)])( +)(\S.*)?$/;

/** The list marker a line starts with, read as pandoc reads the first item of a list. */
function listMarker(text: string, style?: Style): Marker | undefined {
  const m = markerLine.exec(text);
  if (!m) return undefined;
  const [, indent = '', open, word = '', close = '', gap = '', rest = ''] = m;
  if (open && close !== ')') return undefined;
  const delimiter = open ? '()' : close;
  const read = readMarker(word, style);
  if (!read) return undefined;
  // A capital letter and a period need two spaces: "B. Russell" is a name, not a list.
  if (read.style === 'upperAlpha' && delimiter === '.' && gap.length < 2) return undefined;
  // Five spaces or more make the item's first line indented code; pandoc keeps one.
  if (gap.length > 4 && rest) return undefined;
  const written = `${open ?? ''}${word}${close}`;
  return { indent, written, style: read.style, delimiter, number: read.number, gap, rest };
}

/** The style and number of a marker's word; inside a list, its style decides how to read it. */
function readMarker(word: string, style?: Style): { style: Style; number: number } | undefined {
  if (word === '#') return { style: style ?? 'decimal', number: 0 };
  // An example's number is its place among the page's examples, given when the list is written.
  if (word.startsWith('@'))
    return style && style !== 'example' ? undefined : { style: 'example', number: 0 };
  const roman = romanValue(word);
  const lower = word === word.toLowerCase();
  if (style === 'lowerRoman' || style === 'upperRoman')
    return roman && lower === (style === 'lowerRoman') ? { style, number: roman } : undefined;
  if ((word.length === 1 && word !== 'i' && word !== 'I') || style)
    return word.length === 1
      ? { style: lower ? 'lowerAlpha' : 'upperAlpha', number: alphaValue(word) }
      : undefined;
  return roman ? { style: lower ? 'lowerRoman' : 'upperRoman', number: roman } : undefined;
}

const alphaValue = (letter: string) => letter.toLowerCase().charCodeAt(0) - 96;

const romanDigits: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };

function romanValue(word: string): number | undefined {
  const digits = [...word.toLowerCase()].map((c) => romanDigits[c]);
  if (digits.some((d) => d === undefined)) return undefined;
  let total = 0;
  digits.forEach((d, k) => (total += d! < (digits[k + 1] ?? 0) ? -d! : d!));
  return total > 0 ? total : undefined;
}

/** An item of the list `head` opened: same indent, style and delimiter. */
function sameList(text: string, head: Marker): Marker | undefined {
  const marker = listMarker(text, head.style);
  return marker &&
    marker.indent === head.indent &&
    marker.style === head.style &&
    marker.delimiter === head.delimiter
    ? marker
    : undefined;
}

/** The item's line with a decimal marker of the same width: its content stays in its column. */
function decimal(marker: Marker): string {
  const number = marker.written.includes('#') ? 1 : marker.number;
  const written = `${number}${marker.delimiter === '.' ? '.' : ')'}`;
  // At most four spaces: a fifth would make the item's text code (a long `(@label)` marker).
  const gap = ' '.repeat(
    Math.min(4, Math.max(1, marker.written.length + marker.gap.length - written.length)),
  );
  return `${marker.indent}${written}${gap}${marker.rest}`;
}

/**
 * The list's last line: its items, the lines that continue them, and blank lines followed by an
 * indented line or another item. A heading, a div's fence, an item of another list or, after a
 * blank line, anything not indented ends it.
 */
function listEnd(
  lines: readonly SourceLine[],
  start: number,
  head: Marker,
  skipped: readonly boolean[],
): number {
  let last = start;
  let blank = false;
  for (let k = start + 1; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (text.trim() === '') {
      blank = true;
      continue;
    }
    const indented = /^\s*/.exec(text)![0].length > head.indent.length;
    // Code inside an item is the item's; a fence that is not indented ends the list after a blank.
    if (skipped[k]) {
      if (blank && !indented && !skipped[k - 1]) break;
      last = k;
    } else if (sameList(text, head)) last = k;
    else if (opensBlock(text) && !indented) break;
    else if (listMarker(text) && !indented) break;
    else if (blank && !indented) break;
    else last = k;
    blank = false;
  }
  return last;
}

/** A line after which a list may start without a blank line: a heading or a div's fence. */
const opensBlock = (text: string) =>
  text.trim() === '' || /^ {0,3}(?:#{1,6}(?:\s|$)|:{3,})/.test(text);
