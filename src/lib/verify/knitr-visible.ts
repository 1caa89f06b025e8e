import { separator } from './source-cleanup.ts';

/**
 * What a reader of a knitted R Markdown page can expect to find, read without R. knitr leaves out
 * the code of chunks marked `include=FALSE` or `echo=FALSE` (or showing only some expressions,
 * `echo=2:3`), the `#|` option lines at the top of a chunk, and the `` `r `` marker of inline R.
 *
 * A deliberately light reading, independent of the generator's knitr emulation
 * (src/lib/normalise/rmarkdown.ts): the nothing-lost check and the sweep's pandoc reference must
 * still notice when that emulation drops or adds something it should not.
 */

const chunkHeader = /^([\t >]*)(`{3,})\s*\{([a-zA-Z0-9].*)\}\s*$/;
const optionLine = /^#\|/;
/** `include=FALSE`, `echo = F`, `echo=2:3`, `echo=-1`, `echo=c(1, 2)`: less than all the code shown. */
const hidesCode =
  /\b(?:include|echo)\s*=\s*(?:FALSE|F\b|-?\d|c\()|\b(?:include|echo)\s*:\s*(?:false|FALSE|F\b|no\b|\[)/;
/** `include=FALSE` alone: nothing of the chunk at all, where `echo=2:3` still shows some code. */
const hidesAll =
  /\b(?:include|echo)\s*=\s*(?:FALSE|F\b)|\b(?:include|echo)\s*:\s*(?:false|FALSE|F\b|no\b)/;
const showsCode = /\becho\s*[=:]\s*(?:TRUE|T\b|true|yes)\b/;
const setsEchoOff = /opts_chunk\$set\([^)]*\becho\s*=\s*(?:FALSE|F)\b/;

interface ChunkReading {
  /** Indexes of the header line, the first code line after the `#|` options, and the closing line. */
  header: number;
  code: number;
  end: number;
  /** Its blockquote or indentation prefix and its backtick run. */
  prefix: string;
  fence: string;
  /** Language knitr shows its code in: the engine. */
  language: string;
  /** Less than all its code is shown (`echo=FALSE`, `echo=2:3`, …). */
  partial: boolean;
  /** None of it is shown. */
  hidden: boolean;
}

/** The chunks of a document, as this light reading sees them, in order. */
function readChunks(lines: readonly string[]): ChunkReading[] {
  const chunks: ChunkReading[] = [];
  let echoOffByDefault = false;
  for (let i = 0; i < lines.length; i++) {
    const header = chunkHeader.exec(lines[i]!);
    if (!header) continue;
    const [, prefix = '', fence = '', inner = ''] = header;
    const close = new RegExp(`^${escape(prefix + fence)}\\s*$`);
    let end = i + 1;
    while (end < lines.length && !close.test(lines[end]!)) end++;
    const strip = (text: string) =>
      text.startsWith(prefix) ? text.slice(prefix.length) : text.trimStart();
    let code = i + 1;
    while (code < end && optionLine.test(strip(lines[code]!))) code++;
    const options = [inner, ...lines.slice(i + 1, code).map(strip)].join('\n');
    const body = lines.slice(i + 1, end).join('\n');
    const comment = /^comment\b/.test(inner);
    const off = echoOffByDefault && !showsCode.test(options);
    // knitr's engine is the header's first run of [a-zA-Z0-9_] (`{rdsm-fct-levels}` is `rdsm`),
    // unless `engine=` names another; `verbatim` shows its code in the language `lang` names.
    const engine =
      /\bengine\s*=\s*["']([\w.-]+)["']/.exec(options)?.[1] ?? /^[a-zA-Z0-9_]+/.exec(inner)![0];
    const lang = /\blang\s*=\s*["']([\w.+-]+)["']/.exec(options)?.[1];
    chunks.push({
      header: i,
      code,
      end,
      prefix,
      fence,
      language: engine === 'verbatim' ? (lang ?? '') : engine.replace(/^R$/, 'r'),
      partial: hidesCode.test(options) || comment || off,
      hidden: hidesAll.test(options) || comment || off,
    });
    if (setsEchoOff.test(body.replace(/\n\s*/g, ' '))) echoOffByDefault = true;
    i = end;
  }
  return chunks;
}

/**
 * The page as knitr leaves it for a reader, line for line: the lines of code knitr does not show
 * are blanked, so they are not demanded from the page, and a chunk header becomes the plain fence
 * knitr writes (a backtick in the header, in `fig.cap`, must not unmake it). Every line stays where
 * it was.
 */
export function knitrVisibleSource(body: string): string {
  const lines = body.split('\n');
  let next = 0;
  for (const chunk of readChunks(lines)) {
    inlineRLines(lines, next, chunk.header);
    for (let k = chunk.header + 1; k < (chunk.partial ? chunk.end : chunk.code); k++) lines[k] = '';
    lines[chunk.header] = chunk.prefix + chunk.fence;
    next = chunk.end + 1;
  }
  inlineRLines(lines, next, lines.length);
  return lines.join('\n');
}

/**
 * The page as a knitted episode shows it, minus what only running R makes (output, figures): a
 * chunk whose code is shown becomes a plain code block in its engine's language, a hidden one
 * nothing, inline R its expression as code. The sweep renders this with pandoc as the reference
 * for an `.Rmd` episode, so its callouts, headings, images and code blocks are compared too.
 */
export function knitrReferenceSource(body: string): string {
  const lines = body.split('\n');
  const out: string[] = [];
  let next = 0;
  const text = (from: number, to: number) => {
    const part = lines.slice(from, to);
    inlineRLines(part, 0, part.length);
    out.push(...part);
  };
  for (const chunk of readChunks(lines)) {
    text(next, chunk.header);
    if (!chunk.hidden) {
      const fence = chunk.prefix + chunk.fence;
      out.push(`${fence}${chunk.language}`, ...lines.slice(chunk.code, chunk.end), fence);
    }
    next = chunk.end + 1;
  }
  text(next, lines.length);
  return out.join('\n');
}

function inlineRLines(lines: string[], from: number, to: number): void {
  for (let i = from; i < to; i++)
    if (lines[i]!.includes('`r')) lines[i] = lines[i]!.replace(/`r[ #]([^`]+)`/g, inlineR);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Inline R as a reader sees it: a quoted string's text, or the expression as code. R's `$`
 * (`fit$df`) is no TeX dollar: inside a formula (`$df = `r fit$df`$`) it would end it, so it
 * becomes a break between the pieces sought.
 */
function inlineR(_: string, code: string): string {
  const literal = /^\s*(["'])(.*)\1\s*$/.exec(code);
  return literal ? literal[2]! : `\`${code.trim().replace(/\$/g, separator)}\``;
}
