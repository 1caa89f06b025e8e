import { parsePandocAttributes, type Attributes } from '../attributes.ts';
import { calloutKind, reportUnknownCallout } from '../callouts.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { closeContainer, openContainer } from './directives.ts';
import { commentedLines } from './html-comments.ts';
import { fenceEnd, matchFence, type SourceLine } from './lines.ts';

/**
 * Pandoc fenced divs of Workbench lessons, rewritten into the internal container directives (see
 * `directives.ts`) that styles callouts become too. Fences are matched by nesting, not by colon
 * count, because authors routinely close a 50-colon fence with a 24-colon one, as pandoc allows.
 * A div named by a callout kind becomes that callout; `::: {#id}` and a div of an unknown name
 * stay plain divs with their id and classes, as pandoc renders them (the latter with a warning).
 * Fences inside an HTML comment are the comment's text, as pandoc reads them; fences inside a
 * block quote (`> ::: solution`) make a div inside the quote.
 */
export function normalisePandocDivs(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  const out: SourceLine[] = [];
  const commented = commentedLines(lines);
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // A fence an author commented out (`<!-- ::: challenge … -->`) is not pandoc's to read.
    if (commented[i]) {
      out.push(line);
      i++;
      continue;
    }
    if (matchFence(line.text)) {
      const end = fenceEnd(lines, i);
      out.push(...lines.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    // A block quote holding divs (`> ::: solution`): pandoc reads them inside the quote.
    if (!line.directive && quoteMarker.test(line.text)) {
      let end = i;
      while (end < lines.length && quoteMarker.test(lines[end]!.text)) end++;
      const run = lines.slice(i, end);
      if (run.some((l) => quotedFence.test(l.text))) {
        const inside = run.map((l) => ({ ...l, text: l.text.replace(quoteMarker, '') }));
        out.push(
          ...normalisePandocDivs(inside, bag).map((l) => ({
            ...l,
            text: l.text === '' ? '>' : `> ${l.text}`,
          })),
        );
      } else out.push(...run);
      i = end;
      continue;
    }
    // Lines an earlier step already wrote in the internal syntax (an R figure note) are not pandoc's.
    const opening = line.directive ? undefined : parseDivOpening(line.text);
    if (opening) {
      const end = closingIndex(lines, i, commented);
      const closing = end === -1 ? undefined : lines[end];
      if (!closing) {
        bag.warn(
          'divs/unclosed',
          `fenced div "${opening.name || line.text.trim()}" opened here is never closed; it is closed at the end of the file`,
          line.line,
          'Add a line of colons (:::) where the div ends; if it holds other divs, check that each of them is closed too.',
        );
      }
      const inner = normalisePandocDivs(lines.slice(i + 1, closing ? end : lines.length), bag);
      const { name, attributes } = containerOf(opening, line, bag);
      out.push(
        ...openContainer(name, attributes, line.line, opening.indent),
        ...inner,
        ...closeContainer(closing?.line ?? 0, opening.indent),
      );
      i = closing ? end + 1 : lines.length;
      continue;
    }
    if (!line.directive && isDivClosing(line.text)) {
      bag.warn(
        'divs/stray-close',
        'closing fence (:::) with no open div; the line is dropped',
        line.line,
        'Remove the line, or add the opening fence (::: challenge) it was meant to close.',
      );
    } else out.push(line);
    i++;
  }
  return out;
}

/** One level of block quote marker; a line of a quote that holds a fence of colons. */
const quoteMarker = /^ {0,3}> ?/;
const quotedFence = /^ {0,3}>[ \t>]*:{3,}/;

export interface DivOpening {
  indent: string;
  /** The name as written (first class of the attribute form); empty for `::: {#id}`. */
  name: string;
  attributes: Attributes;
}

// `::: name`, `:::name ::::`, `::: {.name #id key=value}`; the name never starts with a colon.
const openingPattern = /^(\s*):{3,}[ \t]*(?:\{([^}]*)\}|([^\s:{}][^\s{}]*?))[ \t]*:*[ \t]*$/;
const closingPattern = /^\s*:{3,}\s*$/;

export function parseDivOpening(text: string): DivOpening | undefined {
  const m = openingPattern.exec(text);
  if (!m) return undefined;
  if (m[3] !== undefined)
    return { indent: m[1]!, name: m[3], attributes: { classes: [], values: {} } };
  const attributes = parsePandocAttributes(m[2]!) ?? { classes: [], values: {} };
  const [name = '', ...classes] = attributes.classes;
  return { indent: m[1]!, name, attributes: { ...attributes, classes } };
}

export const isDivClosing = (text: string) => closingPattern.test(text);

/** Index of the fence that closes the div opened at `start`, or -1. Code fences hide colons. */
function closingIndex(
  lines: readonly SourceLine[],
  start: number,
  commented: readonly boolean[],
): number {
  let depth = 1;
  for (let j = start + 1; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (lines[j]!.directive || commented[j]) continue;
    if (matchFence(text)) j = fenceEnd(lines, j);
    else if (parseDivOpening(text)) depth++;
    else if (isDivClosing(text) && --depth === 0) return j;
  }
  return -1;
}

/** The container a div becomes: its callout kind, or a plain `div` keeping the author's class. */
function containerOf(opening: DivOpening, line: SourceLine, bag: DiagnosticBag) {
  const kind = opening.name ? calloutKind(opening.name) : undefined;
  if (kind) return { name: kind.name, attributes: opening.attributes };
  if (opening.name)
    reportUnknownCallout(
      bag,
      opening.name,
      line.line,
      'it renders as a plain div, as pandoc renders it',
    );
  const classes = opening.name
    ? [opening.name, ...opening.attributes.classes]
    : opening.attributes.classes;
  return { name: 'div', attributes: { ...opening.attributes, classes } };
}
