import {
  emptyAttributes,
  hasAttributes,
  parsePandocAttributes,
  toDirectiveAttributes,
  type Attributes,
} from '../attributes.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { closeContainer, openContainer, spanAttributes } from './directives.ts';
import { commentedLines } from './html-comments.ts';
import { encodeDestinationSpaces } from './kramdown-spans.ts';
import { fenceEnd, invented, matchFence, matchingBracket, type SourceLine } from './lines.ts';

/**
 * Pandoc attributes of Workbench lessons, rewritten into the internal Markdown shape (see
 * `directives.ts`):
 * - `![caption](src){alt='…' width=…}`: the alt text moves into the image, punctuation escaped so
 *   `$`, quotes and `*` survive exactly; other attributes follow as `:attrs{…}`, which the
 *   renderer applies to the `<img>`. A lone image with a caption becomes a `:::figure` container.
 * - `[text](url){…}`: the attributes go to the link the same way.
 * - `[text]{#id .class}`: a bracketed span becomes `:span[text]{#id .class}`.
 * - `[ref]: fig/x.png "Title" {alt='…'}` (the list may also start on the next line): a reference
 *   definition's attributes go to every image and link that uses it, as pandoc applies them.
 * - ```` ``` {.julia #id} ````: a code fence's attributes name its language (the first class).
 * Beyond pandoc, with a warning: attributes after a reference-style image (`![][ref]{alt=…}`,
 * which pandoc shows as text) and a list whose quotes are broken (`alt='it's'`, an unclosed quote)
 * are read as the author meant them, rather than shown as syntax.
 * Code fences and spans and HTML comments are left alone; so are headings (`## T {#id}`: the
 * parser reads those).
 * Limitation: indented (4-space) code blocks are not recognised, as that needs list context.
 */
export function normalisePandocAttributes(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  const commented = commentedLines(lines);
  const { lines: defined, definitions } = readDefinitions(lines, commented, bag);
  const out: SourceLine[] = [];
  let i = 0;
  while (i < defined.length) {
    if (matchFence(defined[i]!.text)) {
      const end = fenceEnd(defined, i);
      out.push(withFenceLanguage(defined[i]!), ...defined.slice(i + 1, end + 1));
      i = end + 1;
      continue;
    }
    // A div's fence (written by the div normaliser) is a block of its own.
    if (commented[i] || defined[i]!.directive) {
      out.push(defined[i]!);
      i++;
      continue;
    }
    // A run of non-blank lines: code spans and links may wrap inside it, never across a blank line.
    let end = i;
    while (
      end < defined.length &&
      defined[end]!.text.trim() !== '' &&
      !commented[end] &&
      (end === i || !(matchFence(defined[end]!.text) || defined[end]!.directive))
    )
      end++;
    if (end === i) end = i + 1;
    const block = defined.slice(i, end);
    if (
      block.some((l) => l.text.includes(']{') || l.text.includes('){')) ||
      (definitions.size > 0 && block.some((l) => l.text.includes(']'))) ||
      /^ {0,3}!\[/.test(block[0]!.text)
    ) {
      const rewritten = rewriteBlock(block, { definitions, bag });
      if (rewritten.unread !== undefined) warnUnread(block[rewritten.unread]!, bag);
      out.push(...encodeDestinationSpaces(rewritten.lines, bag));
    } else out.push(...encodeDestinationSpaces(block, bag));
    i = end;
  }
  return out;
}

/**
 * ```` ``` {.julia #id} ```` (or `{.output}`): pandoc reads the first class as the language; the
 * renderer reads the info string's first word, so that is what it gets. An id or other attributes
 * of a code block have no place in the rendered block and are left out.
 */
function withFenceLanguage(line: SourceLine): SourceLine {
  const m = /^( {0,3})(`{3,}|~{3,})[ \t]*\{(.*)\}[ \t]*$/.exec(line.text);
  const attributes = m && parsePandocAttributes(m[3]!);
  if (!attributes) return line;
  return { ...line, text: `${m[1]}${m[2]}${attributes.classes[0] ?? ''}` };
}

/** Attribute lists this module could not read still show as text: say so, pointing at the line. */
function warnUnread(line: SourceLine, bag: DiagnosticBag): void {
  bag.warn(
    'attributes/unreadable',
    `attribute list after a link, image or span could not be read, so it shows as text: ${line.text.trim()}`,
    line.line,
    'Write it as {alt=\'text\'}, {#id} or {.class key="value"}; quote values that contain spaces.',
  );
}

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** What a block is rewritten with: the page's reference definitions that carry attributes. */
interface BlockContext {
  /** Normalised label → the attributes its definition carries. */
  definitions: ReadonlyMap<string, Attributes>;
  bag: DiagnosticBag;
}

/**
 * The block rewritten, and the index of its first line holding a `]{` or `){` that reads as no
 * attribute list (it stays text, so the author is told).
 */
function rewriteBlock(
  block: readonly SourceLine[],
  context: BlockContext,
): { lines: SourceLine[]; unread?: number } {
  const text = block.map((l) => l.text).join('\n');
  const masked = maskCodeSpans(text);
  const figure = loneFigure(text, masked, block, context);
  if (figure) return { lines: figure };
  const edits: Edit[] = [];
  const lineAt = (offset: number) => block[text.slice(0, offset).split('\n').length - 1]!.line;
  scanInline({ text, masked, lineAt, ...context }, 0, masked.length, edits);
  const read = new Set(edits.map((e) => e.start));
  const unread = [...masked.matchAll(/[\])]\{/g)].find(
    (m) => !read.has(m.index + 1) && !read.has(m.index),
  );
  return {
    lines: edits.length ? applyEdits(block, text, edits) : [...block],
    unread: unread && masked.slice(0, unread.index).split('\n').length - 1,
  };
}

/** Code spans (backtick runs of equal length) blanked out, so nothing inside them is rewritten. */
const maskCodeSpans = (text: string) =>
  text.replace(/(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g, (span) => span.replace(/[^\n]/g, '\0'));

/**
 * `close` is the index of `]`; `target` the `(…)` range of a link or image; `reference` the label
 * of a reference-style one and the range it spans after `]` (`[ref]`, `[]`, or nothing for
 * `![ref]`); `braces` the `{…}` range, when there is one; `repair` what was wrong with a list pandoc
 * could not read but this module did.
 */
interface Construct {
  image: boolean;
  close: number;
  target?: [number, number];
  reference?: { label: string; range: [number, number] };
  braces?: [number, number];
  attributes: Attributes;
  repair?: string;
}

interface Scan extends BlockContext {
  text: string;
  masked: string;
  /** The author's line of an offset in `text`. */
  lineAt: (offset: number) => number;
}

/**
 * The `[…](…){…}`, `[…]{…}` or reference-style construct starting at `pos` (`[` or `!`), if it has
 * attributes: its own list, or those of the definition it uses.
 */
function constructAt(scan: Scan, pos: number): Construct | undefined {
  const { text, masked } = scan;
  const image = masked[pos] === '!' && masked[pos + 1] === '[';
  const open = image ? pos + 1 : pos;
  const close = matchingBracket(masked, open, '[', ']');
  if (close === -1) return undefined;
  let after = close + 1;
  let target: [number, number] | undefined;
  let reference: Construct['reference'];
  if (masked[after] === '(') {
    const end = matchingBracket(masked, after, '(', ')');
    if (end === -1) return undefined;
    target = [after, end + 1];
    after = end + 1;
  } else if (masked[after] === '[') {
    const end = matchingBracket(masked, after, '[', ']');
    if (end === -1) return undefined;
    const label = text.slice(after + 1, end) || text.slice(open + 1, close);
    reference = { label, range: [after, end + 1] };
    after = end + 1;
  } else if (masked[after] !== ':' && (image || masked[after] !== '{')) {
    // `![ref]` or `[ref]` alone: a shortcut reference (`[ref]:` is the definition itself).
    reference = { label: text.slice(open + 1, close), range: [after, after] };
  }
  const defined = reference && scan.definitions.get(normaliseLabel(reference.label));
  if (reference && !defined && masked[after] !== '{') return undefined;
  if (image && !target && !reference) return undefined;
  if (masked[after] !== '{')
    return defined && { image, close, reference, attributes: cloneAttributes(defined) };
  const end = closingBrace(masked, after);
  let attributes = end === -1 ? undefined : parsePandocAttributes(text.slice(after + 1, end));
  let braces: [number, number] | undefined = attributes && [after, end + 1];
  let repair: string | undefined;
  if (!attributes && (target || reference)) {
    const recovered = recoverAttributes(text, masked, after);
    if (recovered) ({ attributes, braces, repair } = recovered);
  }
  if (!attributes || !braces) {
    if (!defined) return undefined;
    return { image, close, reference, attributes: cloneAttributes(defined) };
  }
  // An inline list adds to the definition's; where both say the same, the inline one wins.
  const merged = defined
    ? {
        id: attributes.id ?? defined.id,
        classes: [...defined.classes, ...attributes.classes],
        values: { ...defined.values, ...attributes.values },
      }
    : attributes;
  return { image, close, target, reference, braces, attributes: merged, repair };
}

const cloneAttributes = (a: Attributes): Attributes => ({
  ...a,
  classes: [...a.classes],
  values: { ...a.values },
});

function scanInline(scan: Scan, from: number, to: number, edits: Edit[]): void {
  const { masked } = scan;
  for (let pos = from; pos < to; pos++) {
    if (masked[pos] === '\\' && ++pos) continue; // skip the escaped character: `\[` opens nothing
    if (masked[pos] !== '[' && !(masked[pos] === '!' && masked[pos + 1] === '[')) continue;
    // `[^1]` is a footnote, `[ref]:` at the start of a line a definition; neither has attributes.
    if (masked[pos + 1] === '^') continue;
    const found = constructAt(scan, pos);
    const end = found && (found.braces?.[1] ?? found.reference?.range[1] ?? found.close + 1);
    if (!found || end! > to) continue;
    edits.push(...constructEdits(scan, pos, found));
    pos = end! - 1;
  }
}

/** The edits that rewrite one construct into the internal syntax. */
function constructEdits(scan: Scan, pos: number, found: Construct): Edit[] {
  const { image, close, target, reference, braces, attributes, repair } = found;
  const edits: Edit[] = [];
  if (repair) warnRepaired(scan, pos, braces!, repair);
  if (reference && braces && !target)
    scan.bag.warn(
      'attributes/after-reference',
      `attributes after a reference-style ${image ? 'image' : 'link'} ("${scan.text.slice(pos, reference.range[1]).replace(/\s+/g, ' ')}"): pandoc ignores them and shows them as text; they are applied here`,
      scan.lineAt(braces[0]),
      `Put them on the definition instead, so every toolchain reads them: [${reference.label}]: url {…}.`,
    );
  const alt = attributes.values.alt;
  // pandoc copies a definition's alt onto links too; an <a> has no alt, so it is left out.
  if (target || reference) delete attributes.values.alt;
  if (image && alt !== undefined) {
    edits.push({ start: pos + 1, end: close + 1, text: `[${escapeAlt(alt)}]` });
    // `![ref]` and `![ref][]` take their label from the text the alt replaces: name it.
    if (reference && reference.range[1] - reference.range[0] <= 2)
      edits.push({
        start: reference.range[0],
        end: reference.range[1],
        text: `[${reference.label}]`,
      });
  } else scanInline(scan, pos + (image ? 2 : 1), close, edits);
  const after = attributesAfter(attributes);
  if (target || reference) {
    const at = braces ?? [reference!.range[1], reference!.range[1]];
    if (braces || after) edits.push({ start: at[0], end: at[1], text: after });
  } else {
    edits.push({ start: pos, end: pos + 1, text: ':span[' });
    edits.push({ start: close, end: braces![1], text: `]${toDirectiveAttributes(attributes)}` });
  }
  return edits;
}

function warnRepaired(scan: Scan, pos: number, braces: [number, number], repair: string): void {
  const list = scan.text.slice(...braces).replace(/\s+/g, ' ');
  scan.bag.warn(
    'attributes/malformed',
    `attribute list after "${scan.text.slice(pos, braces[0]).replace(/\s+/g, ' ').slice(0, 60)}" is malformed (${repair}): pandoc shows it as text; it is read here as ${list.length > 80 ? `${list.slice(0, 79)}…` : list}`,
    scan.lineAt(braces[0]),
    'Close every quote, and write a value that contains an apostrophe in double quotes: alt="it\'s".',
  );
}

/**
 * An image with a caption alone in its paragraph (`![caption](src)`, with or without an attribute
 * list): pandoc's implicit figure, which sandpaper publishes with the caption shown below the
 * image; the Workbench documents `![caption](src){alt='…'}` for it. Without an `alt` attribute the
 * caption is the alt text too (and the renderer hides the caption from screen readers, which
 * would read it twice, as pandoc does).
 */
function loneFigure(
  text: string,
  masked: string,
  block: readonly SourceLine[],
  context: BlockContext,
): SourceLine[] | undefined {
  const start = masked.search(/\S/);
  if (start === -1 || start > 3 || !masked.startsWith('![', start)) return undefined;
  const close = matchingBracket(masked, start + 1, '[', ']');
  const caption = close === -1 ? '' : text.slice(start + 2, close);
  if (caption.trim() === '') return undefined;
  const lineAt = (offset: number) => block[text.slice(0, offset).split('\n').length - 1]!.line;
  const scan: Scan = { text, masked, lineAt, ...context };
  const found = constructAt(scan, start);
  const end = found
    ? (found.braces?.[1] ?? found.reference?.range[1] ?? found.target?.[1])
    : (bracketedAfter(masked, close, '(', ')') ?? bracketedAfter(masked, close, '[', ']'));
  if (end === undefined || masked.slice(end).trim() !== '') return undefined;
  // The image as every other image is rewritten: an `alt` attribute replaces the caption as its
  // alt text, other attributes follow it.
  const edits = found ? constructEdits(scan, start, found) : [];
  const indent = text.slice(0, start);
  const image = `${indent}${applyWithin(text, edits, start, end)}`.replace(/\n/g, ' ');
  const firstCaptionLine = text.slice(0, start + 2).split('\n').length - 1;
  const captionLines = rewriteBlock(
    caption
      .split('\n')
      .map((t, k) => ({ text: indent + t.trim(), line: block[firstCaptionLine + k]!.line })),
    context,
  ).lines;
  // The figure container: its first paragraph is the image, the rest is the caption.
  return [
    ...openContainer('figure', emptyAttributes(), block[0]!.line, indent),
    { text: image, line: block[0]!.line },
    invented(''),
    ...captionLines,
    ...closeContainer(0, indent),
  ];
}

/** The end of the `(…)` or `[…]` right after an image's `]`, or undefined. */
function bracketedAfter(
  masked: string,
  close: number,
  opener: string,
  closer: string,
): number | undefined {
  if (masked[close + 1] !== opener) return undefined;
  const end = matchingBracket(masked, close + 1, opener, closer);
  return end === -1 ? undefined : end + 1;
}

/** The text from `from` to `to` with the edits inside that range applied. */
function applyWithin(text: string, edits: Edit[], from: number, to: number): string {
  let [result, pos] = ['', from];
  for (const edit of [...edits].sort((x, y) => x.start - y.start))
    [result, pos] = [result + text.slice(pos, edit.start) + edit.text, edit.end];
  return result + text.slice(pos, to);
}

/**
 * Apply non-overlapping edits. Replacements never contain a line break, so output line k starts
 * after the k-th source line break that no edit swallowed, and takes that source line's number.
 */
function applyEdits(block: readonly SourceLine[], text: string, edits: Edit[]): SourceLine[] {
  edits.sort((x, y) => x.start - y.start);
  let [result, pos] = ['', 0];
  for (const edit of edits)
    [result, pos] = [result + text.slice(pos, edit.start) + edit.text, edit.end];
  result += text.slice(pos);
  const kept: number[] = [];
  for (let k = 0, offset = 0; k < block.length; offset += block[k]!.text.length + 1, k++) {
    if (k === 0 || !edits.some((e) => e.start <= offset - 1 && offset - 1 < e.end))
      kept.push(block[k]!.line);
  }
  return result.split('\n').map((t, k) => ({ text: t, line: kept[k]! }));
}

/** The `}` ending an attribute list, skipping quoted values (`alt='a } b'`). */
function closingBrace(masked: string, open: number): number {
  const m = /^\{(?:[^}'"\\]|\\[\s\S]|'(?:[^'\\]|\\[\s\S])*'|"(?:[^"\\]|\\[\s\S])*")*\}/.exec(
    masked.slice(open),
  );
  return m ? open + m[0].length - 1 : -1;
}

/** Every ASCII punctuation character escaped: Markdown then gives back exactly the author's text. */
const escapeAlt = (alt: string) => alt.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/** Span attributes for the image or link just before; nothing when there are none. */
const attributesAfter = (attributes: Attributes) =>
  hasAttributes(attributes) ? spanAttributes(attributes) : '';

/** A reference label as CommonMark matches it: case-folded, inner whitespace collapsed. */
const normaliseLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

// `[label]: url`, optionally `"title"`, `'title'` or `(title)`, then the rest of the line.
const definitionPattern =
  /^( {0,3}\[([^\]^][^\]]*)\]:[ \t]*(?:<[^>]*>|\S+)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?)[ \t]*(.*)$/;

/**
 * Reference definitions that carry pandoc attributes, on their own line or starting on the next
 * one (`[ref]: fig/x.png "Title"` then `{alt='…'}`): the attributes are taken off the definition,
 * which CommonMark would otherwise not read as one, and returned by label for the uses to apply.
 */
function readDefinitions(
  lines: readonly SourceLine[],
  commented: readonly boolean[],
  bag: DiagnosticBag,
): { lines: SourceLine[]; definitions: Map<string, Attributes> } {
  const out = lines.map((l) => ({ ...l }));
  const definitions = new Map<string, Attributes>();
  for (let i = 0; i < out.length; i++) {
    if (matchFence(out[i]!.text)) {
      i = fenceEnd(out, i);
      continue;
    }
    const m = commented[i] ? undefined : definitionPattern.exec(out[i]!.text);
    if (!m) continue;
    // The list starts after the definition, or alone on the next line.
    let first = i;
    let rest = m[3]!;
    if (rest === '' && /^\s*\{\s*(?:[#.]\w|[\w-]+=)/.test(out[i + 1]?.text ?? '')) {
      first = i + 1;
      rest = out[first]!.text;
    }
    if (!/^\s*\{\s*(?:[#.]\w|[\w-]+=)/.test(rest)) continue;
    // A list may wrap, never across a blank line.
    let last = first;
    let text = rest;
    let end = closingBrace(text, text.indexOf('{'));
    while (end === -1 && last + 1 < out.length && out[last + 1]!.text.trim() !== '') {
      last++;
      text += `\n${out[last]!.text}`;
      end = closingBrace(text, text.indexOf('{'));
    }
    const attributes =
      end !== -1 && text.slice(end + 1).trim() === ''
        ? parsePandocAttributes(text.slice(text.indexOf('{') + 1, end))
        : undefined;
    if (!attributes) {
      warnUnread(out[first]!, bag);
      continue;
    }
    definitions.set(normaliseLabel(m[2]!), attributes);
    out[i]!.text = m[1]!;
    // The list's own lines stay, blank, so every other line keeps its place.
    for (let k = first === i ? i + 1 : first; k <= last; k++) out[k]!.text = '';
    i = last;
  }
  return { lines: out, definitions };
}

/**
 * An attribute list after an image or link that pandoc could not read because of its quotes, read
 * as the author meant it: a quoted value ends at a matching quote followed by a space or the `}`
 * after which the rest still reads (so `alt='the team's work'` keeps its apostrophe), and a quote
 * never closed ends at the first `}` (`{alt='text}`). Undefined when that does not help either.
 */
function recoverAttributes(
  text: string,
  masked: string,
  open: number,
): { attributes: Attributes; braces: [number, number]; repair: string } | undefined {
  interface Read {
    end: number;
    attributes: Attributes;
    problems: string[];
  }
  const token = /^(?:#([\w:.-]+)|\.([\w:-]+)|([\w:-]+)=)/;
  // Reads tokens from `pos` to the closing `}`; `acc` holds what was read before.
  const read = (pos: number, acc: Read, depth: number): Read | undefined => {
    const space = /^\s*/.exec(masked.slice(pos))![0].length;
    const start = pos + space;
    if (masked[start] === '}') return start > open + 1 ? { ...acc, end: start } : undefined;
    const m = token.exec(masked.slice(start));
    if (!m || (space === 0 && pos > open + 1) || depth > 50) return undefined;
    const next = start + m[0].length;
    const { id, classes, values } = acc.attributes;
    if (m[1]) return read(next, { ...acc, attributes: { id: m[1], classes, values } }, depth + 1);
    if (m[2])
      return read(next, { ...acc, attributes: { id, classes: [...classes, m[2]], values } }, depth);
    const key = m[3]!;
    const withValue = (value: string, problem?: string): Read => ({
      end: 0,
      attributes: { id, classes, values: { ...values, [key]: unescape(value) } },
      problems: problem ? [...acc.problems, problem] : acc.problems,
    });
    const quote = masked[next];
    if (quote !== '"' && quote !== "'") {
      const bare = /^[^\s"'}]+/.exec(masked.slice(next));
      return bare ? read(next + bare[0].length, withValue(bare[0]), depth + 1) : undefined;
    }
    // Each quote that could end the value, in order: the first after which the rest reads wins.
    for (let k = next + 1; k < masked.length; k++) {
      if (masked[k] === '\\') k++;
      else if (masked[k] === quote && /[\s}]/.test(masked[k + 1] ?? '')) {
        const value = text.slice(next + 1, k);
        const early = value.includes(quote)
          ? `a ${quote} inside the quoted ${key} value ends it early`
          : undefined;
        const found = read(k + 1, withValue(value, early), depth + 1);
        if (found) return found;
      }
    }
    const brace = masked.indexOf('}', next);
    if (brace === -1) return undefined;
    const unclosed = `the ${quote} opening the ${key} value is never closed`;
    return { ...withValue(text.slice(next + 1, brace), unclosed), end: brace };
  };
  const found = read(open + 1, { end: 0, attributes: emptyAttributes(), problems: [] }, 0);
  if (!found || found.problems.length === 0) return undefined;
  return {
    attributes: found.attributes,
    braces: [open, found.end + 1],
    repair: found.problems.join('; '),
  };
}

// Pandoc reads backslash escapes in quoted values and joins wrapped lines with a space.
const unescape = (value: string) =>
  value.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\s*\n\s*/g, ' ');
