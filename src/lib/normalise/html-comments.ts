import { closesFence, fencedLines, matchFence, type SourceLine } from './lines.ts';

/** Code spans blanked out, so `<!--` written inside backticks opens nothing. */
const withoutCodeSpans = (text: string) => text.replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, '');

/**
 * Which lines lie wholly inside an HTML comment (`<!--` on an earlier line, `-->` on a later one).
 * pandoc passes a comment through untouched, so a fenced div or an attribute list an author
 * commented out is not read; the normalisers skip these lines. The lines that open and close the
 * comment hold some of the author's text too and are not marked; no fence can be on them.
 * Comments inside code (fenced blocks, code spans) are code, not comments.
 */
export function commentedLines(lines: readonly SourceLine[]): boolean[] {
  const inside = new Array<boolean>(lines.length).fill(false);
  let open = false;
  let fence: ReturnType<typeof matchFence>;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (open) {
      const end = text.indexOf('-->');
      if (end === -1) {
        inside[i] = true;
        continue;
      }
      open = opensComment(text.slice(end + 3));
      continue;
    }
    if (fence) {
      if (closesFence(text, fence)) fence = undefined;
      continue;
    }
    fence = matchFence(text);
    if (!fence) open = opensComment(text);
  }
  return inside;
}

/** Whether a comment opened on this line is still open at its end. */
function opensComment(text: string): boolean {
  let rest = withoutCodeSpans(text);
  for (;;) {
    const start = rest.indexOf('<!--');
    if (start === -1) return false;
    const end = rest.indexOf('-->', start + 4);
    if (end === -1) return true;
    rest = rest.slice(end + 3);
  }
}

/** Lines no inline rewrite may touch: fenced code (fences included) and whole-comment lines. */
export function codeOrCommentLines(lines: readonly SourceLine[]): boolean[] {
  const fenced = fencedLines(lines);
  const commented = commentedLines(lines);
  return lines.map((_, i) => fenced[i]! || commented[i]!);
}
