import { closesFence, matchFence, type SourceLine } from './lines.ts';

/**
 * Pandoc's `$…$` inline math, rewritten as `$$…$$`, which the renderer reads as inline math
 * (its own single-dollar rule is looser than pandoc's and would turn "$5 and $10" into math).
 * Pandoc's rule: the opening `$` has a non-space right after it, the closing `$` a non-space right
 * before it and no digit right after it. Code spans and fenced code are left alone.
 */
export function normalisePandocMath(lines: readonly SourceLine[]): SourceLine[] {
  let fence: ReturnType<typeof matchFence>;
  return lines.map((line) => {
    if (fence) {
      if (closesFence(line.text, fence)) fence = undefined;
      return line;
    }
    fence = matchFence(line.text);
    if (fence || !line.text.includes('$')) return line;
    return { ...line, text: rewriteInlineMath(line.text) };
  });
}

/** Rewrite one line, skipping `code spans` and escaped dollars. */
export function rewriteInlineMath(text: string): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
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
      out += text.slice(i, stop);
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
