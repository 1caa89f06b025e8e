import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes, Root } from 'hast';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import { attribute, parsePage } from './html-tree.ts';
import { readSiteFiles } from './site-files.ts';

/**
 * Source syntax that must never reach a reader: Liquid tags and outputs, kramdown attribute lists,
 * pandoc fenced divs and attribute blocks, knitr chunk headers. Each one in visible text means a
 * normaliser missed it.
 */
export const rawSyntaxPatterns: readonly { token: string; what: string }[] = [
  { token: '{%', what: 'a Liquid tag' },
  { token: '{{', what: 'a Liquid output' },
  { token: '{:', what: 'a kramdown attribute list' },
  { token: ':::', what: 'a pandoc fenced div' },
  { token: '{alt=', what: 'a pandoc image attribute' },
  { token: '{#', what: 'a pandoc id attribute' },
  { token: '{.', what: 'a pandoc class attribute' },
  { token: '```{', what: 'an R Markdown chunk header' },
];

/** Code shows syntax on purpose; scripts and styles are not text. */
const skippedElements = new Set(['code', 'pre', 'script', 'style', 'template']);
/** Attributes whose value a reader sees or hears. */
const textAttributes = ['alt', 'title', 'ariaLabel', 'placeholder'] as const;

export interface RawSyntaxProblem {
  line: number;
  column: number;
  /** The token found, e.g. `{:`. */
  token: string;
  what: string;
  /** Up to 60 characters around it, whitespace collapsed. */
  excerpt: string;
  /** `text`, or the attribute name it was found in. */
  in: string;
}

function excerpt(text: string, at: number): string {
  const start = Math.max(0, at - 25);
  return `${start > 0 ? '…' : ''}${text
    .slice(start, at + 35)
    .replace(/\s+/g, ' ')
    .trim()}${at + 35 < text.length ? '…' : ''}`;
}

/**
 * Liquid the author wrote to be shown as it is: what Liquid itself leaves in a page's text, which
 * `{% raw %}` blocks, Workbench code and constructs Liquid cannot read (kept with a build warning)
 * put there. Give it the pages as the preparer hands them to the renderer.
 */
export function literalLiquid(prepared: string): string[] {
  const found = new Set<string>();
  for (const match of prepared.matchAll(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{[{%][^\n]*/g))
    found.add(match[0]);
  return [...found];
}

/**
 * Offsets of `text` that lie inside one of `literals`, or where one begins and the text ends
 * (Markdown cut it: `<https://x.org/{%> endcomment %}` puts `{%` at the end of a link's text).
 */
function coveredBy(text: string, literals: readonly string[]): (offset: number) => boolean {
  const spans: [number, number][] = [];
  for (const literal of literals)
    for (let at = text.indexOf(literal); at !== -1; at = text.indexOf(literal, at + 1))
      spans.push([at, at + literal.length]);
  return (offset) =>
    spans.some(([start, end]) => offset >= start && offset < end) ||
    literals.some((literal) => literal.startsWith(text.slice(offset)));
}

const isLiquid = (token: string) => token === '{%' || token === '{{';

function scan(
  text: string,
  node: Nodes,
  where: string,
  out: RawSyntaxProblem[],
  literals: readonly string[],
): void {
  let covered: ((offset: number) => boolean) | undefined;
  for (const { token, what } of rawSyntaxPatterns) {
    let at = text.indexOf(token);
    if (at !== -1 && isLiquid(token) && literals.length) {
      covered ??= coveredBy(text, literals);
      while (at !== -1 && covered(at)) at = text.indexOf(token, at + 1);
    }
    if (at === -1) continue;
    out.push({
      line: node.position?.start.line ?? 0,
      column: node.position?.start.column ?? 0,
      token,
      what,
      excerpt: excerpt(text, at),
      in: where,
    });
  }
}

function walk(node: Nodes, out: RawSyntaxProblem[], literals: readonly string[]): void {
  if (node.type === 'text') return scan(node.value, node, 'text', out, literals);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (skippedElements.has(node.tagName)) return;
    for (const name of textAttributes) {
      const value = attribute(node as Element, name);
      if (value) scan(value, node, name === 'ariaLabel' ? 'aria-label' : name, out, literals);
    }
  }
  for (const child of node.children) walk(child as Nodes, out, literals);
}

/**
 * Source-syntax leaks in one built page, outside code. Liquid inside one of `literals` (see
 * `literalLiquid`) is the author's text, shown as their toolchain showed it, not a leak.
 */
export function findRawSyntax(
  html: string | Root,
  literals: readonly string[] = [],
): RawSyntaxProblem[] {
  const out: RawSyntaxProblem[] = [];
  walk(typeof html === 'string' ? parsePage(html) : html, out, literals);
  return out;
}

/** `findRawSyntax` over every page of an output folder, as diagnostics on the built file. */
export function checkRawSyntax(outDir: string, literals: readonly string[] = []): Diagnostic[] {
  const site = readSiteFiles(outDir);
  return site.pages.flatMap((page) =>
    findRawSyntax(readFileSync(join(outDir, page), 'utf8'), literals).map((p) =>
      diagnostic({
        file: page,
        line: p.line,
        column: p.column,
        severity: 'error',
        rule: 'raw-syntax/leak',
        message: `${p.what} (${p.token}) shows as ${p.in === 'text' ? 'text' : `the ${p.in} attribute`}: "${p.excerpt}"`,
        hint: 'The source construct was not converted; fix the normaliser or the source.',
      }),
    ),
  );
}
