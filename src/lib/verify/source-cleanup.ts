import { nameToEmoji } from 'gemoji';

/**
 * A light, renderer-independent cleanup of lesson Markdown before a plain CommonMark+GFM parse,
 * so that the text an author wrote can be compared with the built page. It removes the syntax of
 * both formats (Liquid, kramdown IALs, pandoc fences and attributes) and keeps every line where it
 * was, so atoms still carry the author's line numbers. Deliberately not the generator's normaliser:
 * this is the independent check of it.
 */

/** Stands where Liquid was: its output is unknown here, so text is compared in pieces around it. */
export const separator = '\uE000';

export interface CleanSource {
  markdown: string;
  /** Alt texts from pandoc `{alt='…'}` blocks, which the parse below would not see. */
  alts: { text: string; line: number }[];
  /** Pandoc's inline notes (`^[…]`, Workbench), Markdown of their own: shown as footnotes. */
  notes: { markdown: string; line: number }[];
}

/**
 * Replace a match with the separator, keeping its newlines so later lines do not move. The
 * separator goes after them: a tag that ends a line break inside a link's address
 * (`[text]({{ page.root\n}}/x/)`) then leaves `(\n\uE000/x/)`, still a link.
 */
const blank = (match: string) => match.replace(/[^\n]/g, '') + separator;

/** Liquid blocks whose content may or may not be output; they are not expected text. */
const conditionalBlock =
  /\{%-?\s*(if|unless|case|for|comment|capture)\b[^%]*?-?%\}((?:(?!\{%-?\s*(?:if|unless|case|for|comment|capture)\b)[\s\S])*?)\{%-?\s*end\1\s*-?%\}/g;

function removeLiquid(text: string): string {
  let previous = '';
  let current = text;
  // Innermost blocks first; repeat until nested ones are gone.
  while (previous !== current) {
    previous = current;
    current = current.replace(conditionalBlock, blank);
  }
  const separated = current.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, blank);
  // A tag alone on its line (`{% include links.md %}`) leaves a blank line, as Jekyll's output
  // does; a separator there would glue the next block (link definitions) into a paragraph.
  return separated.replace(
    new RegExp(`^([ \\t>]*)${separator}[${separator} \\t]*$`, 'gm'),
    (_, prefix: string) => prefix.trimEnd(),
  );
}

const attrValue = String.raw`(?:"(?:[^"\\]|\\[\s\S])*"|'(?:[^'\\]|\\[\s\S])*'|[^\s}'"]+)`;
// `-` is pandoc's short form of the `unnumbered` class, in a heading's list (`{-}`).
const attrItem = String.raw`(?:[#.][\w:-]+|-|[\w-]+=${attrValue})`;
/** `{#id}`, `{.class}`, `{alt='…' width=…}`: a pandoc attribute block; quoted values may wrap. */
const pandocAttributes = new RegExp(String.raw`\{\s*${attrItem}(?:\s+${attrItem})*\s*\}`, 'g');
/**
 * What an author meant as attributes after an image or link but wrote so that pandoc cannot read
 * it (`{alt='it's'}`, `{alt='unclosed}`): the generator reads these too, so they are not text.
 */
const looseAttributes = /(?<=[)\]])\{\s*(?:[#.][\w:-]+|[\w-]+=)[^}]*\}/g;
const altAttribute = new RegExp(String.raw`(?:^|[\s{])alt=(${attrValue})`);
const looseAlt = /(?:^|[\s{])alt=([\s\S]*?)(?:\s+(?:[#.][\w:-]+|[\w-]+=\S*))*\s*\}$/;

const unquote = (value: string) =>
  value.replace(/^(["'])([\s\S]*)\1$/, '$2').replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * Leading blockquote markers, indentation and list markers, which every line-level rule must look
 * past: a fence may open on a list item's line (`1. ~~~`).
 */
const prefixOf = (line: string) => /^(?:[\s>]|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))*/.exec(line)![0];

interface Fence {
  char: string;
  length: number;
}

function openingFence(rest: string): Fence | undefined {
  const match = /^(`{3,}|~{3,})(.*)$/.exec(rest);
  // A backtick in a backtick fence's info string makes the line code spans instead (CommonMark).
  if (!match || (match[1]![0] === '`' && match[2]!.includes('`'))) return undefined;
  return { char: match[1]![0]!, length: match[1]!.length };
}

/**
 * `text` with code (fenced blocks, spans) blanked, newlines kept: offsets stay those of `text`. A
 * fence no later line closes opens no block: kramdown and pandoc read it as text.
 */
function maskCode(lines: readonly string[]): string {
  const masked = [...lines];
  const rest = (line: string) => line.slice(prefixOf(line).length);
  for (let i = 0; i < lines.length; i++) {
    const fence = openingFence(rest(lines[i]!));
    if (!fence) continue;
    const closing = new RegExp(`^\\${fence.char}{${fence.length},}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !closing.test(rest(lines[end]!))) end++;
    if (end === lines.length) continue;
    for (let k = i; k <= end; k++) masked[k] = '\0'.repeat(lines[k]!.length);
    i = end;
  }
  return masked
    .join('\n')
    .replace(/(?<![\\`])(`+)(?!`)(?:(?!\n[ \t>]*\n)[\s\S])*?[^`]\1(?!`)/g, (span) =>
      span.replace(/[^\n]/g, '\0'),
    );
}

/** Offsets inside an HTML comment: nothing there is shown. */
function commentRanges(masked: string): [number, number][] {
  return [...masked.matchAll(/<!--[\s\S]*?-->/g)].map((m) => [m.index, m.index + m[0].length]);
}

/**
 * `$$…$$`, on one line or several (never across a blank line): TeX, which the page shows rendered,
 * so none of it is text to find. Its inside may hold single dollars (`\text{if $x$}`), `{i=1}`
 * that looks like an attribute list and lines that look like list items (`+ \lambda`).
 */
function displayMathRanges(masked: string): [number, number][] {
  const ranges: [number, number][] = [];
  const pattern = /\$\$((?:(?!\n[ \t>]*\n)[^$]|\$(?!\$))+?)\$\$/g;
  for (const m of masked.matchAll(pattern)) ranges.push([m.index, m.index + m[0].length]);
  return ranges;
}

/**
 * kramdown's own constructs, as its HTML converter published them: a `{::comment}` and an
 * `{::options}` show nothing, an abbreviation definition (`*[CMS]: …`, at a block boundary) shows
 * nothing, a `{::nomarkdown}` span shows its text as written (escaped here, so the parse below
 * does not read its `*` as emphasis; a block is HTML, left out like any HTML block), and the list a `{:toc}` follows is replaced by the table of contents
 * (the headings, expected where they are). Newlines are kept, so lines do not move.
 */
function removeKramdownSyntax(source: string): string {
  const masked = maskCode(source.split('\n'));
  const edits: { start: number; end: number; text: string }[] = [];
  const keepLines = (match: string) => match.replace(/[^\n]/g, '');
  const extension = /\{::(comment|nomarkdown|options)\b[^}]*?(\/)?\}(?:([\s\S]*?)\{:\/(?:\1)?\})?/g;
  for (const m of masked.matchAll(extension)) {
    const [whole, name, selfClosing, body] = m;
    if (!selfClosing && body === undefined) continue;
    const original = source.slice(m.index, m.index + whole.length);
    // A raw block is HTML, whose text this check never expects (as for any HTML block).
    if (name !== 'nomarkdown' || selfClosing || body!.includes('\n')) {
      edits.push({ start: m.index, end: m.index + whole.length, text: keepLines(original) });
      continue;
    }
    const open = original.indexOf('}') + 1;
    const close = original.lastIndexOf('{:/');
    const inner = original
      .slice(open, close)
      .replace(/(<[^>]*>)|([\\`*_[\]#~])/g, (all, tag: string | undefined) =>
        tag ? tag : `\\${all}`,
      );
    edits.push({ start: m.index, end: m.index + whole.length, text: inner });
  }
  const lines = source.split('\n');
  const code = masked.split('\n');
  let offset = 0;
  let boundary = true;
  lines.forEach((line, i) => {
    const isCode = code[i]!.length > 0 && /^\0+$/.test(code[i]!);
    if (!isCode && boundary && /^ {0,3}\*\[.+?\]:/.test(line))
      edits.push({ start: offset, end: offset + line.length, text: '' });
    else boundary = line.trim() === '';
    if (!isCode && /^ {0,3}\{:\s*toc\s*\}\s*$/.test(line) && i > 0 && lines[i - 1]!.trim()) {
      let first = i - 1;
      while (first > 0 && lines[first - 1]!.trim() !== '') first--;
      let start = 0;
      for (let k = 0; k < first; k++) start += lines[k]!.length + 1;
      edits.push({ start, end: offset, text: keepLines(source.slice(start, offset)) });
    }
    offset += line.length + 1;
  });
  let out = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, start) + text + out.slice(end);
  return out;
}

export function cleanSource(text: string, options: { kramdown?: boolean } = {}): CleanSource {
  const liquidFree = removeLiquid(text);
  const source = options.kramdown ? removeKramdownSyntax(liquidFree) : removePandocRaw(liquidFree);
  const masked = maskCode(source.split('\n'));
  const comments = commentRanges(masked);
  const inComment = (offset: number) => comments.some(([a, b]) => a <= offset && offset < b);
  const alts: CleanSource['alts'] = [];
  const lineAt = (offset: number) => source.slice(0, offset).split('\n').length;
  // Whole-text constructs first, replaced by a separator that keeps their newlines: math, then
  // attribute lists (both may wrap).
  const edits: { start: number; end: number }[] = [];
  for (const [start, end] of displayMathRanges(masked)) edits.push({ start, end });
  const free = (start: number, end: number) => !edits.some((e) => start < e.end && e.start < end);
  // LaTeX's delimiters, which pandoc reads as math in Workbench pages: `\(…\)`, `\[…\]`.
  if (!options.kramdown)
    for (const m of masked.matchAll(
      /\\\((?:(?!\\\))[^\n])+?\\\)|\\\[(?:(?!\n[ \t>]*\n)[\s\S])+?\\\]/g,
    ))
      if (free(m.index, m.index + m[0].length))
        edits.push({ start: m.index, end: m.index + m[0].length });
  const notes: CleanSource['notes'] = [];
  if (!options.kramdown)
    for (const [start, end] of inlineNoteRanges(masked)) {
      if (!free(start, end) || inComment(start)) continue;
      edits.push({ start, end });
      const markdown = source
        .slice(start + 2, end - 1)
        .replace(/\n[ \t>]*/g, ' ')
        .trim();
      notes.push({ markdown, line: lineAt(start) });
    }
  for (const pattern of [pandocAttributes, looseAttributes]) {
    for (const m of masked.matchAll(pattern)) {
      const [start, end] = [m.index, m.index + m[0].length];
      if (!free(start, end)) continue;
      // A span `[text]{#id}` keeps its text: only the list goes.
      edits.push({ start, end });
      if (inComment(start)) continue;
      const block = source.slice(start, end);
      const strict = pattern === pandocAttributes && altAttribute.exec(block)?.[1];
      const loose = pattern === looseAttributes && looseAlt.exec(block)?.[1];
      const alt = strict ? unquote(strict) : loose && loose.replace(/^["']|["']$/g, '');
      if (alt) alts.push({ text: alt.replace(/\s*\n\s*/g, ' '), line: lineAt(start) });
    }
  }
  // Every line the construct touches keeps a separator: a line left empty would end a paragraph
  // (or a list) that the construct sat in.
  let cleaned = source;
  for (const { start, end } of edits.sort((a, b) => b.start - a.start))
    cleaned =
      cleaned.slice(0, start) +
      cleaned.slice(start, end).replace(/[^\n]+/g, separator) +
      cleaned.slice(end);

  const lines = cleaned.split('\n');
  const code = masked.split('\n');
  const tabular = options.kramdown ? new Set<number>() : pandocTableLines(lines, code);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (tabular.has(i)) {
      lines[i] = tableCells(line);
      continue;
    }
    // Fenced code (masked whole) stays as written.
    if (code[i]!.length > 0 && /^\0+$/.test(code[i]!) && !/^[\s>]*$/.test(line)) continue;
    // pandoc reads a tag line inside an HTML block as HTML however deeply it is indented; CommonMark
    // would read code after a blank line.
    if (/^ {4,}</.test(line) && /^\s*</.test(previousText(lines, i))) {
      lines[i] = line.trimStart();
      continue;
    }
    if (separatorRow.test(lines[i + 1] ?? '') && line.includes('|')) {
      lines[i] = pandocTableRow(line, lines[i + 1]!);
      // Its rows run to the next blank line; a kramdown attribute list there (`{: .table}`) is
      // the table's, not a row.
      for (i += 2; i < lines.length && lines[i]!.trim() !== ''; i++)
        lines[i] = escapeCodePipes(lines[i]!.replace(/\{:[^}]*\}/g, ''));
      i--;
      continue;
    }
    const prefix = prefixOf(line);
    const rest = line.slice(prefix.length);
    if (/^:{3,}/.test(rest)) {
      lines[i] = prefix.trimEnd();
      continue;
    }
    let out = rest
      .replace(/\{:[^}]*\}/g, '')
      // A pandoc span `[text]{#id}` shows only its text (its list went above: `[text]` + separator).
      .replace(new RegExp(String.raw`(?<!!)\[([^\[\]]*)\]${separator}`, 'g'), `$1${separator}`);
    // A definition-list line (`:   text`, or pandoc's `~ text`) shows its text after the term's.
    out = out.replace(options.kramdown ? /^ {0,3}:[ \t]+/ : /^ {0,3}[:~][ \t]+/, '');
    out = encodeSpacedAddresses(out);
    // A fence left unmasked is one never closed, which is text: CommonMark must not open code.
    const unclosedFence = openingFence(rest) ? '<span></span>' : '';
    lines[i] =
      prefix + unclosedFence + (options.kramdown ? kramdownInline(out) : pandocInline(out));
  }
  return { markdown: lines.join('\n'), alts, notes };
}

/**
 * kramdown and pandoc read an address holding a space as the address, inline
 * (`](../fig/my plot.png "Title")`) or in a reference definition (`[data]: my file.csv`), where
 * CommonMark reads no link: the space written `%20` lets this reading find the link too. Only a
 * file's or a web address (a `.` or `/` in it), with no quote, brace or angle bracket.
 */
function encodeSpacedAddresses(line: string): string {
  const encode = (address: string) =>
    /\s/.test(address.trim()) && /[./]/.test(address) && !/["'{}<>]/.test(address)
      ? address.trim().replace(/\s+/g, '%20')
      : undefined;
  const definition = /^(\[(?!\^)[^\]]+\]:[ \t]*)(.+?)((?:[ \t]+(?:"[^"]*"|'[^']*'))?[ \t]*)$/.exec(
    line,
  );
  if (definition) {
    const address = encode(definition[2]!);
    return address ? definition[1] + address + definition[3] : line;
  }
  return line.replace(
    /\]\(([^()\n]+?)((?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'))?[ \t]*)\)/g,
    (whole, address: string, title: string) => {
      const encoded = encode(address);
      return encoded ? `](${encoded}${title})` : whole;
    },
  );
}

/**
 * pandoc's raw blocks and spans (```` ```{=html} ````, `` `…`{=latex} ``): HTML the page shows
 * rendered, or text for another output that it leaves out; neither is text to find. Each line
 * keeps its place.
 */
function removePandocRaw(text: string): string {
  return text
    .replace(
      /^( {0,3})(`{3,}|~{3,})[ \t]*\{=[\w-]+\}[ \t]*\n[\s\S]*?^ {0,3}\2[`~]*[ \t]*$/gm,
      (block) => block.replace(/[^\n]/g, ''),
    )
    .replace(/(?<![`\\])(`+)(?!`)[^`\n]*?[^`\n]?\1\{=[\w-]+\}/g, separator);
}

/**
 * The lines of pandoc's own tables (simple, multiline, grid), found here by their shape alone:
 * a grid's `+---+` border and its `+`/`|` lines; a header line over two or more groups of dashes,
 * up to a blank line; or a line of dashes over text, up to a line of dashes that a blank line
 * follows. Reading them loosely is safe: their cells are only sought in pieces (`tableCells`).
 */
function pandocTableLines(lines: readonly string[], code: readonly string[]): Set<number> {
  const found = new Set<number>();
  const isCode = (k: number) => /^\0+$/.test(code[k] ?? '');
  const blank = (k: number) => k >= lines.length || lines[k]!.trim() === '';
  const dashes = (k: number) => /^ {0,3}-[- ]*$/.test(lines[k] ?? '') && /--/.test(lines[k]!);
  const groups = (k: number) => dashes(k) && /- +-/.test(lines[k]!);
  for (let i = 0; i < lines.length; i++) {
    if ((i > 0 && !blank(i - 1)) || blank(i) || isCode(i)) continue;
    let end = -1;
    if (/^ {0,3}\+[-=:+]*\+\s*$/.test(lines[i]!))
      for (end = i; end + 1 < lines.length && /^ {0,3}[+|]/.test(lines[end + 1]!);) end++;
    else if (groups(i + 1) && !blank(i + 2)) for (end = i; !blank(end + 1);) end++;
    else if (dashes(i) && !blank(i + 1))
      for (let k = i + 1; k < lines.length && !isCode(k); k++)
        if (dashes(k) && blank(k + 1)) {
          end = k;
          break;
        }
    for (let k = i; k <= end; k++) found.add(k);
    if (end > i) i = end;
  }
  return found;
}

/**
 * A table line as words sought apart: borders and dashes are syntax, and a column may start after
 * a single space, so no run of words is sure to be one cell's.
 */
function tableCells(line: string): string {
  if (line.trim() === '') return line; // parts a multiline table's rows, as on the page
  if (/^[\s+|:=-]*$/.test(line)) return separator;
  const cells = line.split(/(?<!\\)\||\s+/).filter((word) => /\w/.test(word));
  return separator + cells.join(separator) + separator;
}

/** kramdown's inline reading of a line: `<<word>>` is «word» (an HTML tag to the parser here). */
const kramdownInline = (line: string) =>
  outsideCodeSpans(line, (t) => t.replace(/<</g, '\u00ab').replace(/>>/g, '\u00bb'));

/**
 * pandoc's inline reading of a line, as sandpaper runs it: a lettered, Roman or example list
 * item (`a.`, `(ii)`, `#.`, `(@)`) is a list item, a cited example (`(@label)`) its number, a line
 * block's bar and a table caption's `Table:` marker are dropped, emoji shortcodes (`:tada:`) are
 * the emoji, and sub- and superscripts (`H~2~O`, `x^2^`) show their text.
 */
const pandocInline = (line: string) =>
  outsideCodeSpans(
    lineBlockText(line.replace(fancyListMarker, '-').replace(/^[Tt]able:\s+/, '')),
    (t) =>
      t
        .replace(/:([a-z0-9_+-]+):/g, (code, name: string) => nameToEmoji[name] ?? code)
        // A cited example (`(@label)`) shows its number.
        .replace(/\(@[\w-]+\)/g, separator)
        .replace(pandocScripts, '$2'),
  );

/** A line block's line (`| text`) shows its text: the bar is syntax. */
const lineBlockText = (line: string) => line.replace(/^\|(?: |$)/, '');

const fancyListMarker = /^\(?(?:[a-zA-Z]|[ivxlcdm]+|[IVXLCDM]+|#|@[\w-]*)[.)](?=[ \t]+\S)/;

const pandocScripts = /(?<![\\~^])([~^])([^\s~^]+)\1(?![~^])/g;

/** `rewrite` applied to a line's text outside its code spans. */
function outsideCodeSpans(line: string, rewrite: (text: string) => string): string {
  let out = '';
  let from = 0;
  for (const m of line.matchAll(/(?<!`)(`+)(?!`).*?[^`]\1(?!`)/g)) {
    out += rewrite(line.slice(from, m.index)) + m[0];
    from = m.index + m[0].length;
  }
  return out + rewrite(line.slice(from));
}

/**
 * Where pandoc's inline notes are: `^[` up to its matching `]` (nested brackets counted, escapes
 * skipped), within a paragraph (no blank line inside). `masked` has code blanked out.
 */
function inlineNoteRanges(masked: string): [number, number][] {
  const ranges: [number, number][] = [];
  for (let at = masked.indexOf('^['); at !== -1; at = masked.indexOf('^[', at + 2)) {
    if (masked[at - 1] === '\\') continue;
    let depth = 0;
    for (let k = at + 1; k < masked.length; k++) {
      const c = masked[k];
      if (c === '\\') k++;
      else if (c === '\n' && masked[k + 1] === '\n') break;
      else if (c === '[') depth++;
      else if (c === ']' && --depth === 0) {
        ranges.push([at, k + 1]);
        at = k;
        break;
      }
    }
  }
  return ranges;
}

/** The nearest non-blank line before line `i`, or ''. */
function previousText(lines: readonly string[], i: number): string {
  for (let k = i - 1; k >= 0; k--) if (lines[k]!.trim() !== '') return lines[k]!;
  return '';
}

const separatorRow = /^ {0,3}\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * A pipe table's header row as pandoc reads it: as many cells as the separator row below has (a
 * stray cell after the last `|` is dropped), and a `|` inside a code span is the cell's text.
 */
function pandocTableRow(header: string, separator: string): string {
  const cellsOf = (row: string) => escapeCodePipes(row.trim()).split(/(?<!\\)\|/);
  const trimBorders = (cells: string[], row: string) =>
    cells.slice(row.trim().startsWith('|') ? 1 : 0, row.trim().endsWith('|') ? -1 : undefined);
  const count = trimBorders(cellsOf(separator), separator).length;
  const cells = trimBorders(cellsOf(header), header).slice(0, count);
  while (cells.length < count) cells.push('');
  return `| ${cells.map((c) => c.trim()).join(' | ')} |`;
}

/** `|` inside a code span of a table row, escaped: to pandoc it is the cell's text. */
const escapeCodePipes = (row: string) =>
  row.replace(/(?<![\\`])(`+)(?!`)[^\n]*?[^`]\1(?!`)/g, (span) =>
    span.replace(/(?<!\\)\|/g, '\\|'),
  );
