import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { escapeHtml, type Attributes } from '../attributes.ts';
import { calloutKind } from '../callouts.ts';
import { closeContainer, isMarkdownMarker, openContainer } from './directives.ts';
import { invented, type SourceLine } from './lines.ts';

/**
 * HTML blocks as kramdown reads them in styles lessons, rewritten so the Markdown parser reads
 * the same thing. kramdown takes a block-level element (anything but a span element) from its
 * start tag to its matching end tag, blank lines and indented lines included, as raw HTML;
 * CommonMark ends an HTML block at the first blank line, and an indented `</div>` after one
 * becomes a code block. Inside the element:
 * - blank lines are taken out (or kept as an empty comment where whitespace shows: `<pre>`);
 * - an element with `markdown="1"` holds Markdown, as kramdown's attribute says: its content is
 *   normalised like any other Markdown and set apart by blank lines;
 * - a box the styles theme styles by class (`<blockquote class="testimonial">`,
 *   `<div class="challenge">`) becomes that callout;
 * - a Bootstrap tab set (`<ul class="nav nav-tabs">` and its `<div class="tab-content">` of
 *   `.tab-pane`s) becomes tabs, each pane titled by its tab's link text.
 * The block is parsed as a tree (parse5, through hast-util-from-html) with source positions, so
 * every output line keeps the author's line.
 */

/** kramdown's span-level elements: a line starting with one of these is a paragraph, not HTML. */
const spanElements = new Set(
  'a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var'.split(
    ' ',
  ),
);
/** Elements without content: the start tag is the whole block. */
const voidElements = new Set(
  'area base br col command embed hr img input keygen link meta param source track wbr'.split(' '),
);
/** Elements whose text keeps its line breaks: a blank line there is content, not layout. */
const whitespaceKept = new Set([
  'pre',
  'listing',
  'xmp',
  'plaintext',
  'textarea',
  'script',
  'style',
]);

// A tag name as kramdown reads one (an optional prefix, then a name): `<https://…>` is a link.
const tagName = String.raw`[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?`;
const tagStart = new RegExp(String.raw`^ {0,3}<(${tagName})(?=\s|/?>|$)`);
const closeTagStart = new RegExp(String.raw`^ {0,3}</(${tagName})\s*>`);

/**
 * Where kramdown ends a lazy paragraph or quote: a line (up to three spaces in) opening or
 * closing a block-level HTML element. `<script>` counts as inline here, as in kramdown.
 */
export function isHtmlBoundary(text: string): boolean {
  const open = tagStart.exec(text);
  if (open) return !spanElements.has(open[1]!.toLowerCase()) && open[1]!.toLowerCase() !== 'script';
  const close = closeTagStart.exec(text);
  return (
    !!close && !spanElements.has(close[1]!.toLowerCase()) && close[1]!.toLowerCase() !== 'script'
  );
}

/** CommonMark's HTML blocks that may interrupt a paragraph (its kinds 1 to 6). */
const commonmarkBlockNames = new Set(
  'address article aside base basefont blockquote body caption center col colgroup dd details dialog dir div dl dt fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hr html iframe legend li link main menu menuitem nav noframes ol optgroup option p param search section summary table tbody td tfoot th thead title tr track ul pre script style textarea'.split(
    ' ',
  ),
);

/** Whether CommonMark lets this line's HTML interrupt a paragraph, as kramdown does any. */
export function interruptsParagraph(text: string): boolean {
  if (/^ {0,3}<(?:!--|\?|![A-Za-z]|!\[CDATA\[)/.test(text)) return true;
  const tag = /^ {0,3}<\/?([A-Za-z][\w-]*)/.exec(text);
  return !!tag && commonmarkBlockNames.has(tag[1]!.toLowerCase());
}

/** Whether a kramdown HTML block (a comment or a block-level element) starts on this line. */
export function startsHtmlBlock(text: string): boolean {
  if (/^ {0,3}<!--/.test(text)) return true;
  const open = tagStart.exec(text);
  return !!open && !spanElements.has(open[1]!.toLowerCase());
}

/** What the HTML reader needs from the block normaliser it is part of. */
export interface HtmlContext {
  /** Normalise Markdown content (an element with `markdown="1"`) as blocks of this format. */
  normalise(lines: SourceLine[]): SourceLine[];
  /** Level of the last heading before the block: a tab's title is one level below it. */
  headingLevel: number;
}

interface Piece {
  /** Source text range (offsets into the block's text), kept as written. */
  html?: [number, number];
  /** Lines made here (directives, normalised Markdown, a tab title). */
  lines?: SourceLine[];
}

/**
 * The HTML block starting at `lines[start]`: its last line, and its lines rewritten; `unclosed`
 * names an element whose end tag never comes, so that it runs to the end of the lines given (the
 * page, or the quote or list item holding it) and is closed there, as kramdown reads it.
 * Undefined when the line does not start a block.
 */
export function readHtmlBlock(
  lines: readonly SourceLine[],
  start: number,
  context: HtmlContext,
): { end: number; lines: SourceLine[]; unclosed?: string } | undefined {
  const first = lines[start]!.text;
  if (/^ {0,3}<!--/.test(first)) {
    // A comment is hidden whatever it holds (a commented-out challenge stays commented out):
    // kept exactly as written, up to the line that ends it.
    let end = start;
    const from = first.indexOf('<!--') + 4;
    if (!first.slice(from).includes('-->'))
      while (end + 1 < lines.length && !lines[++end]!.text.includes('-->'));
    return { end, lines: lines.slice(start, end + 1) };
  }
  if (!startsHtmlBlock(first)) return undefined;
  const block = elementExtent(lines, start);
  if (!block) return undefined;
  const { end, element, closed } = block;
  const source = new BlockSource(lines.slice(start, end + 1), context);
  const pieces = emit(element, source, context);
  const text = source.text;
  const afterElement = element.position!.end.offset!;
  if (afterElement < text.length) pieces.push({ html: [afterElement, text.length] });
  const startOffset = element.position!.start.offset!;
  if (startOffset > 0) pieces.unshift({ html: [0, startOffset] });
  const unclosed = !closed && end === lines.length - 1 ? element.tagName : undefined;
  const rewritten = source.toLines(pieces, element);
  if (!unclosed) return { end, lines: rewritten };
  // kramdown closes it there ("auto-closing it"): at the end of a quote or list item, not after
  // the box around it, which CommonMark's raw HTML would leave open to the rest of the page.
  return { end, lines: [...rewritten, invented(`</${unclosed}>`)], unclosed };
}

interface Extent {
  end: number;
  text: string;
  element: Element;
  /** Its end tag (or `/>`) was found; a void element is always closed. */
  closed: boolean;
}

/**
 * From the start tag to its matching end tag, as kramdown takes it. The text up to the next
 * blank line is tried first (most blocks end there); only when the element is still open is the
 * rest of the page parsed.
 */
function elementExtent(lines: readonly SourceLine[], start: number): Extent | undefined {
  let stop = start;
  while (stop + 1 < lines.length && lines[stop + 1]!.text.trim() !== '') stop++;
  const attempt = (last: number): Extent | undefined => {
    const text = withoutMarkdown(lines.slice(start, last + 1))
      .map((l) => l.text)
      .join('\n');
    const element = (fromHtml(text, { fragment: true }) as Root).children.find(
      (c): c is Element => c.type === 'element',
    );
    // parse5 skips tags a fragment cannot hold (`<html>`, a `<tr>` alone): leave those as written.
    const name = tagStart.exec(lines[start]!.text)![1]!.toLowerCase();
    if (!element?.position || element.tagName !== name) return undefined;
    // `<div/>` closes itself for kramdown (parse5 reads on): the block is the tag alone.
    const tagEnd = startTagEnd(element, text);
    const selfClosed = /\/\s*>$/.test(text.slice(element.position.start.offset!, tagEnd));
    if (selfClosed && !voidElements.has(element.tagName)) {
      element.children = [];
      element.position = { ...element.position, end: { ...element.position.end, offset: tagEnd } };
    }
    const endOffset = element.position.end.offset!;
    const closed =
      selfClosed ||
      voidElements.has(element.tagName) ||
      new RegExp(`</${element.tagName}\\s*>$`, 'i').test(text.slice(0, endOffset));
    const end = start + text.slice(0, endOffset).split('\n').length - 1;
    return {
      end,
      text: text
        .split('\n')
        .slice(0, end - start + 1)
        .join('\n'),
      element,
      closed,
    };
  };
  const quick = attempt(stop);
  if (!quick) return undefined;
  if (quick.closed || stop === lines.length - 1) return quick;
  return attempt(lines.length - 1);
}

/** Offset just after an element's start tag. */
function startTagEnd(element: Element, text: string): number {
  const child = element.children.find((c) => c.position?.start.offset !== undefined);
  if (child) return child.position!.start.offset!;
  const end = element.position!.end.offset!;
  const close = text.slice(0, end).search(new RegExp(`</${element.tagName}\\s*>$`, 'i'));
  return close === -1 ? end : close;
}

/** Offset where an element's end tag starts (its end when it has none). */
function endTagStart(element: Element, text: string): number {
  const end = element.position!.end.offset!;
  const close = text.slice(0, end).search(new RegExp(`</${element.tagName}\\s*>$`, 'i'));
  return close === -1 ? end : close;
}

const classesOf = (element: Element): string[] => {
  const value = element.properties?.className;
  return Array.isArray(value) ? value.map(String) : [];
};

const boxTags = new Set(['blockquote', 'div', 'aside', 'section', 'article']);

/** The callout a box of the styles theme stands for (`<blockquote class="testimonial">`). */
const calloutOf = (element: Element) =>
  boxTags.has(element.tagName)
    ? classesOf(element)
        .map(calloutKind)
        .find((kind) => kind && !kind.tabs && !kind.lifted)
    : undefined;

/** kramdown's `markdown` attribute: `1` or `block` make the content Markdown blocks. */
const holdsMarkdown = (element: Element) => {
  const value = element.properties?.markdown;
  return value === '1' || value === 'block';
};

const isTabList = (node: ElementContent | RootContent | undefined): node is Element =>
  node?.type === 'element' && node.tagName === 'ul' && classesOf(node).includes('nav-tabs');
const isTabContent = (node: ElementContent | undefined): node is Element =>
  node?.type === 'element' && classesOf(node).includes('tab-content');

/** Whether anything inside needs more than being kept as written. */
function needsRewrite(node: ElementContent): boolean {
  if (node.type !== 'element') return false;
  if (calloutOf(node) || holdsMarkdown(node) || classesOf(node).includes('nav-tabs')) return true;
  return node.children.some(needsRewrite);
}

function emit(element: Element, source: BlockSource, context: HtmlContext): Piece[] {
  const { start, end } = range(element);
  if (!needsRewrite(element)) return [{ html: [start, end] }];
  const kind = calloutOf(element);
  if (kind) {
    const attributes: Attributes = {
      id: typeof element.properties.id === 'string' ? element.properties.id : undefined,
      classes: classesOf(element).filter((c) => calloutKind(c) !== kind),
      values: {},
    };
    return [
      { lines: openContainer(kind.name, attributes, source.lineAt(start)) },
      ...content(element, source, context),
      { lines: closeContainer(source.lineAt(endTagStart(element, source.text))) },
    ];
  }
  if (holdsMarkdown(element)) {
    const withoutMarker = {
      ...element,
      properties: { ...element.properties, markdown: undefined },
    };
    const startTag = toHtml({ ...withoutMarker, children: [] }).replace(/<\/[^>]*>$/, '');
    return [
      { lines: [{ text: startTag, line: source.lineAt(start) }] },
      ...content(element, source, context),
      { html: [endTagStart(element, source.text), end] },
    ];
  }
  return [
    { html: [start, startTagEnd(element, source.text)] },
    ...children(element, source, context),
    { html: [endTagStart(element, source.text), end] },
  ];
}

/** An element's content: Markdown when its `markdown` attribute says so, else its children. */
function content(element: Element, source: BlockSource, context: HtmlContext): Piece[] {
  if (!holdsMarkdown(element)) return children(element, source, context);
  const lines = source.lines([
    startTagEnd(element, source.text),
    endTagStart(element, source.text),
  ]);
  return [{ lines: [invented(''), ...context.normalise(lines), invented('')] }];
}

function children(element: Element, source: BlockSource, context: HtmlContext): Piece[] {
  const pieces: Piece[] = [];
  const kids = element.children;
  for (let i = 0; i < kids.length; i++) {
    const child = kids[i]!;
    if (!child.position) continue;
    if (isTabList(child)) {
      let next = i + 1;
      while (next < kids.length && kids[next]!.type === 'text' && !toText(kids[next]!).trim())
        next++;
      const panes = kids[next];
      if (isTabContent(panes)) {
        pieces.push(...tabs(child, panes, source, context));
        i = next;
        continue;
      }
    }
    if (child.type === 'element') pieces.push(...emit(child, source, context));
    else pieces.push({ html: [child.position.start.offset!, child.position.end.offset!] });
  }
  return pieces;
}

/**
 * A Bootstrap tab set as tabs: the tab list goes (its titles become the panes' headings) and
 * each `.tab-pane` becomes a panel, its heading carrying the pane's id so links to it still land.
 */
function tabs(list: Element, paneSet: Element, source: BlockSource, context: HtmlContext): Piece[] {
  const titles = new Map<string, string>();
  const visit = (node: ElementContent) => {
    if (node.type !== 'element') return;
    const href = node.properties?.href;
    if (node.tagName === 'a' && typeof href === 'string' && href.startsWith('#'))
      titles.set(href.slice(1), toText(node).trim());
    node.children.forEach(visit);
  };
  visit(list);
  const level = Math.min(6, Math.max(2, context.headingLevel + 1));
  const panes = paneSet.children.filter(
    (c): c is Element => c.type === 'element' && classesOf(c).includes('tab-pane'),
  );
  const pieces: Piece[] = [
    { lines: openContainer('tab', { classes: [], values: {} }, source.lineAt(range(list).start)) },
  ];
  panes.forEach((pane, n) => {
    const id = typeof pane.properties.id === 'string' ? pane.properties.id : '';
    const title = titles.get(id) || id || `Tab ${n + 1}`;
    const heading = `<h${level}${id ? ` id="${escapeHtml(id)}"` : ''}>${escapeHtml(title)}</h${level}>`;
    // The pane's content follows its title with no blank line, so raw text in it stays HTML.
    pieces.push({
      lines: [invented(''), { text: heading, line: source.lineAt(range(pane).start) }],
    });
    pieces.push(...content(pane, source, context));
  });
  pieces.push({ lines: closeContainer(source.lineAt(endTagStart(paneSet, source.text))) });
  return pieces;
}

const range = (node: { position?: Element['position'] }) => ({
  start: node.position!.start.offset!,
  end: node.position!.end.offset!,
});

/**
 * The lines with the Markdown `markdownify` wrote (between `markdownMarker` lines) blanked out,
 * each character a space, so the HTML parser neither reads it nor moves any offset.
 */
function withoutMarkdown(lines: readonly SourceLine[]): SourceLine[] {
  let inside = false;
  return lines.map((line) => {
    const marker = isMarkdownMarker(line.text);
    const blank = inside || marker;
    if (marker) inside = !inside;
    return blank ? { ...line, text: ' '.repeat(line.text.length) } : line;
  });
}

/** The block's text and lines, and how offsets in the text map back to author lines. */
class BlockSource {
  readonly lineStarts: number[] = [];
  readonly sourceLines: readonly SourceLine[];
  readonly text: string;
  private readonly context: HtmlContext;
  constructor(sourceLines: readonly SourceLine[], context: HtmlContext) {
    this.sourceLines = sourceLines;
    this.text = sourceLines.map((l) => l.text).join('\n');
    this.context = context;
    let offset = 0;
    for (const line of sourceLines) {
      this.lineStarts.push(offset);
      offset += line.text.length + 1;
    }
  }

  /** Index (into the block's lines) of the line holding `offset`. */
  private indexAt(offset: number): number {
    let lo = 0;
    let hi = this.lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  lineAt(offset: number): number {
    return this.sourceLines[this.indexAt(offset)]!.line;
  }

  /** The text in `[from, to)` as lines, each with the author line it starts on. */
  lines([from, to]: [number, number]): SourceLine[] {
    const out: SourceLine[] = [];
    let offset = from;
    for (const part of this.text.slice(from, to).split('\n')) {
      out.push({ text: part, line: this.lineAt(offset) });
      offset += part.length + 1;
    }
    return out;
  }

  /**
   * Pieces to lines. Adjacent source ranges join up again; a range starting or ending inside a
   * line splits that line. Blank lines inside kept HTML go, so the parser reads the element as
   * one HTML block as kramdown did; where whitespace shows (`<pre>`), an empty comment holds the
   * line instead. Where the parser starts a new HTML block (after Markdown such as a callout's
   * opening, or after a comment, which ends its block on its last line), four spaces or more in
   * would make the line code, so they go (HTML ignores them). Markdown `markdownify` wrote inside
   * the HTML is read as Markdown, set apart by blank lines.
   */
  toLines(pieces: readonly Piece[], element: Element): SourceLine[] {
    const merged: Piece[] = [];
    for (const piece of pieces) {
      const last = merged[merged.length - 1];
      if (piece.html && last?.html && last.html[1] === piece.html[0])
        merged[merged.length - 1] = { html: [last.html[0], piece.html[1]] };
      else if (!piece.html || piece.html[0] < piece.html[1]) merged.push(piece);
    }
    const out: SourceLine[] = [];
    // Whether the next line starts a new HTML block for the parser, and what ends the current one.
    let fresh = true;
    let ends: RegExp | undefined;
    for (const piece of merged) {
      if (piece.lines) {
        out.push(...piece.lines);
        fresh = true;
        continue;
      }
      let offset = piece.html![0];
      let island: SourceLine[] | undefined;
      for (const line of this.lines(piece.html!)) {
        const start = offset;
        offset += line.text.length + 1;
        if (isMarkdownMarker(line.text)) {
          if (island) out.push(invented(''), ...this.context.normalise(island), invented(''));
          island = island ? undefined : [];
          fresh = true;
          continue;
        }
        if (island) {
          island.push(line);
          continue;
        }
        const kept = insideWhitespaceKept(element, start);
        if (line.text.trim() === '') {
          if (kept) out.push({ ...line, text: '<!---->' });
          continue;
        }
        const written: string = fresh && !kept ? line.text.replace(/^\s{4,}/, '') : line.text;
        out.push({ ...line, text: written });
        if (fresh) ends = blockEnd(written);
        fresh = !!ends?.test(written);
      }
    }
    return out;
  }
}

/**
 * What ends a CommonMark HTML block that starts with this line, for the kinds that end on a line
 * of their own (a comment, `<pre>`, `<script>`…); undefined for those a blank line ends.
 */
function blockEnd(line: string): RegExp | undefined {
  const text = line.trimStart();
  if (text.startsWith('<!--')) return /-->/;
  const raw = /^<(script|pre|style|textarea)(?=[\s>]|$)/i.exec(text);
  if (raw) return new RegExp(`</${raw[1]}>`, 'i');
  if (text.startsWith('<?')) return /\?>/;
  if (text.startsWith('<![CDATA[')) return /\]\]>/;
  if (/^<![A-Za-z]/.test(text)) return />/;
  return undefined;
}

/** Whether `offset` lies inside an element whose whitespace shows (`<pre>`). */
function insideWhitespaceKept(node: Element, offset: number): boolean {
  const { start, end } = range(node);
  if (offset < start || offset >= end) return false;
  if (whitespaceKept.has(node.tagName)) return true;
  return node.children.some(
    (c) => c.type === 'element' && c.position && insideWhitespaceKept(c, offset),
  );
}
