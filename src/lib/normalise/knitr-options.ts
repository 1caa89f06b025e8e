import { parse as parseYaml, type ScalarTag } from 'yaml';

/**
 * knitr's chunk headers and chunk options, read the way knitr reads them (R/parser.R and
 * R/pattern.R in yihui/knitr) but without R: option values are evaluated only where a literal
 * says it all (`FALSE`, `"text"`, `2:3`, `c("a", "b")`); anything else is kept as an expression
 * for the caller to report.
 */

/** A chunk option's value. Vectors stay vectors: `echo = 2:3` selects expressions. */
export type RValue =
  | { kind: 'logical'; value: boolean }
  | { kind: 'character'; value: string[] }
  | { kind: 'numeric'; value: number[] }
  | { kind: 'null' }
  /** R code that needs R to evaluate, as written. */
  | { kind: 'expression'; text: string };

const rExpression = (text: string): RValue => ({ kind: 'expression', text: text.trim() });

/** knitr's Markdown chunk opener: any tabs, spaces or `>` first, three or more backticks, `{engine…}`. */
const chunkBegin = /^([\t >]*)(`{3,})\s*\{([a-zA-Z0-9].*)\}\s*$/;
/** knitr's chunk closer: the same prefix characters and backticks, nothing after. */
const chunkEndPattern = /^([\t >]*)(`{3,})\s*$/;

export interface ChunkHeader {
  /** Indentation and blockquote markers before the fence (knitr strips them from the code). */
  prefix: string;
  backticks: string;
  /** The word right after `{`: `r`, `python`, `verbatim`; `rdsm` for `{rdsm-fct-levels}`. */
  engine: string;
  /** Everything after the engine word, as knitr hands it to its option parser. */
  params: string;
  /** What the braces hold, as written, for messages. */
  inner: string;
}

export function parseChunkHeader(text: string): ChunkHeader | undefined {
  const m = chunkBegin.exec(text);
  if (!m) return undefined;
  const inner = m[3]!.trim();
  // knitr: engine = sub('^([a-zA-Z0-9_]+).*$', '\\1', params); the rest are the options.
  const engine = /^[a-zA-Z0-9_]+/.exec(inner)![0];
  const params = inner.slice(engine.length).replace(/^\s*,*|,*\s*$/g, '');
  return { prefix: m[1]!, backticks: m[2]!, engine, params, inner };
}

export function parseChunkEnd(text: string): { prefix: string; backticks: string } | undefined {
  const m = chunkEndPattern.exec(text);
  return m ? { prefix: m[1]!, backticks: m[2]! } : undefined;
}

/** Split R source at top-level `separator`s, outside strings and brackets. */
export function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | undefined;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (ch === separator && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Index of the `=` that names an argument (`name = value`), or -1; `==`, `<=`, `>=`, `!=` are not it. */
function assignmentAt(item: string): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = 0; i < item.length; i++) {
    const ch = item[i]!;
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = undefined;
      continue;
    }
    if (ch === '"' || ch === "'" || ch === '`') quote = ch;
    else if ('([{'.includes(ch)) depth++;
    else if (')]}'.includes(ch)) depth--;
    else if (ch === '=' && depth === 0) {
      if (item[i + 1] === '=' || '<>!='.includes(item[i - 1] ?? '')) continue;
      return i;
    }
  }
  return -1;
}

const stringLiteral = /^(["'])((?:\\[\s\S]|(?!\1)[^\\])*)\1$/;

/** R's string escapes that keep the text on its lines; `\n` and friends stay as written. */
const unescape = (body: string) => body.replace(/\\(["'\\`])/g, '$1');

/** The value of a string literal, or undefined when `text` is not one. */
export function rString(text: string): string | undefined {
  const m = stringLiteral.exec(text.trim());
  return m ? unescape(m[2]!) : undefined;
}

const numberLiteral = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?L?$/;

/**
 * Evaluate a chunk option value where no R is needed: `TRUE`/`FALSE`/`T`/`F`, strings, numbers,
 * `NULL`, `a:b`, `-n`, `c(…)` and `I(…)` of those. Anything else comes back as an expression.
 */
export function evaluateR(source: string): RValue {
  const text = source.trim();
  if (/^(TRUE|T)$/.test(text)) return { kind: 'logical', value: true };
  if (/^(FALSE|F)$/.test(text)) return { kind: 'logical', value: false };
  if (text === 'NULL') return { kind: 'null' };
  const string = rString(text);
  if (string !== undefined) return { kind: 'character', value: [string] };
  if (numberLiteral.test(text)) return { kind: 'numeric', value: [Number(text.replace(/L$/, ''))] };
  const range = /^(-?\d+)L?\s*:\s*(-?\d+)L?$/.exec(text);
  if (range) {
    const [from, to] = [Number(range[1]), Number(range[2])];
    const step = from <= to ? 1 : -1;
    const value: number[] = [];
    for (let n = from; n !== to + step; n += step) value.push(n);
    return { kind: 'numeric', value };
  }
  const call = /^(c|I|-)\s*\(([\s\S]*)\)$/.exec(text);
  if (call) {
    const parts =
      call[2]!.trim() === '' ? [] : splitTopLevel(call[2]!).map((part) => evaluateR(part));
    if (call[1] !== 'c' && parts.length !== 1) return rExpression(text);
    if (call[1] === '-') {
      const inner = parts[0]!;
      return inner.kind === 'numeric'
        ? { kind: 'numeric', value: inner.value.map((n) => -n) }
        : rExpression(text);
    }
    return combine(parts) ?? rExpression(text);
  }
  if (text.startsWith('-')) {
    const inner = evaluateR(text.slice(1));
    if (inner.kind === 'numeric') return { kind: 'numeric', value: inner.value.map((n) => -n) };
  }
  return rExpression(text);
}

/** `c(…)` of literals of one kind; undefined when it mixes kinds or holds an expression. */
function combine(parts: RValue[]): RValue | undefined {
  if (parts.length === 0) return { kind: 'null' };
  const kinds = new Set(parts.filter((p) => p.kind !== 'null').map((p) => p.kind));
  if (kinds.size > 1 || kinds.has('expression')) return undefined;
  const kind = [...kinds][0];
  if (kind === 'character')
    return { kind, value: parts.flatMap((p) => (p.kind === 'character' ? p.value : [])) };
  if (kind === 'numeric')
    return { kind, value: parts.flatMap((p) => (p.kind === 'numeric' ? p.value : [])) };
  if (kind === 'logical' && parts.length === 1) return parts[0];
  return undefined;
}

export interface ParsedOptions {
  /** Option name → value, in the order written; a later repeat wins, as in knitr's merge. */
  options: Map<string, RValue>;
  label?: string;
  /** What knitr would have refused (it stops the knit); each is reported, the rest still used. */
  problems: string[];
}

const optionName = /^(?:[A-Za-z.][\w.]*|`[^`]+`|"[^"]*"|'[^']*')$/;

/**
 * knitr's `parse_params`: comma-separated `name = value` options, one unnamed item being the
 * chunk label (`{r my-plot, echo=FALSE}`). With `withLabel` false (options written in the chunk
 * body as `#| echo = FALSE`) an unnamed item is a problem, not a label.
 */
export function parseOptions(params: string, withLabel = true): ParsedOptions {
  const options = new Map<string, RValue>();
  const problems: string[] = [];
  let label: string | undefined;
  if (params.trim() === '') return { options, problems };
  for (const raw of splitTopLevel(params)) {
    const item = raw.trim();
    if (item === '') continue;
    const at = assignmentAt(item);
    const name = at === -1 ? '' : item.slice(0, at).trim();
    if (at !== -1 && optionName.test(name)) {
      const key = name.replace(/^[`"']|[`"']$/g, '');
      const value = evaluateR(item.slice(at + 1));
      if (key === 'label' && value.kind === 'character') label = value.value[0];
      else options.set(key, value);
      continue;
    }
    if (withLabel && label === undefined) label = rString(item) ?? item;
    else
      problems.push(
        `"${item}" is not an option of the form name=value (only the chunk label may go without a name)`,
      );
  }
  return { options, label, problems };
}

/** knitr's comment characters per engine, for `#| option` lines; everything else uses `#`. */
const commentChars: Record<string, [string, string]> = {};
for (const [chars, engines] of [
  ['//', 'asy cc csharp d3 dot fsharp go groovy java js node Rcpp sass scala'],
  ['%', 'matlab tikz'],
  ['/* */', 'c css'],
  ['* ;', 'sas'],
  ['--', 'haskell lua mysql psql sql'],
  ['!', 'fortran fortran95'],
  ['*', 'stata'],
] as const) {
  const [start, end = ''] = chars.split(' ');
  for (const engine of engines.split(' ')) commentChars[engine] = [start!, end];
}

/** YAML's `!expr` tag (R's yaml package evaluates it as R): kept as an expression here. */
const exprTag: ScalarTag = {
  tag: '!expr',
  resolve: (text: string) => ({ expression: text }),
};

function fromYaml(value: unknown): RValue {
  if (value === null || value === undefined) return { kind: 'null' };
  if (typeof value === 'boolean') return { kind: 'logical', value };
  if (typeof value === 'number') return { kind: 'numeric', value: [value] };
  if (typeof value === 'string') return { kind: 'character', value: [value] };
  if (Array.isArray(value)) {
    const combined = combine(value.map(fromYaml));
    if (combined) return combined;
  }
  if (typeof value === 'object' && 'expression' in value)
    return rExpression(String((value as { expression: unknown }).expression));
  return rExpression(JSON.stringify(value));
}

export interface BodyOptions {
  options: Map<string, RValue>;
  label?: string;
  /** How many leading code lines held options (and the blank line after them, if any). */
  consumed: number;
  problems: { offset: number; message: string }[];
}

/**
 * knitr's `partition_chunk`: chunk options written at the top of the chunk body as comment lines,
 * `#| echo: false` (YAML, as Quarto writes them) or `#| echo = FALSE` (knitr's own syntax).
 * `code` is the chunk body with the chunk's indentation already removed.
 */
export function partitionBodyOptions(engine: string, code: readonly string[]): BodyOptions {
  const none: BodyOptions = { options: new Map(), consumed: 0, problems: [] };
  let [start, end] = commentChars[engine] ?? ['#', ''];
  const opens = (line: string) => line.startsWith(`${start}| `);
  if (!opens(code[0] ?? '') && start !== '#') [start, end] = ['#', ''];
  const isOption = (line: string) => opens(line) && line.trimEnd().endsWith(end);
  let count = 0;
  while (count < code.length && isOption(code[count]!)) count++;
  if (count === 0) return none;
  const meta = code
    .slice(0, count)
    .map((line) => line.trimEnd())
    .map((line) => line.slice(start!.length + 2, line.length - end!.length));
  const problems: BodyOptions['problems'] = [];
  let options = new Map<string, RValue>();
  let label: string | undefined;
  if (/^[^ :]+:($|\s)/.test(meta[0]!)) {
    try {
      const parsed: unknown = parseYaml(meta.join('\n'), { version: '1.1', customTags: [exprTag] });
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed))
        for (const [key, value] of Object.entries(parsed)) options.set(key, fromYaml(value));
      else problems.push({ offset: 0, message: 'the #| lines are not a YAML mapping of options' });
    } catch (error) {
      problems.push({
        offset: 0,
        message: `the #| lines are not valid YAML (${(error as Error).message.split('\n')[0]})`,
      });
    }
  } else {
    const parsed = parseOptions(meta.join(''), false);
    options = parsed.options;
    label = parsed.label;
    problems.push(...parsed.problems.map((message) => ({ offset: 0, message })));
  }
  // knitr: `id` is another name for the label; `fig-cap` and `out-width` are Quarto's spelling.
  const named = new Map<string, RValue>();
  for (const [key, value] of options) {
    if (key === 'label' || key === 'id') {
      if (value.kind === 'character') label ??= value.value[0];
      continue;
    }
    named.set(key.replace(/^(fig|out)-/, '$1.'), value);
  }
  const blankAfter = count < code.length && code[count]!.trim() === '' ? 1 : 0;
  return { options: named, label, consumed: count + blankAfter, problems };
}
