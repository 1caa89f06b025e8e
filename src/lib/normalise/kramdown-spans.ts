import { parseIalBody, type KramdownIal } from '../attributes.ts';
import type { DiagnosticBag } from '../diagnostics.ts';
import { spanAttributes } from './directives.ts';
import { matchingBracket, type SourceLine } from './lines.ts';

/**
 * kramdown span attribute lists: `![](x.png){:width="60%"}`, `[text](url){:target="_blank"}`,
 * `` `code`{:.language-python} ``. kramdown applies one to the span element right before it, with
 * nothing in between; after plain text (or a space) it stays text, as kramdown shows it. Each is
 * rewritten as `:attrs{…}` (see `directives.ts`), which the renderer puts on that image, link or
 * code span. Code spans are left alone, and so is the inside of link destinations.
 */
export function rewriteSpanIals(
  block: readonly SourceLine[],
  bag: DiagnosticBag,
  warnUndotted: (ial: KramdownIal, line: SourceLine, bag: DiagnosticBag) => void,
): SourceLine[] {
  if (!block.some((l) => l.text.includes('{:'))) return [...block];
  return block.map((line) => {
    if (!line.text.includes('{:')) return line;
    const masked = maskCodeSpans(line.text);
    const ends = spanEnds(masked);
    let out = '';
    let from = 0;
    for (const m of masked.matchAll(/\{:((?:\\\}|[^}])+)\}/g)) {
      const at = m.index;
      if (!ends.has(at) || m[1]!.startsWith(':')) continue;
      const ial = parseIalBody(line.text.slice(at + 2, at + m[0].length - 1));
      if (ial.option) continue;
      warnUndotted(ial, line, bag);
      out += line.text.slice(from, at) + spanAttributes(ial);
      from = at + m[0].length;
    }
    return from ? { ...line, text: out + line.text.slice(from) } : line;
  });
}

/**
 * Link and image addresses holding a space, inline (`![plot](../fig/my plot.png)`,
 * `[data](my file.csv "Title")`) or in a reference definition (`[data]: my file.csv`): kramdown
 * and pandoc read the whole as the address (pandoc writes the space as `%20`), while CommonMark
 * reads no link and shows the syntax as text, the image missing. Each space in such an address is
 * written `%20`, with a warning. Code spans, addresses in angle brackets and the title after the
 * address are left as they are.
 */
export function encodeDestinationSpaces(
  block: readonly SourceLine[],
  bag: DiagnosticBag,
): SourceLine[] {
  if (!block.some((l) => /\](?:\(|:)[^)]*?\S[ \t]+\S/.test(l.text))) return [...block];
  return block.map((line) => {
    // A reference definition; not a footnote's (`[^1]: text`).
    const definition = /^( {0,3}\[(?!\^)(?:\\.|[^\\\]])+\]:[ \t]*)(\S.*)$/.exec(line.text);
    if (definition) {
      const encoded = encodeAddress(definition[2]!, line, bag);
      return encoded === undefined ? line : { ...line, text: definition[1] + encoded };
    }
    const masked = maskCodeSpans(line.text);
    let out = '';
    let from = 0;
    for (let i = 0; i < masked.length; i++) {
      if (masked[i] === '\\') {
        i++;
        continue;
      }
      if (masked[i] !== ']' || masked[i + 1] !== '(' || !opensLinkText(masked, i)) continue;
      const close = matchingBracket(masked, i + 1, '(', ')');
      if (close === -1) continue;
      const encoded = encodeAddress(line.text.slice(i + 2, close), line, bag);
      if (encoded !== undefined) {
        out += line.text.slice(from, i + 2) + encoded;
        from = close;
      }
      i = close;
    }
    return from ? { ...line, text: out + line.text.slice(from) } : line;
  });
}

/**
 * `address "title"` with each space of the address written `%20`, and a warning; undefined when
 * the address holds no space or is not one.
 */
function encodeAddress(text: string, line: SourceLine, bag: DiagnosticBag): string | undefined {
  const parts = /^([ \t]*)([^<][^]*?)((?:[ \t]+(?:"[^"]*"|'[^']*'))?[ \t]*)$/.exec(text);
  const address = parts?.[2];
  // A file's or a web address (`fig/…`, `x.csv`), not code such as `f[i](a b)`, nor an address
  // followed by attributes or a title the pattern did not take (`x.png {alt="…"}`).
  if (!address || !/[ \t]/.test(address) || !/[./]/.test(address) || /["'{}<>]/.test(address))
    return undefined;
  const encoded = address.replace(/[ \t]/g, '%20');
  bag.warn(
    'links/space-in-url',
    `the address "${address}" holds a space, which kramdown and pandoc read as part of it, but CommonMark tools (GitHub's preview among them) read no link there; read as "${encoded}"`,
    line.line,
    `Write each space as %20 (${encoded}), or rename the file without spaces.`,
  );
  return parts[1] + encoded + parts[3];
}

/** Whether the `]` at `close` ends a bracketed text (`[text]`, `![alt]`) on the same line. */
function opensLinkText(masked: string, close: number): boolean {
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    const c = masked[k];
    if (masked[k - 1] === '\\') continue;
    if (c === ']') depth++;
    else if (c === '[' && --depth === 0) return true;
  }
  return false;
}

/** Code spans of one line blanked with `\0` (same length): nothing in them is syntax. */
const maskCodeSpans = (text: string) =>
  text.replace(
    /(?<![`\\])(`+)(?!`)([\s\S]*?[^`])\1(?!`)/g,
    (span) => span[0] + '\0'.repeat(span.length - 2) + span[span.length - 1],
  );

/**
 * Offsets just after every span element on the line: an inline link or image (`…](…)`), a
 * reference link (`…][ref]`), a code span (its closing backtick). A span attribute list must
 * start exactly there.
 */
function spanEnds(masked: string): Set<number> {
  const ends = new Set<number>();
  for (let i = 0; i < masked.length; i++) {
    const c = masked[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      // A masked code span: the run of `\0` ends at its closing backtick.
      if (masked[i + 1] === '\0') {
        let j = i + 1;
        while (masked[j] === '\0') j++;
        if (masked[j] === '`') {
          ends.add(j + 1);
          i = j;
        }
      }
      continue;
    }
    if (c !== ']') continue;
    const next = masked[i + 1];
    if (next === '(') {
      const close = matchingBracket(masked, i + 1, '(', ')');
      if (close !== -1) ends.add(close + 1);
    } else if (next === '[') {
      const close = matchingBracket(masked, i + 1, '[', ']');
      if (close !== -1) ends.add(close + 1);
    }
  }
  return ends;
}

/**
 * kramdown's typographic guillemets (its `typographic_symbols`): `<<` and `>>` in text become « and
 * », with a no-break space where a space stood between them and the words (`<< a` → «\u00a0a).
 * CommonMark would read `<<word>>` as an HTML tag and lose the word. Code spans and `$$` math keep
 * what was typed; so does a line's leading `>>` (a quote, never these lines: quotes are read
 * before).
 */
export function kramdownGuillemets(block: readonly SourceLine[]): SourceLine[] {
  if (!block.some((l) => l.text.includes('<<') || l.text.includes('>>'))) return [...block];
  return block.map((line) => {
    if (!line.text.includes('<<') && !line.text.includes('>>')) return line;
    const masked = maskCodeSpans(line.text).replace(/\$\$[\s\S]*?\$\$/g, (m) =>
      '\0'.repeat(m.length),
    );
    let out = '';
    let from = 0;
    for (const m of masked.matchAll(/(?<!\\)<< ?| ?>>/g)) {
      const at = m.index;
      if (m[0].startsWith('>') || m[0].startsWith(' >')) {
        // Not a quote marker: text comes before it on the line.
        if (line.text.slice(0, at).trim() === '') continue;
      }
      const symbol = m[0].includes('<')
        ? m[0].endsWith(' ')
          ? '«\u00a0'
          : '«'
        : m[0].startsWith(' ')
          ? '\u00a0»'
          : '»';
      out += line.text.slice(from, at) + symbol;
      from = at + m[0].length;
    }
    return from ? { ...line, text: out + line.text.slice(from) } : line;
  });
}
