import { encodeDirectiveValue, toDirectiveAttributes, type Attributes } from '../attributes.ts';
import { closesFence, matchFence, type Fence, type SourceLine } from './lines.ts';

/**
 * The internal Markdown shape both formats are normalised into: block constructs are directives,
 * which the parser reads as tree nodes (`containerDirective`, `leafDirective`, `textDirective`):
 *
 *   :::challenge{#id}         a callout, a figure, a plain div: any container, by name
 *   ## Title                  (its first heading titles it)
 *   …
 *   :::
 *   ::attrs{.class #id}       block attributes for the block just before (kramdown block IAL)
 *   ![x](y.png):attrs{…}      span attributes for the inline just before (image, link)
 *   :span[text]{#id}          a pandoc bracketed span
 *   ::slot{name="schedule"}   where a theme include's component renders
 *   ::end                     nothing: guards a closing fence the parser would miss (see below)
 *   ::abbr{name="…" title="…"} an abbreviation of the page (kramdown's `*[CMS]: …`)
 *   ::toc{type="ul"}          kramdown's table of contents of the page (`{:toc}`)
 *   ::raw{html="…"}           HTML published as written (a kramdown extension's output); inline
 *                             as :raw{html="…"}
 *   :::table … :::tr :::td    a table whose cells hold blocks (a pandoc grid table's list): the
 *                             parts `tableParts` names, each the element of that name
 *
 * This module is the only writer of that syntax; `src/plugins/remark-directives.ts` is its reader.
 * Normalisers emit containers with any number of colons; `finishDirectives` makes outer fences
 * longer than inner ones (the parser needs that to nest) and escapes directive-like author text.
 */

/**
 * Names of the inline and leaf directives this module writes. Any other text or leaf directive
 * the parser finds is the author's text that looks like one (`Note:this`), to be kept as written.
 */
export const internalDirectives = {
  text: new Set(['attrs', 'span', 'raw']),
  leaf: new Set(['attrs', 'slot', 'end', 'raw', 'abbr', 'toc']),
} as const;

/** Containers that are the table element of their name (pandoc tables whose cells hold blocks). */
export const tableParts: ReadonlySet<string> = new Set([
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

/** A line this module wrote, as opposed to the author's text. */
const directive = (text: string, line: number): SourceLine => ({ text, line, directive: true });

/** A blank line at this indent: inside a quote (`> `) it must keep its marker, or the quote ends. */
const blank = (indent: string): SourceLine => ({ text: indent.trimEnd(), line: 0 });

/**
 * The opening fence of a container, after a blank line: a fence right after a table row or a
 * paragraph line would be read as part of that table or paragraph.
 */
export function openContainer(
  name: string,
  attributes: Attributes,
  line: number,
  indent = '',
): SourceLine[] {
  return [
    blank(indent),
    directive(`${indent}:::${name}${toDirectiveAttributes(attributes)}`, line),
  ];
}

/** The closing fence of a container, set apart by blank lines for the same reason. */
export const closeContainer = (line: number, indent = ''): SourceLine[] => [
  blank(indent),
  directive(`${indent}:::`, line),
  blank(indent),
];

/** `::attrs{…}` on its own line: the attributes go to the block before it. */
export const blockAttributes = (attributes: Attributes, line: number, indent = ''): SourceLine =>
  directive(`${indent}::attrs${toDirectiveAttributes(attributes)}`, line);

/** `:attrs{…}` right after an inline: the attributes go to that image or link. */
export const spanAttributes = (attributes: Attributes): string =>
  `:attrs${toDirectiveAttributes(attributes)}`;

/** `::raw{html="…"}` on its own line: HTML the page publishes as written, never read as Markdown. */
export const rawHtmlBlock = (html: string, line: number, indent = ''): SourceLine =>
  directive(`${indent}::raw{html="${encodeDirectiveValue(html)}"}`, line);

/** `:raw{html="…"}`: the same inside a line. */
export const rawHtmlInline = (html: string) => `:raw{html="${encodeDirectiveValue(html)}"}`;

/** Where a component of the generator renders (a theme include such as the syllabus). */
export const slot = (name: string, line = 0, indent = ''): SourceLine =>
  directive(`${indent}::slot${toDirectiveAttributes({ classes: [], values: { name } })}`, line);

/**
 * What Liquid writes for a theme include the generator replaces with a component: a line of text
 * no author writes, which `finishDirectives` turns into `::slot{…}` (Liquid runs before the
 * normalisers, and its output is text like the author's).
 */
export const slotPlaceholder = (name: string) => `\u2063lesson-slot:${name}\u2063`;
const placeholderLine = /^([ \t]*)\u2063lesson-slot:([\w-]+)\u2063[ \t]*$/;

/**
 * A line Liquid's `markdownify` writes before and after Markdown of several lines. Jekyll turned
 * that Markdown into HTML; here the generator's renderer reads it, so inside an HTML block (where
 * kramdown's reading keeps everything else as HTML) it must still be read as Markdown. The lines
 * say where it is; `finishDirectives` takes them out.
 */
export const markdownMarker = '\u2063lesson-markdown\u2063';
export const isMarkdownMarker = (text: string) => text.trim() === markdownMarker;

/**
 * Leading quote markers, indentation and list markers, then the rest of the line: a fence may
 * open on a list item's line (`1. ~~~`), and its closing line is then only indented.
 */
const prefixed = /^((?:[ \t]*>)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)*)(.*)$/;
const colonRun = /^(:{2,})/;
/** A definition of a definition list (`:   text`), at any quote depth. */
const definitionLine = /^(?:[ \t]*>)*[ \t]{0,3}:[ \t]/;

/**
 * The last pass over a prepared page: every container fence this module wrote gets as many
 * colons as it needs to enclose the containers inside it (three for the innermost), and author
 * text that would parse as a block directive (a line starting with `::`) is escaped so it stays
 * text, as kramdown and pandoc showed it. Code is left alone.
 */
export function finishDirectives(lines: readonly SourceLine[]): SourceLine[] {
  const out = lines.filter((l) => !isMarkdownMarker(l.text)).map((l) => ({ ...l }));
  const stack: { index: number; height: number }[] = [];
  let fence: Fence | undefined;
  for (let i = 0; i < out.length; i++) {
    const line = out[i]!;
    const [, prefix = '', rest = ''] = prefixed.exec(line.text) ?? [];
    if (fence) {
      if (closesFence(rest, fence)) fence = undefined;
      continue;
    }
    fence = matchFence(rest);
    if (fence) continue;
    if (!line.directive) {
      const placeholder = placeholderLine.exec(line.text);
      if (placeholder) out[i] = slot(placeholder[2]!, line.line, placeholder[1]);
      else if (colonRun.test(rest)) line.text = `${prefix}\\${rest}`;
      continue;
    }
    if (!/^:{3,}/.test(rest)) continue; // a leaf directive (`::attrs`, `::slot`)
    if (/^:{3,}\s*$/.test(rest)) {
      const open = stack.pop();
      if (!open) continue;
      // The parser (satteri 0.10.5) misses a container's closing fence once the container holds
      // a definition list, unless a leaf directive comes right before it: `::end`, which the
      // reader drops. TODO: remove when satteri closes such a container by itself.
      if (out.slice(open.index + 1, i).some((l) => !l.directive && definitionLine.test(l.text))) {
        out.splice(i, 0, directive(`${prefix}::end`, 0));
        i++;
      }
      const colons = ':'.repeat(2 + open.height);
      out[open.index]!.text = out[open.index]!.text.replace(
        /^((?:[ \t]*>)*[ \t]*):+/,
        `$1${colons}`,
      );
      line.text = `${prefix}${colons}`;
      const parent = stack[stack.length - 1];
      if (parent) parent.height = Math.max(parent.height, open.height + 1);
    } else stack.push({ index: i, height: 1 });
  }
  return out;
}
