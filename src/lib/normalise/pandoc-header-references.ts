import { codeOrCommentLines } from './html-comments.ts';
import type { SourceLine } from './lines.ts';

/**
 * pandoc's implicit header references: `[Heading text]`, `[text][Heading text]` and
 * `[Heading text][]` link to the heading of that text, as if the page defined a reference for
 * each heading (explicit definitions win; of two headings with one text, the later one, as
 * pandoc 2.17 links). Here the page gets those definitions, after every other (the first
 * definition of a label wins in CommonMark), each pointing at a placeholder address that names
 * the heading by its text; `rehype-heading-ids`, which knows the ids, puts the heading's id there.
 */
export function headingDefinitions(lines: readonly SourceLine[]): string {
  const skipped = codeOrCommentLines(lines);
  const labels = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    if (skipped[i]) continue;
    const label = atxLabel(lines[i]!.text) ?? setextLabel(lines, i, skipped);
    if (label && !/[[\]]/.test(label) && label.length < 1000) labels.add(label);
  }
  return [...labels].map((label) => `[${label}]: <${headingReferenceUrl(label)}>`).join('\n');
}

/** `## Text ##` or `## Text {#id}`: the heading's text as written. */
function atxLabel(text: string): string | undefined {
  const m = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(text);
  return m?.[1]?.replace(/[ \t]*\{[^{}]*\}$/, '').trim() || undefined;
}

/** A one-line setext heading (`Text` over `===` or `---`), after a blank line. */
function setextLabel(
  lines: readonly SourceLine[],
  i: number,
  skipped: readonly boolean[],
): string | undefined {
  const text = lines[i]!.text;
  const under = lines[i + 1]?.text ?? '';
  if (skipped[i + 1] || !/^ {0,3}(?:=+|-+)[ \t]*$/.test(under)) return undefined;
  if (i > 0 && lines[i - 1]!.text.trim() !== '') return undefined;
  if (!/^ {0,3}\S/.test(text) || /^ {0,3}(?:[-*+>#|]|\d+[.)]|:::)/.test(text)) return undefined;
  return text.replace(/[ \t]*\{[^{}]*\}$/, '').trim() || undefined;
}

const prefix = '#lesson-heading:';

/** A label as CommonMark compares labels: whitespace collapsed, case folded. */
export const referenceLabel = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The placeholder address of the heading written `label`. */
export const headingReferenceUrl = (label: string) =>
  prefix + encodeURIComponent(referenceLabel(label));

/** The label a placeholder address names, or undefined for any other address. */
export function labelOfReference(href: string): string | undefined {
  if (!href.startsWith(prefix)) return undefined;
  try {
    return decodeURIComponent(href.slice(prefix.length));
  } catch {
    return undefined;
  }
}
