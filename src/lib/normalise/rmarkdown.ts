import { posix } from 'node:path';
import { DiagnosticBag } from '../diagnostics.ts';
import { didYouMean } from '../did-you-mean.ts';
import {
  evaluateR,
  parseChunkEnd,
  parseChunkHeader,
  parseOptions,
  partitionBodyOptions,
  rString,
  splitTopLevel,
  type ChunkHeader,
  type RValue,
} from './knitr-options.ts';
import { emptyAttributes } from '../attributes.ts';
import { closeContainer, openContainer } from './directives.ts';
import { closesFence, matchFence, toLines, type SourceLine } from './lines.ts';
import { selectEntries, splitRExpressions } from './r-expressions.ts';

/**
 * R Markdown without R. sandpaper knits an `.Rmd` episode (knitr runs every code chunk and pastes
 * its output in) before pandoc renders it; this generator runs no R, so an `.Rmd` page is rendered
 * as Markdown with its chunks shown as code and not run. The aim is the knitted page minus the
 * output: what knitr would not have shown (`include=FALSE`, `echo=FALSE`, the `#|` option lines)
 * does not appear, and everything the author wrote as text stays, including figure captions.
 *
 * Chunks are found exactly as knitr finds them (R/parser.R: any `[\t >]*` prefix, a chunk closes
 * at a line with the same prefix and backticks, a chunk header is a chunk even inside another code
 * block), so a page that knitted cleanly splits the same way here. Every output line keeps the
 * author's line; lines the normaliser adds carry the line of the chunk they stand for.
 */

export type ReadResult = { text: string } | { refused: string } | undefined;

export interface RmarkdownContext {
  /** Lesson-relative path of this document: `child=` paths are relative to its folder. */
  file: string;
  bag: DiagnosticBag;
  /** Read a lesson file through the lesson-file gate: its text, a refusal, or undefined if absent. */
  readFile?: (lessonPath: string) => ReadResult;
}

/** What became of one chunk, for tests and for reports of how a lesson was rendered. */
export interface ChunkReport {
  line: number;
  label: string;
  engine: string;
  /** `code`: shown as a code block; `text`: its content rendered as Markdown; `hidden`: nothing. */
  shown: 'code' | 'text' | 'hidden' | 'child';
  /** Figure placeholders written for its `fig.cap`/`fig.alt`. */
  figures: number;
}

export interface RmarkdownResult {
  lines: SourceLine[];
  chunks: ChunkReport[];
}

export function normaliseRmarkdown(
  lines: readonly SourceLine[],
  context: RmarkdownContext,
): RmarkdownResult {
  return knit(lines, context, { defaults: new Map(), stack: [context.file] });
}

interface KnitState {
  /** Options set for the rest of the document with `knitr::opts_chunk$set(…)`. */
  defaults: Map<string, RValue>;
  /** Documents being knitted, outermost first: a child that includes itself is refused. */
  stack: string[];
}

/** Chunk label → its code and the prefix its lines carry, for `ref.label`. */
type CodeByLabel = Map<string, { code: SourceLine[]; prefix: string }>;

interface Chunk {
  /** Index of the header line in the document's lines. */
  start: number;
  /** Index of the closing line; undefined when the chunk is never closed. */
  end?: number;
  /** Index of the first line after the chunk. */
  stop: number;
  header: ChunkHeader;
  label: string;
  engine: string;
  options: Map<string, RValue>;
  /** The body without its `#|` option lines, as the document's own lines. */
  code: SourceLine[];
}

const knownEngines = new Set(
  (
    'awk bash coffee gawk groovy haskell lein mysql node octave perl psql Rscript ruby sas scala ' +
    'sed sh stata zsh asis asy block block2 bslib c cat cc comment css dot embed exec fortran ' +
    'fortran95 go highlight js julia python R r Rcpp sass scss sql stan targets tikz verbatim glue ' +
    'glue_sql gluesql ojs mermaid'
  ).split(' '),
);

/** knitr's `engine_output` renames a few engines to the language their code is written in. */
const engineLanguage: Record<string, string> = {
  R: 'r',
  Rscript: 'r',
  mysql: 'sql',
  psql: 'sql',
  node: 'javascript',
  Rcpp: 'cpp',
  asy: 'cpp',
  tikz: 'tex',
};

function knit(
  lines: readonly SourceLine[],
  context: RmarkdownContext,
  state: KnitState,
): RmarkdownResult {
  const chunks = split(lines, context.bag);
  const codeByLabel: CodeByLabel = new Map();
  for (const chunk of chunks) {
    if (chunk.code.length === 0) continue;
    if (codeByLabel.has(chunk.label))
      context.bag.warn(
        'rmd/duplicate-label',
        `chunk label "${chunk.label}" is used by an earlier chunk too; knitr stops at a repeated label`,
        lineOf(lines, chunk.start),
        'Give every chunk its own label (or none).',
      );
    else codeByLabel.set(chunk.label, { code: chunk.code, prefix: chunk.header.prefix });
  }

  const out: SourceLine[] = [];
  const reports: ChunkReport[] = [];
  let next = 0;
  for (const chunk of chunks) {
    out.push(...inlineR(lines.slice(next, chunk.start)));
    const rendered = renderChunk(chunk, lines, context, state, codeByLabel);
    out.push(...rendered.lines);
    reports.push(...rendered.reports);
    next = chunk.stop;
  }
  out.push(...inlineR(lines.slice(next)));
  return { lines: out, chunks: reports };
}

const lineOf = (lines: readonly SourceLine[], index: number) => lines[index]?.line ?? 0;

/** Strip the chunk's indentation or blockquote markers from a body line, as knitr does. */
function stripPrefix(text: string, prefix: string): string {
  if (text.startsWith(prefix)) return text.slice(prefix.length);
  const trimmed = prefix.trimEnd();
  return trimmed && text.startsWith(trimmed) ? text.slice(trimmed.length) : text;
}

/**
 * knitr's grouping of a document into chunks and text (`group_indices`): a chunk ends at the first
 * closing fence with exactly its prefix and backticks; an inexact one ends it only when no exact
 * one follows before the next header.
 */
function split(lines: readonly SourceLine[], bag: DiagnosticBag) {
  const chunks: Chunk[] = [];
  let unnamed = 0;
  for (let i = 0; i < lines.length; i++) {
    const header = parseChunkHeader(lines[i]!.text);
    if (!header) continue;
    const opener = header.prefix + header.backticks;
    const exactEnd = (t: string) => {
      const end = parseChunkEnd(t);
      return !!end && end.prefix + end.backticks === opener;
    };
    const sameHeader = (t: string, orLonger = false) => {
      const h = parseChunkHeader(t);
      return (
        !!h &&
        h.prefix === header.prefix &&
        (orLonger
          ? h.backticks.length >= header.backticks.length
          : h.backticks === header.backticks)
      );
    };
    let end: number | undefined;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const t = lines[j]!.text;
      if (sameHeader(t)) break;
      if (!parseChunkEnd(t)) continue;
      if (exactEnd(t)) {
        end = j;
        break;
      }
      const exact = lines.findIndex((l, k) => k > j && exactEnd(l.text));
      const headerBefore =
        exact !== -1 && lines.slice(j + 1, exact).some((l) => sameHeader(l.text, true));
      if (exact !== -1 && !headerBefore) continue;
      bag.warn(
        'rmd/fence-mismatch',
        `the closing fence "${t.trim()}" does not match the chunk's opening "${header.backticks}" (line ${lineOf(lines, i)}); knitr ends the chunk here`,
        lineOf(lines, j),
        'Close a chunk with the same number of backticks and the same indentation as its header.',
      );
      end = j;
      break;
    }
    if (end === undefined)
      bag.warn(
        'rmd/unclosed-chunk',
        j < lines.length
          ? `code chunk ${lines[i]!.text.trim()} is not closed before the next chunk (line ${lineOf(lines, j)}), so knitr ends it there`
          : `code chunk ${lines[i]!.text.trim()} is never closed, so everything after it is its code, as knitr reads it`,
        lineOf(lines, i),
        `Close the chunk with a line of ${header.backticks} after its code.`,
      );
    const bodyEnd = end ?? j;
    chunks.push(readChunk(lines, i, end, bodyEnd, header, bag, () => ++unnamed));
    i = end ?? j - 1;
  }
  return chunks;
}

function readChunk(
  lines: readonly SourceLine[],
  start: number,
  end: number | undefined,
  bodyEnd: number,
  header: ChunkHeader,
  bag: DiagnosticBag,
  nextUnnamed: () => number,
): Chunk {
  const line = lineOf(lines, start);
  const parsed = parseOptions(header.params);
  for (const problem of parsed.problems)
    bag.warn('rmd/chunk-options', `chunk options: ${problem}`, line, optionsHint);
  const body = lines.slice(start + 1, bodyEnd);
  const engineOption = parsed.options.get('engine');
  const engine = engineOption?.kind === 'character' ? engineOption.value[0]! : header.engine;
  const inBody = partitionBodyOptions(
    engine,
    body.map((l) => stripPrefix(l.text, header.prefix)),
  );
  for (const problem of inBody.problems)
    bag.warn(
      'rmd/chunk-options',
      `chunk options: ${problem}`,
      body[problem.offset]?.line ?? line,
      optionsHint,
    );
  const options = new Map([...parsed.options, ...inBody.options]);
  const finalEngineOption = options.get('engine');
  const finalEngine =
    finalEngineOption?.kind === 'character' ? finalEngineOption.value[0]! : header.engine;
  if (finalEngineOption && finalEngineOption.kind !== 'character')
    reportExpression(bag, line, 'engine', finalEngineOption, `the header's "${header.engine}"`);
  if (!knownEngines.has(finalEngine)) {
    // `{rdsm-fct-levels}` is an R chunk missing the space after `r`; `{yaml}` is code only shown.
    const guess = /^r[a-z]/i.test(finalEngine) ? `\`\`\`{r ${header.inner.slice(1)}}` : undefined;
    bag.warn(
      'rmd/unknown-engine',
      `chunk {${header.inner}}: knitr has no "${finalEngine}" engine, so it showed this code without running it, and so does this page`,
      line,
      guess
        ? `Did you mean ${guess}? An R chunk is \`\`\`{r label}, with a space after r.`
        : `For code that is only shown, write \`\`\`${finalEngine} without braces.`,
    );
  }
  return {
    start,
    end,
    stop: end === undefined ? bodyEnd : end + 1,
    header,
    label: inBody.label ?? parsed.label ?? `unnamed-chunk-${nextUnnamed()}`,
    engine: finalEngine,
    options,
    code: body.slice(inBody.consumed),
  };
}

const optionsHint =
  'Write chunk options as name=value pairs separated by commas, e.g. ```{r my-label, echo=FALSE}.';

/** knitr's default for each option whose value decides what a reader sees. */
const knitrDefaults: Record<string, string> = {
  include: 'TRUE',
  echo: 'TRUE',
  eval: 'TRUE',
  'fig.cap': 'no caption',
  'fig.alt': 'no alt text',
  'fig.show': '"asis"',
  'fig.keep': '"high"',
  child: 'no child document',
  'ref.label': "the chunk's own code",
  code: "the chunk's own code",
  file: "the chunk's own code",
  lang: 'no language',
};

function reportExpression(
  bag: DiagnosticBag,
  line: number,
  name: string,
  value: RValue,
  fallback = knitrDefaults[name] ?? 'its default',
) {
  const written = value.kind === 'expression' ? value.text : JSON.stringify(value);
  bag.warn(
    'rmd/option-expression',
    `chunk option ${name}=${written} needs R to evaluate, and R is not run here; knitr's default (${fallback}) is used instead`,
    line,
    name === 'echo' || name === 'eval' || name === 'include'
      ? `Write ${name}=TRUE or ${name}=FALSE if the page should not depend on R.`
      : `Write ${name} as a literal value (a quoted string, TRUE/FALSE or numbers).`,
  );
}

interface Rendered {
  lines: SourceLine[];
  reports: ChunkReport[];
}

function renderChunk(
  chunk: Chunk,
  lines: readonly SourceLine[],
  context: RmarkdownContext,
  state: KnitState,
  codeByLabel: CodeByLabel,
): Rendered {
  const { bag } = context;
  const line = lineOf(lines, chunk.start);
  const { prefix } = chunk.header;
  // opts_chunk$set() in this chunk changes the chunks after it, not this one.
  const defaults = new Map(state.defaults);
  const option = (name: string) => chunk.options.get(name) ?? defaults.get(name);
  const logical = (name: string, fallback: boolean): boolean => {
    const value = option(name);
    if (value === undefined || value.kind === 'null') return fallback;
    if (value.kind === 'logical') return value.value;
    if (value.kind === 'numeric' && (name === 'eval' || name === 'echo')) return true;
    reportExpression(bag, line, name, value);
    return fallback;
  };
  const strings = (name: string): string[] => {
    const value = option(name);
    if (value === undefined || value.kind === 'null') return [];
    if (value.kind === 'character') return value.value;
    reportExpression(bag, line, name, value);
    return [];
  };
  const report = (shown: ChunkReport['shown'], figures = 0): ChunkReport => ({
    line,
    label: chunk.label,
    engine: chunk.engine,
    shown,
    figures,
  });
  const blank = (): SourceLine[] => [{ text: prefix.trimEnd(), line }];
  const hidden = (): Rendered => ({ lines: blank(), reports: [report('hidden')] });

  const evaluated = logical('eval', true);
  const child = option('child');
  if (child !== undefined && child.kind !== 'null') {
    if (!evaluated) return hidden();
    return renderChild(chunk, child, line, context, state);
  }
  const engine = chunk.engine;
  // A hidden chunk still runs: `{r setup, include=FALSE}` is where defaults are usually set.
  if (engine === 'R' || engine === 'r') learnDefaults(chunk, evaluated, state, bag, line);
  if (!logical('include', true)) return hidden();
  if (engine === 'comment') return hidden();
  if (engine === 'asis') {
    // knitr's asis engine writes the chunk's text into the page as Markdown.
    if (!(logical('echo', true) && evaluated)) return hidden();
    return { lines: chunk.code, reports: [report('text')] };
  }

  const code = chunkCode(chunk, option, codeByLabel, context, line);
  const echo = echoOf(option('echo'), bag, line);
  let shownCode: SourceLine[] = [];
  let language = engineLanguage[engine] ?? engine;
  if (engine === 'verbatim' || engine === 'cat') {
    // knitr's verbatim engine shows the chunk as written, in the language named by `lang`;
    // `cat` (which writes a file) shows it only when a language is named.
    const lang = strings('lang')[0] ?? strings('language')[0] ?? strings('class.source')[0];
    language = lang === undefined || lang === 'default' ? '' : lang;
    if (echo !== false && (engine === 'verbatim' || lang !== undefined)) shownCode = code;
  } else if (echo === true) shownCode = code;
  else if (Array.isArray(echo)) {
    // knitr selects top-level R expressions when the code runs, and lines when it does not.
    const units =
      (engine === 'r' || engine === 'R') && evaluated
        ? splitRExpressions(code.map((l) => stripPrefix(l.text, prefix))).map((group) =>
            group.map((i) => code[i]!),
          )
        : code.filter((l) => l.text.trim() !== '').map((l) => [l]);
    shownCode = selectEntries(units, echo).flat();
  }

  const out: SourceLine[] = [];
  if (shownCode.length > 0) {
    const longest = Math.max(
      0,
      ...shownCode.map((l) => /^`*/.exec(stripPrefix(l.text, prefix).trimStart())![0].length),
    );
    const fence = '`'.repeat(Math.max(chunk.header.backticks.length, longest + 1));
    const closing = chunk.end === undefined ? undefined : lines[chunk.end];
    out.push({ text: `${prefix}${fence}${language}`, line });
    out.push(...shownCode);
    out.push({ text: `${prefix}${fence}`, line: closing?.line ?? line });
  }
  const figures = evaluated ? figurePlaceholders(strings, option, prefix, line) : [];
  out.push(...figures.flat());
  if (out.length === 0) return hidden();
  return {
    lines: out,
    reports: [report(shownCode.length > 0 ? 'code' : 'hidden', figures.length)],
  };
}

/** `echo`: true, false, or the 1-based entries to show (negative: entries to leave out). */
function echoOf(value: RValue | undefined, bag: DiagnosticBag, line: number): boolean | number[] {
  if (value === undefined || value.kind === 'null') return true;
  if (value.kind === 'logical') return value.value;
  if (value.kind === 'numeric') return value.value;
  reportExpression(bag, line, 'echo', value);
  return true;
}

/**
 * The code a chunk shows: its own, or what `code=`, `file=` or `ref.label=` put in its place
 * (knitr: `code` wins, then `file`, then the code of the chunks `ref.label` names).
 */
function chunkCode(
  chunk: Chunk,
  option: (name: string) => RValue | undefined,
  codeByLabel: CodeByLabel,
  context: RmarkdownContext,
  line: number,
): SourceLine[] {
  const { bag } = context;
  const { prefix } = chunk.header;
  const asLines = (texts: string[]) => texts.map((t) => ({ text: `${prefix}${t}`, line }));
  const code = chunk.options.get('code');
  if (code && code.kind !== 'null') {
    const readFile = (path: string) => readRelative(path, context, line, 'code');
    const value =
      code.kind === 'character'
        ? code.value
        : code.kind === 'expression'
          ? codeExpression(code.text, readFile, codeByLabel)
          : undefined;
    if (value) return asLines(value.flatMap((t) => t.split('\n')));
    reportExpression(bag, line, 'code', code);
    return chunk.code;
  }
  const file = chunk.options.get('file');
  if (file && file.kind !== 'null') {
    if (file.kind !== 'character') {
      reportExpression(bag, line, 'file', file);
      return chunk.code;
    }
    const texts = file.value.map((path) => readRelative(path, context, line, 'file'));
    return asLines(
      texts.flatMap((t) => (t === undefined ? [] : t.replace(/\n$/, '').split(/\r?\n/))),
    );
  }
  const ref = chunk.options.get('ref.label');
  if (ref === undefined || ref.kind === 'null') return chunk.code;
  let labels: string[];
  if (ref.kind === 'character') labels = ref.value;
  else if (ref.kind === 'expression' && /^(knitr::)?all_labels\(\s*\)$/.test(ref.text))
    labels = [...codeByLabel.keys()];
  else {
    reportExpression(bag, line, 'ref.label', ref);
    return chunk.code;
  }
  const found: SourceLine[] = [];
  for (const label of labels) {
    const referenced = codeByLabel.get(label);
    if (referenced === undefined) {
      const closest = didYouMean(label, codeByLabel.keys());
      bag.warn(
        'rmd/missing-ref-label',
        `ref.label names chunk "${label}", but no chunk with code has that label; knitr shows nothing for it`,
        line,
        closest
          ? `Did you mean "${closest}"?`
          : 'Check the spelling against the chunk labels of this page.',
      );
      continue;
    }
    // The referenced chunk may sit at another indentation: re-indent its code to this chunk's.
    found.push(
      ...referenced.code.map((l) => ({
        text: `${prefix}${stripPrefix(l.text, referenced.prefix)}`,
        line: l.line,
      })),
    );
  }
  return found;
}

/**
 * The R expressions lessons write for `code=`, evaluated without R: `readLines("files/plan.R")`
 * (or `xfun::read_utf8`) with an optional `[2:40]` subset, read through the lesson-file gate;
 * `knitr::knit_code$get("label")`, the code of another chunk; string literals; and `c(…)` of
 * those. Undefined for anything else. A file that cannot be read is reported and reads as empty.
 */
function codeExpression(
  text: string,
  readFile: (path: string) => string | undefined,
  codeByLabel: CodeByLabel,
): string[] | undefined {
  const expression = text.trim();
  const combined = /^c\(([\s\S]*)\)$/.exec(expression);
  if (combined) {
    const parts = splitTopLevel(combined[1]!).map((part) =>
      codeExpression(part, readFile, codeByLabel),
    );
    return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
  }
  const literal = rString(expression);
  // In a code vector, "\n" is a line break, as knitr writes the vector out.
  if (literal !== undefined) return [literal.replace(/\\n/g, '\n')];
  const chunkCode = /^(?:knitr::)?knit_code\$get\(\s*("[^"]*"|'[^']*')\s*\)$/.exec(expression);
  if (chunkCode) {
    const stored = codeByLabel.get(rString(chunkCode[1]!)!);
    return stored ? stored.code.map((l) => stripPrefix(l.text, stored.prefix)) : undefined;
  }
  const read =
    /^(?:base::)?(?:readLines|(?:xfun::)?read_utf8)\(\s*("[^"]*"|'[^']*')\s*\)\s*(?:\[\s*(.+?)\s*\])?$/.exec(
      expression,
    );
  if (!read) return undefined;
  const index = read[2] === undefined ? undefined : evaluateR(read[2]);
  if (index && index.kind !== 'numeric') return undefined;
  const content = readFile(rString(read[1]!)!);
  if (content === undefined) return [];
  const lines = content.replace(/\r?\n$/, '').split(/\r?\n/);
  return index ? selectEntries(lines, index.value) : lines;
}

/** A lesson file named relative to this document's folder, as knitr resolves it. */
function readRelative(
  path: string,
  context: RmarkdownContext,
  line: number,
  option: string,
): string | undefined {
  const lessonPath = posix.normalize(posix.join(posix.dirname(context.file), path));
  const result = context.readFile?.(lessonPath);
  if (result && 'text' in result) return result.text;
  context.bag.warn(
    'rmd/missing-file',
    result
      ? `${option}="${path}" (${lessonPath}) cannot be read: it ${result.refused}`
      : `${option}="${path}": there is no file ${lessonPath} in the lesson, so nothing is included`,
    line,
    `Paths in ${option}= are relative to the folder of ${context.file}.`,
  );
  return undefined;
}

/**
 * `child="file.Rmd"`: the child document's text, knitted the same way, in place of the chunk.
 * The child's lines all point at this chunk's header (its own problems are reported against the
 * child file and line); the parent chunk's options are the child's defaults, as in `knit_child`.
 */
function renderChild(
  chunk: Chunk,
  child: RValue,
  line: number,
  context: RmarkdownContext,
  state: KnitState,
): Rendered {
  const { bag } = context;
  const prefix = chunk.header.prefix;
  const report: ChunkReport = {
    line,
    label: chunk.label,
    engine: chunk.engine,
    shown: 'child',
    figures: 0,
  };
  // sandpaper's template_links() is the lesson's links.md, which every page gets already.
  if (child.kind === 'expression' && /^(sandpaper::)?template_links\(\s*\)$/.test(child.text))
    return { lines: [{ text: prefix.trimEnd(), line }], reports: [report] };
  if (child.kind !== 'character') {
    reportExpression(bag, line, 'child', child);
    return { lines: [{ text: prefix.trimEnd(), line }], reports: [report] };
  }
  const out: SourceLine[] = [];
  const reports: ChunkReport[] = [report];
  for (const path of child.value) {
    const lessonPath = posix.normalize(posix.join(posix.dirname(context.file), path));
    if (state.stack.includes(lessonPath)) {
      bag.warn(
        'rmd/child-loop',
        `child="${path}" includes ${lessonPath}, which is already being included here; it is left out`,
        line,
        'A child document must not include itself or the page that includes it.',
      );
      continue;
    }
    const text = readRelative(path, context, line, 'child');
    if (text === undefined) continue;
    const childBag = new DiagnosticBag(lessonPath);
    const defaults = new Map([...state.defaults, ...chunk.options]);
    for (const name of ['child', 'engine', 'code', 'file', 'ref.label']) defaults.delete(name);
    const knitted = knit(
      toLines(text.replace(/\r?\n$/, '')),
      { ...context, file: lessonPath, bag: childBag },
      { defaults, stack: [...state.stack, lessonPath] },
    );
    out.push(
      ...knitted.lines.map((l) => ({
        text: l.text === '' ? prefix.trimEnd() : `${prefix}${l.text}`,
        line,
      })),
    );
    reports.push(...knitted.chunks.map((c) => ({ ...c, line })));
    bag.items.push(...childBag.items);
  }
  return { lines: out.length ? out : [{ text: prefix.trimEnd(), line }], reports };
}

/**
 * `knitr::opts_chunk$set(echo = FALSE)` in a chunk that runs changes the defaults of every chunk
 * after it: read the literal options of such a call, so a page that hides all its code by default
 * does here too.
 */
function learnDefaults(
  chunk: Chunk,
  evaluated: boolean,
  state: KnitState,
  bag: DiagnosticBag,
  line: number,
) {
  if (!evaluated) return;
  const source = chunk.code.map((l) => l.text).join('\n');
  const call = /\bopts_chunk\$set\s*\(/g;
  for (let m = call.exec(source); m; m = call.exec(source)) {
    let depth = 1;
    let i = m.index + m[0].length;
    const start = i;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '(') depth++;
      else if (source[i] === ')') depth--;
    }
    const args = source.slice(start, i - 1).replace(/^[\s>]*/gm, '');
    for (const [name, value] of parseOptions(args, false).options) {
      if (value.kind === 'expression' && name in knitrDefaults) {
        reportExpression(bag, line, name, value);
        continue;
      }
      state.defaults.set(name, value);
    }
  }
}

/**
 * A chunk that draws a figure with a caption or alt text (`fig.cap`, `fig.alt`) would show the
 * figure and its caption. Nothing is drawn here, but the words are the author's and must not
 * vanish: each figure becomes a small boxed note that says a figure is missing and why, followed
 * by its caption and, when it says something else, its alt text (the description a reader who
 * cannot see the figure gets anyway). The note stands where the figure would have been.
 */
function figurePlaceholders(
  strings: (name: string) => string[],
  option: (name: string) => RValue | undefined,
  prefix: string,
  line: number,
): SourceLine[][] {
  const show = option('fig.show');
  const keep = option('fig.keep');
  if (show?.kind === 'character' && show.value[0] === 'hide') return [];
  if (keep?.kind === 'character' && keep.value[0] === 'none') return [];
  const captions = strings('fig.cap');
  const alts = strings('fig.alt');
  const count = Math.max(captions.length, alts.length);
  const at = (text: string) => ({ text: text ? `${prefix}${text}` : prefix.trimEnd(), line });
  const figures: SourceLine[][] = [];
  for (let i = 0; i < count; i++) {
    const caption = captions[i] ?? (captions.length === 1 ? captions[0] : undefined);
    const alt = alts[i] ?? (alts.length === 1 ? alts[0] : undefined);
    const paragraphs = [caption, alt !== caption ? alt : undefined].filter(
      (p): p is string => !!p && p.trim() !== '',
    );
    if (paragraphs.length === 0) continue;
    // A container the renderer labels (`rehype-callouts`): the words here are all the author's.
    figures.push([
      ...openContainer('figure-placeholder', emptyAttributes(), line, prefix),
      ...paragraphs.flatMap((p) => [at(p), at('')]),
      ...closeContainer(line, prefix),
    ]);
  }
  return figures;
}

/**
 * Inline R (`` `r x` ``), replaced as knitr would where no R is needed: a string literal by its
 * text (`` `r ''` `` is the usual way to write a literal chunk header), a number by itself, and
 * any other expression by inline code showing it. knitr matches across the whole text between
 * chunks (code blocks included), so this does too, keeping every newline where it was. Inside TeX
 * math (`$p = `r round(p, 3)`$`) knitr's value would be part of the formula, where a code span
 * cannot go: there the expression is shown as `\texttt{…}`, and its own `$` (`fit$df`) cannot end
 * the formula.
 */
function inlineR(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.includes('`r'))) return [...lines];
  const joined = lines.map((l) => l.text).join('\n');
  const newlines = (text: string) => text.split('\n').length - 1;
  const inMath = mathRanges(joined);
  const replaced = joined.replace(inlineRPattern, (_, code: string, offset: number) => {
    const expression = code.trim();
    const literal = rString(expression);
    const number = /^[+-]?\d+(\.\d+)?$/.test(expression) ? expression : undefined;
    const math = inMath.some(([from, to]) => from < offset && offset < to);
    const value =
      literal ?? number ?? (math ? `\\texttt{${texText(expression)}}` : `\`${expression}\``);
    // Keep the line count: a newline trimmed off the expression goes after it.
    return value + '\n'.repeat(Math.max(0, newlines(code) - newlines(value)));
  });
  const texts = replaced.split('\n');
  return lines.map((l, i) => ({ ...l, text: texts[i]! }));
}

const inlineRPattern = /`r[ #]([^`]+)`/g;

/** Characters TeX reads as commands, written so `\texttt` shows them. */
const texSpecial: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  $: '\\$',
  '&': '\\&',
  '#': '\\#',
  '^': '\\textasciicircum{}',
  _: '\\_',
  '%': '\\%',
  '~': '\\textasciitilde{}',
};
const texText = (text: string) => text.replace(/[\\{}$&#^_%~]/g, (c) => texSpecial[c]!);

/**
 * The ranges of pandoc TeX math (`$…$`, `$$…$$`) in text between chunks, read with inline R and
 * other code spans and fenced code blanked out (their `$` is R's or the code's). Pandoc's rule: an
 * opening `$` has a non-space after it, a closing one a non-space before it and no digit after it;
 * math never crosses a blank line.
 */
function mathRanges(text: string): [number, number][] {
  const blank = (s: string) => s.replace(/[^\n]/g, 'x');
  let masked = text.replace(inlineRPattern, blank).replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
  const lines = masked.split('\n');
  for (let i = 0, fence: ReturnType<typeof matchFence>; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      if (closesFence(line, fence)) fence = undefined;
      lines[i] = blank(line);
    } else if ((fence = matchFence(line))) lines[i] = blank(line);
  }
  masked = lines.join('\n');
  const ranges: [number, number][] = [];
  for (let i = 0; i < masked.length; i++) {
    if (masked[i] === '\\') {
      i++;
      continue;
    }
    if (masked[i] !== '$') continue;
    const double = masked[i + 1] === '$';
    const from = i + (double ? 2 : 1);
    if (!double && /\s/.test(masked[from] ?? ' ')) continue;
    let end = -1;
    for (let j = from; j < masked.length; j++) {
      if (masked[j] === '\\') j++;
      else if (masked[j] === '\n' && masked[j + 1] === '\n') break;
      else if (double ? masked.startsWith('$$', j) : masked[j] === '$') {
        if (!double && (/\s/.test(masked[j - 1]!) || /\d/.test(masked[j + 1] ?? ''))) break;
        end = j + (double ? 2 : 1);
        break;
      }
    }
    if (end === -1) continue;
    ranges.push([i, end]);
    i = end - 1;
  }
  return ranges;
}
