import type { DiagnosticBag } from '../diagnostics.ts';
import { rawHtmlBlock, rawHtmlInline } from './directives.ts';
import { fencedLines, quoted, type SourceLine } from './lines.ts';

/**
 * kramdown's extensions, as its HTML converter published them (styles lessons):
 *
 *   {::comment}…{:/comment}       an HTML comment, `<!-- … -->`: invisible on the page
 *   {::nomarkdown}…{:/nomarkdown}  the text as raw HTML, not read as Markdown; nothing when its
 *                                  `type="…"` names only other converters (latex, kramdown)
 *   {::options key="value" /}      kramdown settings for the rest of the page: no output
 *
 * A closing tag may be the short `{:/}`; `{::name /}` closes itself. On a line of its own the
 * extension is a block, otherwise it sits inside the paragraph's text, and may run over several
 * of its lines. What it publishes is written as the internal `raw` directive (`::raw{html="…"}`
 * for a block, `:raw{html="…"}` inline), whose HTML the renderer puts in the page as written:
 * read as Markdown, a comment's text would show and a raw block's blank lines would end it.
 * Code (fenced blocks, code spans) is never read for extensions; other names are left as text,
 * as kramdown leaves them.
 */
export function normaliseKramdownExtensions(
  lines: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  if (!lines.some((l) => l.text.includes('{::'))) return [...lines];
  const out: SourceLine[] = [];
  const code = fencedLines(lines);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const { prefix, rest } = quoted(line.text);
    if (code[i] || !rest.includes('{::')) {
      out.push(line);
      continue;
    }
    const read = readExtensions(lines, i, prefix, bag);
    out.push(...read.lines);
    i = read.last;
  }
  return out;
}

const knownExtensions = new Set(['comment', 'nomarkdown', 'options']);
const startTag = /\{::(\w+)((?:\s(?:\\\}|[^}])*?)?)(\/)?\}/g;
const stopTag = (name: string) => new RegExp(`\\{:/(?:${name})?\\}`, 'g');
const blockStart = /^ {0,3}\{::(\w+)((?:\s(?:\\\}|[^}])*?)?)(\/)?\}\s*$/;
const blockStop = (name: string) => new RegExp(`^ {0,3}\\{:/(?:${name})?\\}\\s*$`);

interface Read {
  lines: SourceLine[];
  /** Index of the last source line consumed. */
  last: number;
}

/** The extensions starting on line `start`, with whatever lines they run over. */
function readExtensions(
  lines: readonly SourceLine[],
  start: number,
  prefix: string,
  bag: DiagnosticBag,
): Read {
  const first = lines[start]!;
  const content = (index: number) => lines[index]!.text.slice(prefix.length);
  // A block starts a block: at the top, or after a blank line (in the same quote); inside a
  // paragraph, kramdown reads the same tags as part of its text.
  const previous = start > 0 ? quoted(lines[start - 1]!.text).rest : '';
  const block = previous.trim() === '' ? blockStart.exec(content(start)) : null;
  if (block && knownExtensions.has(block[1]!)) {
    const [, name = '', attributes = '', selfClosing] = block;
    if (selfClosing)
      return {
        lines: rawBlock(published(name, attributes, undefined), prefix, first),
        last: start,
      };
    for (let end = start + 1; end < lines.length; end++) {
      if (!lines[end]!.text.startsWith(prefix)) break;
      if (!blockStop(name).test(content(end))) continue;
      const body = lines
        .slice(start + 1, end)
        .map((_, k) => content(start + 1 + k))
        .join('\n');
      return { lines: rawBlock(published(name, attributes, body), prefix, first), last: end };
    }
    warnUnclosed(name, first, bag);
    return { lines: [first], last: start };
  }
  // Inline: the text of this line and the paragraph's next lines, code spans left alone.
  let text = content(start);
  let last = start;
  let from = 0;
  for (;;) {
    const tag = nextTag(text, from);
    if (!tag) break;
    const [match, name = '', attributes = '', selfClosing] = tag;
    if (!knownExtensions.has(name)) {
      from = tag.index + match.length;
      continue;
    }
    const bodyStart = tag.index + match.length;
    let stop = selfClosing ? undefined : findStop(text, name, bodyStart);
    // Not closed on this line: the paragraph's next lines (up to a blank one) may close it.
    while (!selfClosing && !stop && last + 1 < lines.length) {
      const next = lines[last + 1]!;
      if (!next.text.startsWith(prefix) || content(last + 1).trim() === '') break;
      text = `${text}\n${content(last + 1)}`;
      last++;
      stop = findStop(text, name, bodyStart);
    }
    if (!selfClosing && !stop) {
      warnUnclosed(name, first, bag);
      from = bodyStart;
      continue;
    }
    const body = stop ? text.slice(bodyStart, stop.index) : undefined;
    const html = published(name, attributes, body);
    const replacement = html ? rawHtmlInline(html) : '';
    const end = stop ? stop.index + stop[0].length : bodyStart;
    text = text.slice(0, tag.index) + replacement + text.slice(end);
    from = tag.index + replacement.length;
  }
  // One output line per line of text, each with its quote prefix: the prepared lines stay one to
  // one with the page's Markdown, which maps every line back to the author's.
  const segments = text.split('\n');
  return {
    lines: segments.map((segment, k) => ({
      ...(k === segments.length - 1 ? lines[last]! : lines[start + k]!),
      text: prefix + segment,
    })),
    last,
  };
}

/** The next start tag at or after `from` that is not inside a code span. */
function nextTag(text: string, from: number): RegExpExecArray | undefined {
  const code = codeSpans(text);
  startTag.lastIndex = from;
  for (let m = startTag.exec(text); m; m = startTag.exec(text))
    if (!code.some(([a, b]) => m!.index >= a && m!.index < b)) return m;
  return undefined;
}

function findStop(text: string, name: string, from: number): RegExpExecArray | undefined {
  const re = stopTag(name);
  re.lastIndex = from;
  return re.exec(text) ?? undefined;
}

/** Where each code span of the text starts and ends (a run of backticks closed by an equal run). */
function codeSpans(text: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g))
    spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/** What kramdown's HTML converter writes for an extension; empty for nothing. */
function published(name: string, attributes: string, body: string | undefined): string {
  if (body === undefined || name === 'options') return '';
  if (name === 'comment') return `<!-- ${body} -->`;
  // nomarkdown: raw for the HTML converter unless its `type` names only others.
  const type = /\btype\s*=\s*(["'])(.*?)\1/.exec(attributes)?.[2]?.trim();
  return !type || type.split(/\s+/).includes('html') ? body : '';
}

/** A block extension's lines: its HTML as one block, or a blank line (kramdown's block end). */
function rawBlock(html: string, prefix: string, at: SourceLine): SourceLine[] {
  if (!html) return [{ text: prefix.trimEnd(), line: at.line }];
  return [rawHtmlBlock(html, at.line, prefix)];
}

function warnUnclosed(name: string, at: SourceLine, bag: DiagnosticBag) {
  bag.warn(
    'kramdown/unclosed-extension',
    `{::${name}} is never closed by {:/${name}} (or {:/}); it is shown as text, as kramdown shows it`,
    at.line,
    `Add {:/${name}} where the ${name} ends.`,
  );
}
