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

function scan(text: string, node: Nodes, where: string, out: RawSyntaxProblem[]): void {
  for (const { token, what } of rawSyntaxPatterns) {
    const at = text.indexOf(token);
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

function walk(node: Nodes, out: RawSyntaxProblem[]): void {
  if (node.type === 'text') return scan(node.value, node, 'text', out);
  if (node.type !== 'element' && node.type !== 'root') return;
  if (node.type === 'element') {
    if (skippedElements.has(node.tagName)) return;
    for (const name of textAttributes) {
      const value = attribute(node as Element, name);
      if (value) scan(value, node, name === 'ariaLabel' ? 'aria-label' : name, out);
    }
  }
  for (const child of node.children) walk(child as Nodes, out);
}

/** Source-syntax leaks in one built page, outside code. */
export function findRawSyntax(html: string | Root): RawSyntaxProblem[] {
  const out: RawSyntaxProblem[] = [];
  walk(typeof html === 'string' ? parsePage(html) : html, out);
  return out;
}

/** `findRawSyntax` over every page of an output folder, as diagnostics on the built file. */
export function checkRawSyntax(outDir: string): Diagnostic[] {
  const site = readSiteFiles(outDir);
  return site.pages.flatMap((page) =>
    findRawSyntax(readFileSync(join(outDir, page), 'utf8')).map((p) =>
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
