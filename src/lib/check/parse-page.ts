import { DiagnosticBag, type Diagnostic } from '../diagnostics.ts';
import type { MarkdownSource, PreparedMarkdown } from '../lesson/prepare-markdown.ts';
import type { EpisodeSource, PageSource } from '../lesson/types.ts';
import type { SourceLine } from '../normalise/lines.ts';
import { htmlDocumentTree, parseMarkdown, type MdNode } from './mdast.ts';

/** One page as the checker sees it: the Markdown the renderer reads, parsed, with the author's lines. */
export interface CheckedPage {
  kind: 'episode' | 'page';
  source: EpisodeSource | PageSource;
  /** The prepared body, line by line, each with its line in the source file (0: invented). */
  lines: SourceLine[];
  /** Prepared body followed by the lesson's shared link definitions, as the renderer gets it. */
  markdown: string;
  /** Offset in `markdown` where the shared link definitions (links.md) begin. */
  bodyEnd: number;
  tree: MdNode;
  /** What preparing the page reported (Liquid, kramdown, fenced divs, attributes). */
  diagnostics: Diagnostic[];
}

export type Prepare = (source: MarkdownSource, bag: DiagnosticBag) => PreparedMarkdown;

/** Prepare one page exactly as the build does (`createMarkdownPreparer`), then parse it. */
export function checkedPage(
  kind: CheckedPage['kind'],
  source: EpisodeSource | PageSource,
  prepare: Prepare,
): CheckedPage {
  const bag = new DiagnosticBag(source.file);
  const input = { ...source, frontmatter: source.frontmatter as Record<string, unknown> };
  const { markdown, html, lines, bodyEnd } = prepare(input, bag);
  return {
    kind,
    source,
    lines,
    markdown,
    bodyEnd,
    tree: html ? htmlDocumentTree(markdown) : parseMarkdown(markdown),
    diagnostics: bag.items,
  };
}

export interface AuthorPosition {
  line: number;
  column: number;
}

/**
 * Where a node is in the author's file. Columns shift where the normaliser removed quote markers
 * (`> > `) from the start of a line; the shift is recovered when the source line ends with the
 * prepared text. Nodes from links.md or invented lines get line 0 (the whole file).
 */
export function authorPosition(page: CheckedPage, node: MdNode): AuthorPosition {
  const start = node.position?.start;
  const mapped = start && page.lines[start.line - 1];
  if (!start || !mapped || !mapped.line) return { line: 0, column: 0 };
  const original = sourceLine(page, mapped.line);
  const shift =
    original !== undefined && mapped.text && original.endsWith(mapped.text)
      ? original.length - mapped.text.length
      : 0;
  return { line: mapped.line, column: start.column + shift };
}

const sourceLines = new WeakMap<CheckedPage, string[]>();
function sourceLine(page: CheckedPage, line: number): string | undefined {
  let lines = sourceLines.get(page);
  if (!lines) sourceLines.set(page, (lines = page.source.text.split(/\r?\n/)));
  return lines[line - 1];
}

/** Whether a node belongs to the page's own body rather than the appended links.md. */
export const inBody = (page: CheckedPage, node: MdNode) =>
  (node.position?.start.offset ?? 0) < page.bodyEnd;
