import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { isPlaceholderTitle } from '../embeds.ts';
import { cleanSource, separator } from './source-cleanup.ts';

/** One piece of text an author wrote that a reader must find on the page. */
export interface Atom {
  /** What it was in the source: `heading`, `paragraph`, `table cell`, `code line`, `alt text`, `iframe title`. */
  kind: string;
  /** Raw text; may contain the Liquid separator. */
  text: string;
  /** 1-based line in the Markdown given to `sourceAtoms`. */
  line: number;
  /** First and last line of the block it was read from (for a code line, the whole code block). */
  block?: readonly [number, number];
}

// Neither toolchain strikes out text between single tildes (`~/a and ~/b`); only `~~text~~`.
const parser = unified().use(remarkParse).use(remarkGfm, { singleTilde: false });

/**
 * Visible text of inline content: no raw HTML (the browser does not show tags), no image alts
 * (they live in attributes, checked on their own), and a line break counts as a space.
 */
function textOf(node: Nodes): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'definition':
      return '';
    // The page shows the note's number here: text on either side is sought apart.
    case 'footnoteReference':
      return separator;
    default:
      return 'children' in node
        ? node.children.map((child) => textOf(child as Nodes)).join('')
        : '';
  }
}

/**
 * pandoc links `[Heading text]` to that heading (implicit header references): a definition for
 * each ATX heading, so such a reference reads as the link text the page shows.
 */
function headingReferences(lines: readonly string[]): string {
  return lines
    .map((line) => /^ {0,3}#{1,6}[ \t]+([^[\]\n]*?)(?:[ \t]+#+)?[ \t]*$/.exec(line)?.[1])
    .map((label) => label?.replaceAll(separator, '').trim())
    .filter((label) => !!label)
    .map((label) => `[${label}]: #`)
    .join('\n');
}

/** Title of an embedded frame: a facade may replace the frame, but must keep its title. */
const iframeTitle = /<iframe\b[^>]*?\btitle\s*=\s*("([^"]*)"|'([^']*)')/gi;
const htmlImageAlt = /<img\b[^>]*?\balt\s*=\s*("([^"]*)"|'([^']*)')/gi;

/**
 * Parse Markdown (body plus shared link definitions, so reference links resolve) and list its
 * atoms. Only atoms that start within the first `lineLimit` lines are kept: the appended links
 * file holds definitions, not page text.
 */
export function sourceAtoms(markdown: string, lineLimit = Number.POSITIVE_INFINITY): Atom[] {
  return readSource(markdown, lineLimit).atoms;
}

/** `sourceAtoms`, with the cleaned source they were read from (for `proseReading`). */
export function readSource(
  markdown: string,
  lineLimit = Number.POSITIVE_INFINITY,
  options: { kramdown?: boolean } = {},
): { atoms: Atom[]; lines: string[] } {
  const { markdown: clean, alts, notes } = cleanSource(markdown, options);
  const cleanLines = clean.split('\n');
  const tree = parser.parse(
    options.kramdown ? clean : `${clean}\n\n${headingReferences(cleanLines)}`,
  ) as Root;
  const atoms: Atom[] = alts.map(({ text, line }) => ({ kind: 'alt text', text, line }));
  const add = (kind: string, text: string, line: number, block?: readonly [number, number]) => {
    if (text.trim()) atoms.push({ kind, text, line, block: block ?? [line, line] });
  };
  visit(tree, (node: Nodes) => {
    const line = node.position?.start.line ?? 0;
    const endLine = node.position?.end.line ?? line;
    switch (node.type) {
      case 'heading':
        add('heading', textOf(node), line);
        return;
      case 'paragraph':
        add('paragraph', textOf(node), line, [line, endLine]);
        return;
      case 'tableCell':
        add('table cell', textOf(node), line);
        return;
      case 'image':
      case 'imageReference':
        add('alt text', node.alt ?? '', line);
        return;
      case 'code': {
        // A fence line comes first, then the code; an indented block starts with its code.
        const fenced = /^(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*(?:`{3,}|~{3,})/.test(
          cleanLines[line - 1] ?? '',
        );
        const first = line + (fenced ? 1 : 0);
        const codeLines = node.value.split('\n');
        const block = [first, first + codeLines.length - 1] as const;
        codeLines.forEach((text, i) => add('code line', text, first + i, block));
        return;
      }
      case 'html':
        for (const m of node.value.matchAll(iframeTitle)) {
          const title = m[2] ?? m[3] ?? '';
          // "YouTube video player" is the embed code's, not the author's: the facade names the provider.
          if (!isPlaceholderTitle(title)) add('iframe title', title, line);
        }
        for (const m of node.value.matchAll(htmlImageAlt))
          add('alt text', m[2] ?? m[3] ?? '', line);
        return;
    }
  });
  // An inline note is a footnote on the page: its paragraph, at the line the note was written.
  for (const note of notes)
    visit(parser.parse(note.markdown) as Root, 'paragraph', (node) =>
      add('paragraph', textOf(node), note.line),
    );
  return {
    atoms: atoms.filter((a) => a.line <= lineLimit).sort((a, b) => a.line - b.line),
    lines: cleanLines,
  };
}

/** Line-start syntax: quote markers, indentation, list and definition markers. */
const lineSyntax = /^(?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)]|:)[ \t]+)?/;
/** A table's separator line (`|---|`, kramdown's `|---+---|`, `|===|`). */
const tableSeparator = /^[ \t]*\|?[ \t]*[-=:]+[-=:+| \t]*$/;

/**
 * The text of source lines `from`..`to` (1-based, cleaned) read once more as a single paragraph
 * of prose: quote markers, indentation and list and definition markers dropped, a table row's
 * cells apart (at the separator). kramdown groups lines into blocks more lazily than CommonMark
 * (a list item runs on over unindented lines, an HTML element over blank lines), so a paragraph
 * CommonMark reads across what kramdown saw as an item, a definition or a table, or an indented
 * line it reads as code, may be on the page only under this reading. `definitions` lets
 * reference links resolve.
 */
export function proseReading(
  lines: readonly string[],
  from: number,
  to: number,
  definitions = '',
): string {
  const prose = lines
    .slice(from - 1, to)
    .filter((line) => !tableSeparator.test(line.replace(lineSyntax, '')))
    .map((line) => {
      const rest = line.replace(lineSyntax, '');
      return /^\|.*\|\s*$/.test(rest.trim()) ? rest.replace(/(?<!\\)\|/g, separator) : rest;
    })
    .join('\n');
  const tree = parser.parse(`${prose}\n\n${definitions}`) as Root;
  return tree.children
    .filter((node) => node.position && node.position.start.line <= to - from + 1)
    .map((node) => textOf(node as Nodes))
    .join(separator);
}

/** The same lines as written, markers of quotes and indentation dropped: code shows them so. */
export function writtenReading(lines: readonly string[], from: number, to: number): string {
  return lines
    .slice(from - 1, to)
    .map((line) => line.replace(/^(?:[ \t]*>)*[ \t]*/, ''))
    .join('\n');
}

/** Pieces of an atom worth looking for: split at Liquid and TeX, at least `min` characters. */
export function fragmentsOf(atom: Atom, min = 4): string[] {
  return (
    atom.text
      // Display TeX between double dollars becomes KaTeX markup whatever its spacing (kramdown and
      // pandoc both allow `$$ x $$`); inline TeX follows pandoc's rule: no space inside the dollars,
      // no digit after.
      .replace(/\$\$[^$]+?\$\$/g, separator)
      .replace(/\$\$?(?=[^\s$])[^$]*?[^\s$\\]\$\$?(?!\d)/g, separator)
      .split(separator)
      .map(normaliseText)
      .filter((fragment) => fragment.length >= min)
  );
}

/**
 * What may legitimately differ between source and page: whitespace, typographic quotes, dashes and
 * ellipses (smartypants), and non-breaking spaces. Applied to both sides of every comparison.
 */
export function normaliseText(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014]|-{2,3}/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u200b\u00ad]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
