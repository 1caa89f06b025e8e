import { isIalLine, parseIal, type KramdownIal } from '../attributes.ts';
import { calloutKind, reportUnknownCallout } from '../callouts.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { blockAttributes, closeContainer, openContainer } from './directives.ts';
import { closesFence, matchFence, type SourceLine } from './lines.ts';

/**
 * kramdown block syntax of styles lessons, rewritten into the internal Markdown shape (see
 * `directives.ts`) the renderer and the checker read as a tree:
 * - a blockquote closed by `{: .challenge}` becomes a `:::challenge` container;
 * - a code fence followed by `{: .language-bash}` or `{: .output}` gets that as its info string;
 * - `{: .class style="…"}` after a paragraph, image, table or quote becomes `::attrs{…}`, which
 *   the renderer applies to that block.
 * Works recursively, so callouts nest at any depth, and never reads `>` inside code as a quote.
 */
export function normaliseKramdownBlocks(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  const out: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (fenceAnyIndent(line.text)) {
      const end = fenceEndAnyIndent(lines, i);
      const ial = lines[end + 1] && parseIal(lines[end + 1]!.text);
      const block = lines.slice(i, end + 1);
      if (ial && !ial.option) {
        block[0] = {
          ...block[0]!,
          text: withInfo(block[0]!.text, codeLanguage(ial, lines[end + 1]!, bag)),
        };
        i = end + 2;
      } else i = end + 1;
      out.push(...block);
      continue;
    }
    if (isQuoteLine(line.text)) {
      const end = quoteEnd(lines, i);
      const closing = lines[end + 1];
      const ial = closing && parseIal(closing.text);
      out.push(...quoteToCallout(lines.slice(i, end + 1), ial, closing, bag));
      i = ial ? end + 2 : end + 1;
      continue;
    }
    const ial = parseIal(line.text);
    if (ial) {
      const previous = out[out.length - 1];
      if (!ial.option && previous && previous.text.trim() !== '') {
        warnUndotted(ial, line, bag);
        // Keep the indentation: an IAL inside a list item must not end the list.
        out.push(blockAttributes(ial, line.line, /^\s*/.exec(line.text)![0]));
      } else if (!ial.option) {
        bag.warn(
          'kramdown/detached-ial',
          `attribute list ${line.text.trim()} follows a blank line, so it belongs to nothing and is dropped`,
          line.line,
          'Put it on the line right after the paragraph, table or quote it styles.',
        );
      }
      i++;
      continue;
    }
    out.push(line);
    i++;
  }
  return out;
}

const quoteStart = /^ {0,3}>/;
const isQuoteLine = (text: string) => quoteStart.test(text);
const isBlank = (text: string) => text.trim() === '';

/**
 * Last line of the blockquote starting at `start`. kramdown is lazier than CommonMark: a quote
 * runs on over lines without `>` (even code lines inside a quoted fence) until a blank line
 * or an attribute list; lessons rely on that.
 */
function quoteEnd(lines: readonly SourceLine[], start: number): number {
  let end = start;
  while (
    end + 1 < lines.length &&
    !isBlank(lines[end + 1]!.text) &&
    !isIalLine(lines[end + 1]!.text)
  )
    end++;
  return end;
}

/** A fence at any indentation: kramdown lessons indent fences inside list items. */
function fenceAnyIndent(text: string) {
  const indent = /^\s*/.exec(text)![0];
  const fence = matchFence(text.slice(indent.length));
  return fence && { ...fence, indent: indent + fence.indent };
}

function fenceEndAnyIndent(lines: readonly SourceLine[], start: number): number {
  const open = fenceAnyIndent(lines[start]!.text)!;
  for (let i = start + 1; i < lines.length; i++)
    if (closesFence(lines[i]!.text.trimStart(), open)) return i;
  return lines.length - 1;
}

/** One level of quote markers removed, positions kept. A lazy line has none and stays as it is. */
function stripOneLevel(lines: readonly SourceLine[]): SourceLine[] {
  return lines.map((l) => ({ ...l, text: l.text.replace(/^ {0,3}> ?/, '').replace(/^\t/, '') }));
}

function quoteToCallout(
  quote: SourceLine[],
  ial: KramdownIal | undefined,
  closing: SourceLine | undefined,
  bag: DiagnosticBag,
): SourceLine[] {
  const inner = normaliseKramdownBlocks(stripOneLevel(quote), bag);
  const names = ial?.classes ?? [];
  const kind = names.map(calloutKind).find(Boolean);
  if (ial && closing) warnUndotted(ial, closing, bag);
  if (!kind) {
    if (ial && !ial.option && closing && names.length) {
      reportUnknownCallout(
        bag,
        names.map((n) => `.${n}`).join(' '),
        closing.line,
        'it renders as a plain quote',
      );
    }
    // Keep it a quote: re-prefix, so callouts nested inside stay inside; its attributes follow.
    const quoted = inner.map((l) => ({ ...l, text: l.text === '' ? '>' : `> ${l.text}` }));
    return ial && !ial.option ? [...quoted, blockAttributes(ial, closing!.line)] : quoted;
  }
  // The kind's class names the container; any other classes, the id and values stay on it.
  const attributes = {
    id: ial?.id,
    classes: names.filter((n) => calloutKind(n) !== kind),
    values: ial?.values ?? {},
  };
  return [
    ...openContainer(kind.name, attributes, quote[0]!.line),
    ...inner,
    ...closeContainer(closing?.line ?? 0),
  ];
}

const codeKinds = new Set(['output', 'error', 'warning', 'source']);

/** The info string a code IAL stands for: `.language-bash` → `bash`, `.output` → `output`. */
function codeLanguage(ial: KramdownIal, line: SourceLine, bag: DiagnosticBag): string {
  warnUndotted(ial, line, bag);
  for (const name of ial.classes) {
    if (name.startsWith('language-')) return name.slice('language-'.length);
    if (codeKinds.has(name)) return name;
  }
  return ial.classes[0] ?? '';
}

function withInfo(fenceLine: string, info: string): string {
  const fence = fenceAnyIndent(fenceLine)!;
  return `${fence.indent}${fence.marker}${info || fence.info}`;
}

function warnUndotted(ial: KramdownIal, line: SourceLine, bag: DiagnosticBag): void {
  for (const word of ial.undotted) {
    bag.warn(
      'kramdown/ial-without-dot',
      `attribute list {: ${word}} has no dot; read as the class .${word}`,
      line.line,
      `Write {: .${word}}.`,
    );
  }
}
