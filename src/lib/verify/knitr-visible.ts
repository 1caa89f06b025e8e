import { separator } from './source-cleanup.ts';

/**
 * What a reader of a knitted R Markdown page can expect to find, for the nothing-lost check. knitr
 * leaves out the code of chunks marked `include=FALSE` or `echo=FALSE` (or showing only some
 * expressions, `echo=2:3`), the `#|` option lines at the top of a chunk, and the `` `r `` marker
 * of inline R; those lines are blanked here, so they are not demanded from the page, and a chunk
 * header becomes the plain fence knitr writes.
 *
 * A deliberately light reading, independent of the generator's knitr emulation
 * (src/lib/normalise/rmarkdown.ts): the check must still notice when that drops text it should
 * keep. Every line stays where it was.
 */

const chunkHeader = /^([\t >]*)(`{3,})\s*\{([a-zA-Z0-9].*)\}\s*$/;
const optionLine = /^#\|/;
/** `include=FALSE`, `echo = F`, `echo=2:3`, `echo=-1`, `echo=c(1, 2)`: less than all the code shown. */
const hidesCode =
  /\b(?:include|echo)\s*=\s*(?:FALSE|F\b|-?\d|c\()|\b(?:include|echo)\s*:\s*(?:false|FALSE|F\b|no\b|\[)/;
const showsCode = /\becho\s*[=:]\s*(?:TRUE|T\b|true|yes)\b/;
const setsEchoOff = /opts_chunk\$set\([^)]*\becho\s*=\s*(?:FALSE|F)\b/;

export function knitrVisibleSource(body: string): string {
  const lines = body.split('\n');
  let echoOffByDefault = false;
  for (let i = 0; i < lines.length; i++) {
    const header = chunkHeader.exec(lines[i]!);
    if (header) {
      const close = new RegExp(`^${escape(header[1]! + header[2]!)}\\s*$`);
      let end = i + 1;
      while (end < lines.length && !close.test(lines[end]!)) end++;
      const strip = (text: string) =>
        text.startsWith(header[1]!) ? text.slice(header[1]!.length) : text.trimStart();
      let first = i + 1;
      while (first < end && optionLine.test(strip(lines[first]!))) first++;
      const options = [header[3]!, ...lines.slice(i + 1, first).map(strip)].join('\n');
      const body = lines.slice(i + 1, end).join('\n');
      const hidden =
        hidesCode.test(options) ||
        /^comment\b/.test(header[3]!) ||
        (echoOffByDefault && !showsCode.test(options));
      if (setsEchoOff.test(body.replace(/\n\s*/g, ' '))) echoOffByDefault = true;
      for (let k = i + 1; k < (hidden ? end : first); k++) lines[k] = '';
      // knitr writes a plain fence: a backtick in the header (in `fig.cap`) must not unmake it.
      lines[i] = header[1]! + header[2]!;
      i = end;
      continue;
    }
    if (lines[i]!.includes('`r')) lines[i] = lines[i]!.replace(/`r[ #]([^`]+)`/g, inlineR);
  }
  return lines.join('\n');
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
