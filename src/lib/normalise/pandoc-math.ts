import { closesFence, matchFence, type SourceLine } from './lines.ts';

/**
 * Pandoc's `$…$` inline math, rewritten as `$$…$$`, which the renderer reads as inline math
 * (its own single-dollar rule is looser than pandoc's and would turn "$5 and $10" into math).
 * Pandoc's rule: the opening `$` has a non-space right after it, the closing `$` a non-space right
 * before it and no digit right after it. LaTeX's delimiters, which sandpaper reads too (pandoc's
 * `tex_math_single_backslash`): `\(…\)` is inline math, `\[…\]` display math. Code spans, link
 * addresses and fenced code are left alone.
 */
export function normalisePandocMath(lines: readonly SourceLine[]): SourceLine[] {
  let fence: ReturnType<typeof matchFence>;
  let display = false;
  return reshapeDisplayMath(latexDisplayFences(lines)).map((line) => {
    if (fence) {
      if (closesFence(line.text, fence)) fence = undefined;
      return line;
    }
    // TeX inside a display block is the formula's own, `$x$` in `\text{…}` included.
    if (isDisplayFence(line.text)) display = !display;
    if (display) return line;
    fence = matchFence(line.text);
    if (fence || !/\$|\\[([]/.test(line.text)) return line;
    return { ...line, text: rewriteInlineMath(line.text) };
  });
}

/** A line holding only `\[` or `\]` (LaTeX's display delimiters) becomes a `$$` line. */
function latexDisplayFences(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => /^[\s>]*\\[[\]]\s*$/.test(l.text))) return [...lines];
  let fence: ReturnType<typeof matchFence>;
  return lines.map((line) => {
    if (fence) {
      if (closesFence(line.text, fence)) fence = undefined;
      return line;
    }
    fence = matchFence(line.text);
    const m = /^([\s>]*)\\[[\]]\s*$/.exec(line.text);
    return !fence && m ? { ...line, text: `${m[1]}$$` } : line;
  });
}

const isDisplayFence = (text: string) => /^[\s>]*\$\$\s*$/.test(text);

/**
 * Pandoc's `$$…$$` may open and close anywhere in a paragraph's lines; CommonMark reads a line
 * starting with `$$` as a math block, which ends the paragraph (and a list), takes the rest of
 * that line for an info string and runs to the next `$$` line anywhere below, and it reads a
 * formula line starting with `+` or `1.` as a list. So a formula that spans lines is reshaped:
 * - when it fills its lines (`$$x = …` … `…\end{cases}$$`), into a block with `$$` on lines of
 *   their own, as pandoc shows it (display math);
 * - when text shares its first or last line (`1. The threshold is $$` … `$$.`), onto one line.
 * A formula already written as a block stays as it is.
 */
function reshapeDisplayMath(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.includes('$$'))) return [...lines];
  const out: SourceLine[] = [];
  let fence: ReturnType<typeof matchFence>;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (fence) {
      if (closesFence(line.text, fence)) fence = undefined;
      out.push(line);
      continue;
    }
    fence = matchFence(line.text);
    const open = fence ? -1 : unclosedDisplayMath(line.text);
    // The closing `$$`, within the paragraph (never across a blank line).
    let close = i + 1;
    while (
      open !== -1 &&
      close < lines.length &&
      lines[close]!.text.trim() !== '' &&
      !lines[close]!.text.includes('$$')
    )
      close++;
    const closing = lines[close];
    if (open === -1 || !closing?.text.includes('$$')) {
      out.push(line);
      continue;
    }
    const prefix = /^[\s>]*/.exec(line.text)![0];
    const end = closing.text.indexOf('$$');
    const before = line.text.slice(prefix.length, open);
    const after = closing.text.slice(end + 2);
    const inner = lines.slice(i + 1, close);
    if (before.trim() !== '' || after.trim() !== '') {
      const rest = [...inner, closing].map((l) => l.text.replace(/^[\s>]*/, ''));
      out.push({ ...line, text: `${line.text.trimEnd()} ${rest.join(' ')}` });
    } else {
      const first = line.text.slice(open + 2);
      const last = closing.text.slice(0, end);
      out.push(
        { ...line, text: `${prefix}$$` },
        ...(first.trim() ? [{ ...line, text: `${prefix}${first.trim()}` }] : []),
        ...inner,
        ...(last.replace(/^[\s>]*/, '').trim() ? [{ ...closing, text: last.trimEnd() }] : []),
        { ...closing, text: `${prefix}$$` },
      );
    }
    i = close;
  }
  return out;
}

/** Where a `$$` left open at the end of this line starts, outside code spans; -1 if none. */
function unclosedDisplayMath(text: string): number {
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\\') i++;
    else if (ch === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(run, i + run.length);
      i = end === -1 ? i + run.length - 1 : end + run.length - 1;
    } else if (ch === '$' && text[i + 1] === '$') {
      open = open === -1 ? i : -1;
      i++;
    }
  }
  return open;
}

/** Rewrite one line, skipping `code spans` and escaped dollars. */
export function rewriteInlineMath(text: string, options: { latex?: boolean } = {}): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '!' && text[i + 1] === '[' && options.latex !== false) {
      // An image's alt text: the attribute normaliser escaped its punctuation (`\(`, `\[`), which
      // is the author's text, not LaTeX's delimiters.
      const end = destinationEnd(text, i + 1, '[', ']');
      out += `!${rewriteInlineMath(text.slice(i + 1, end), { latex: false })}`;
      i = end;
      continue;
    }
    // `\(…\)` and `\[…\]` on one line: LaTeX's delimiters.
    const latex = ch === '\\' && options.latex !== false ? latexMathAt(text, i) : undefined;
    if (latex) {
      out += `$$${latex.tex}$$${latex.display ? displayMark : ''}`;
      i = latex.end;
      continue;
    }
    if (ch === ']' && text[i + 1] === '(') {
      // A link's address is the address: `Shell_\(computing\)` holds no math.
      const end = destinationEnd(text, i + 1);
      out += text.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
      continue;
    }
    if (ch === '`') {
      const run = /^`+/.exec(text.slice(i))![0];
      const end = text.indexOf(run, i + run.length);
      const stop = end === -1 ? i + run.length : end + run.length;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    if (ch === '$' && text[i + 1] === '$') {
      const end = text.indexOf('$$', i + 2);
      const stop = end === -1 ? i + 2 : end + 2;
      // `$$…$$` on one line, in a sentence or alone, is display math to pandoc.
      const display = end !== -1 && options.latex !== false;
      out += text.slice(i, stop) + (display ? displayMark : '');
      i = stop;
      continue;
    }
    if (ch === '$' && text[i + 1] && !/\s/.test(text[i + 1]!)) {
      const close = findClosingDollar(text, i + 1);
      if (close !== -1) {
        out += `$$${text.slice(i + 1, close)}$$`;
        i = close + 1;
        continue;
      }
    }
    out += ch;
    i++;
  }
  return out;
}

function findClosingDollar(text: string, from: number): number {
  for (let j = from; j < text.length; j++) {
    if (text[j] === '\\') {
      j++;
      continue;
    }
    if (text[j] !== '$') continue;
    if (/\s/.test(text[j - 1]!) || /\d/.test(text[j + 1] ?? '')) return -1;
    return j;
  }
  return -1;
}

/** `\(…\)` or `\[…\]` starting at `at`, closed on the same line: its TeX and where it ends. */
function latexMathAt(
  text: string,
  at: number,
): { tex: string; end: number; display: boolean } | undefined {
  const open = text[at + 1];
  if (open !== '(' && open !== '[') return undefined;
  const close = text.indexOf(open === '(' ? '\\)' : '\\]', at + 2);
  if (close === -1 || text.slice(at + 2, close).trim() === '') return undefined;
  return { tex: text.slice(at + 2, close), end: close + 2, display: open === '[' };
}

/**
 * Marks the formula before it as display math (`rehype-math` reads it): `$$…$$` and `\[…\]`
 * written on one line, alone or in a sentence, are display math to pandoc; the parser reads a
 * formula within a line as inline.
 */
export const displayMark = ':attrs{data-display=""}';

/** Where the `(…)` (or other pair) opened at `open` ends, just after it; escapes and nesting counted. */
function destinationEnd(text: string, open: number, opener = '(', closer = ')'): number {
  let depth = 0;
  for (let k = open; k < text.length; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === opener) depth++;
    else if (c === closer && --depth === 0) return k + 1;
  }
  return text.length;
}
