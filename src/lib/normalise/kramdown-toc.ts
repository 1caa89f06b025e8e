import { fencedLines, type SourceLine } from './lines.ts';

const tocIal = /^ {0,3}\{:\s*toc\s*\}\s*$/;
const listItem = /^ {0,3}(?:[*+-]|(\d+)\.)[ \t]/;

/**
 * kramdown's table of contents: a list followed by `{:toc}` is replaced by a list of the page's
 * headings (`rehype-kramdown-toc` builds it). Only the first such list becomes one, as in
 * kramdown; the list's own items (usually `* TOC`) are never shown. Written as the internal
 * `::toc{type="ul"}` directive (`ol` for a numbered list).
 */
export function normaliseKramdownToc(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => tocIal.test(l.text))) return [...lines];
  const code = fencedLines(lines);
  for (let i = 1; i < lines.length; i++) {
    if (code[i] || !tocIal.test(lines[i]!.text)) continue;
    // The list ends right above: walk up to its first line (after a blank line or the top).
    let start = i - 1;
    while (start > 0 && lines[start - 1]!.text.trim() !== '') start--;
    const first = listItem.exec(lines[start]!.text);
    if (!first || lines[i - 1]!.text.trim() === '') continue;
    const type = first[1] === undefined ? 'ul' : 'ol';
    return [
      ...lines.slice(0, start),
      { text: '', line: 0 },
      { text: `::toc{type="${type}"}`, line: lines[start]!.line, directive: true },
      { text: '', line: 0 },
      ...lines.slice(i + 1),
    ];
  }
  return [...lines];
}
