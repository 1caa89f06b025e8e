import {
  calloutKind,
  calloutNames,
  closeCallout,
  openCallout,
  type CalloutKind,
} from '../callouts.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { didYouMean } from '../did-you-mean.ts';
import { fenceEnd, invented, matchFence, type SourceLine } from './lines.ts';

export interface LiftedItems {
  questions: string[];
  objectives: string[];
  keypoints: string[];
}

export interface PandocDivsResult {
  lines: SourceLine[];
  /** List items of `questions`/`objectives`/`keypoints` divs, as inline Markdown, in source order. */
  lifted: LiftedItems;
}

/**
 * Pandoc fenced divs of Workbench lessons, rewritten into the same HTML-wrapped callouts the styles
 * normaliser produces (see `openCallout`). Fences are matched by nesting, not by colon count,
 * because authors routinely close a 50-colon fence with a 24-colon one, as pandoc allows.
 * `tab` and `group-tab` become plain callout boxes titled by their first heading; the tabs
 * component is expected to enhance those boxes into real tabs later.
 */
export function normalisePandocDivs(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): PandocDivsResult {
  const lifted: LiftedItems = { questions: [], objectives: [], keypoints: [] };
  return { lines: rewrite(lines, bag, lifted), lifted };
}

interface DivOpening {
  indent: string;
  /** The name as written (first class of the attribute form); empty for `::: {#id}`. */
  name: string;
  id?: string;
}

// `::: name`, `:::name ::::`, `::: {.name #id key=value}`; the name never starts with a colon.
const openingPattern = /^(\s*):{3,}[ \t]*(?:\{([^}]*)\}|([^\s:{}][^\s{}]*?))[ \t]*:*[ \t]*$/;
const closingPattern = /^\s*:{3,}\s*$/;

export function parseDivOpening(text: string): DivOpening | undefined {
  const m = openingPattern.exec(text);
  if (!m) return undefined;
  if (m[3] !== undefined) return { indent: m[1]!, name: m[3] };
  const attributes = m[2]!;
  const name = /(?:^|\s)\.([^\s.#]+)/.exec(attributes)?.[1] ?? '';
  const id = /(?:^|\s)#([^\s.#]+)/.exec(attributes)?.[1];
  return { indent: m[1]!, name, id };
}

export const isDivClosing = (text: string) => closingPattern.test(text);

function rewrite(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
  lifted: LiftedItems,
): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (matchFence(line.text)) {
      const end = fenceEnd(lines, i);
      out.push(...lines.slice(i, end + 1));
      i = end + 1;
      continue;
    }
    const opening = parseDivOpening(line.text);
    if (opening) {
      const end = closingIndex(lines, i);
      const closing = end === -1 ? undefined : lines[end];
      if (!closing) {
        bag.warn(
          'divs/unclosed',
          `fenced div "${opening.name || line.text.trim()}" opened here is never closed; it is closed at the end of the file`,
          line.line,
          'Add a line of colons (:::) where the div ends; if it holds other divs, check that each of them is closed too.',
        );
      }
      const inner = lines.slice(i + 1, closing ? end : lines.length);
      out.push(...divToMarkdown(opening, line, inner, closing, bag, lifted));
      i = closing ? end + 1 : lines.length;
      continue;
    }
    if (isDivClosing(line.text)) {
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

/** Index of the fence that closes the div opened at `start`, or -1. Code fences hide colons. */
function closingIndex(lines: readonly SourceLine[], start: number): number {
  let depth = 1;
  for (let j = start + 1; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (matchFence(text)) j = fenceEnd(lines, j);
    else if (parseDivOpening(text)) depth++;
    else if (isDivClosing(text) && --depth === 0) return j;
  }
  return -1;
}

const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const headingPattern = /^\s{0,3}#{1,6}(?:\s|$)/;
const isBlank = (text: string) => text.trim() === '';

function kindOf(
  opening: DivOpening,
  line: SourceLine,
  bag: DiagnosticBag,
): CalloutKind | undefined {
  if (!opening.name) return undefined;
  const known = calloutKind(opening.name);
  if (known) return known;
  const guess = didYouMean(opening.name, calloutNames);
  bag.warn(
    'divs/unknown-name',
    `fenced div name "${opening.name}" is not a known callout, so it renders as a plain box`,
    line.line,
    guess ? `Did you mean "${guess}"?` : `Use one of: ${calloutNames.join(', ')}.`,
  );
  // A stand-in kind: class `callout-unknown`, labelled with the author's own word.
  return { name: 'unknown', label: escapeHtml(opening.name), folds: false };
}

function divToMarkdown(
  opening: DivOpening,
  line: SourceLine,
  inner: SourceLine[],
  closing: SourceLine | undefined,
  bag: DiagnosticBag,
  lifted: LiftedItems,
): SourceLine[] {
  const kind = kindOf(opening, line, bag);
  if (kind?.lifted) {
    lifted[kind.lifted].push(...listItems(inner, kind, bag));
    return [invented('')]; // keeps the blocks either side apart
  }
  const body = rewrite(inner, bag, lifted);
  const at =
    (n: number) =>
    (text: string): SourceLine => ({ text: text && opening.indent + text, line: n });
  const closeAt = at(closing?.line ?? 0);
  if (!kind) {
    // `::: {#id}` with no class: a plain anchor wrapper, no box.
    const id = opening.id ? ` id="${escapeHtml(opening.id)}"` : '';
    return [...[`<div${id}>`, ''].map(at(line.line)), ...body, ...['', '</div>', ''].map(closeAt)];
  }
  const first = body.findIndex((l) => !isBlank(l.text));
  const heading =
    !kind.tabs && first !== -1 && headingPattern.test(body[first]!.text) ? body[first]! : undefined;
  const rest = heading ? body.slice(first + 1) : body;
  const headingText = heading?.text.trim();
  const openingLines = openCallout(kind, { heading: headingText, id: opening.id }).map((text) =>
    text === headingText ? { text, line: heading!.line } : at(line.line)(text),
  );
  return [...openingLines, ...rest, ...closeCallout(kind).map(closeAt)];
}

const itemPattern = /^\s{0,3}(?:[-*+]|\d{1,9}[.)])\s+(.*)$/;

/**
 * The list items of a lifted div as inline Markdown strings; wrapped lines are joined with a
 * space. Headings are dropped (the overview box has its own). A paragraph that is not a list
 * item is kept as an item of its own, with a warning, so no text silently disappears.
 */
function listItems(inner: readonly SourceLine[], kind: CalloutKind, bag: DiagnosticBag): string[] {
  const items: string[] = [];
  let current: string[] | undefined;
  let afterBlank = false;
  const finish = () => {
    if (current?.length) items.push(current.join(' '));
    current = undefined;
  };
  for (const { text, line } of inner) {
    const item = itemPattern.exec(text);
    if (isBlank(text)) afterBlank = true;
    else if (item) {
      finish();
      current = [item[1]!.trim()];
      afterBlank = false;
    } else if (headingPattern.test(text) || matchFence(text)) {
      finish();
    } else if (current && (!afterBlank || /^\s{2,}/.test(text))) {
      current.push(text.trim());
      afterBlank = false;
    } else {
      finish();
      bag.warn(
        'divs/lifted-not-a-list',
        `text in the ${kind.name} div is not a list item; it is shown as one`,
        line,
        `Start the line with "- " to make it an item of the ${kind.label.toLowerCase()} list.`,
      );
      current = [text.trim()];
      afterBlank = false;
    }
  }
  finish();
  return items;
}
