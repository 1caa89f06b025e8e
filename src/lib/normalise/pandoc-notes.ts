import { codeOrCommentLines } from './html-comments.ts';
import { matchingBracket, type SourceLine } from './lines.ts';

/**
 * Pandoc's inline notes, `text^[the note's own text]`: the note is written where it applies, may
 * run over the paragraph's next lines, and pandoc lists it with the footnotes at the page's end.
 * Each becomes a footnote reference (`[^inline-note-1]`) with its definition appended to the
 * page, which the renderer numbers with the author's `[^label]` notes in order of reference, as
 * pandoc does. A note that runs over lines joins them into its paragraph's first line (the lines
 * after it keep their numbers). Code (fenced blocks, code spans), math (`$$…$$`, which
 * `normalisePandocMath` writes before this runs) and HTML comments are left alone; a `^[` nothing
 * closes in its paragraph stays text, as pandoc leaves it.
 */
export function normalisePandocNotes(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.includes('^['))) return [...lines];
  const skipped = codeOrCommentLines(lines);
  const out: SourceLine[] = [];
  const notes: SourceLine[] = [];
  let i = 0;
  while (i < lines.length) {
    if (skipped[i] || lines[i]!.text.trim() === '') {
      out.push(lines[i++]!);
      continue;
    }
    // A paragraph: the run of lines up to a blank, fenced or commented one.
    let end = i;
    while (end + 1 < lines.length && !skipped[end + 1] && lines[end + 1]!.text.trim() !== '') end++;
    out.push(...withNotes(lines.slice(i, end + 1), notes));
    i = end + 1;
  }
  return notes.length ? [...out, ...notes] : out;
}

/** A paragraph's lines with each inline note made a reference; definitions go to `notes`. */
function withNotes(paragraph: readonly SourceLine[], notes: SourceLine[]): SourceLine[] {
  const text = paragraph.map((l) => l.text).join('\n');
  if (!text.includes('^[')) return [...paragraph];
  const masked = maskCodeAndMath(text);
  let rewritten = '';
  let from = 0;
  // Where each line of the rewritten text starts in the author's text: notes take line breaks
  // with them, every other line break stays.
  const starts = [0];
  const keep = (to: number) => {
    for (let k = text.indexOf('\n', from); k !== -1 && k < to; k = text.indexOf('\n', k + 1))
      starts.push(k + 1);
    rewritten += text.slice(from, to);
  };
  for (let at = masked.indexOf('^['); at !== -1; at = masked.indexOf('^[', at + 1)) {
    if (at < from || escaped(masked, at)) continue;
    const close = matchingBracket(masked, at + 1, '[', ']');
    if (close === -1) continue;
    const label = `inline-note-${notes.length / 2 + 1}`;
    const note = text
      .slice(at + 2, close)
      .split('\n')
      .map((line, k) => (k ? line.replace(/^[\s>]*/, '') : line))
      .join(' ');
    const line = paragraph[lineIndexAt(text, at)]!.line;
    notes.push({ text: '', line }, { text: `[^${label}]: ${note}`, line });
    keep(at);
    rewritten += `[^${label}]`;
    from = close + 1;
  }
  if (!from) return [...paragraph];
  keep(text.length);
  return rewritten
    .split('\n')
    .map((part, k) => ({ ...paragraph[lineIndexAt(text, starts[k]!)]!, text: part }));
}

const lineIndexAt = (text: string, at: number) => text.slice(0, at).split('\n').length - 1;

const escaped = (text: string, at: number) => {
  let backslashes = 0;
  for (let k = at - 1; k >= 0 && text[k] === '\\'; k--) backslashes++;
  return backslashes % 2 === 1;
};

/** Code spans and `$$…$$` math blanked with spaces (same length): nothing in them is a note. */
const maskCodeAndMath = (text: string) =>
  text
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, (span) => span.replace(/[^\n]/g, ' '))
    .replace(/\$\$[\s\S]*?\$\$/g, (math) => math.replace(/[^\n]/g, ' '));
