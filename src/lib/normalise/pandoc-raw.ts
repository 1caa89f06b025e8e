import { parsePandocAttributes, toDirectiveAttributes } from '../attributes.ts';
import { rawHtmlBlock, rawHtmlInline, spanAttributes } from './directives.ts';
import { codeOrCommentLines } from './html-comments.ts';
import { fenceEnd, matchFence, type SourceLine } from './lines.ts';

/**
 * pandoc's raw attribute and attributes on inline code, in Workbench pages:
 * - a fence whose info is `{=html}` holds HTML for the page as written (R Markdown writes these
 *   for widgets); `{=latex}`, `{=docx}`… hold text for other outputs, which an HTML page leaves
 *   out, as pandoc does;
 * - `` `<kbd>Ctrl</kbd>`{=html} `` is the same inline;
 * - `` `mean(x)`{.r} `` is code with those attributes (pandoc names its language by the class).
 * CommonMark showed all three as code followed by the braces. Fenced code and HTML comments are
 * left alone; a span is read within its line.
 */
export function normalisePandocRaw(lines: readonly SourceLine[]): SourceLine[] {
  const skipped = codeOrCommentLines(lines);
  const out: SourceLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = matchFence(line.text);
    const format = fence && /^\{=([\w-]+)\}$/.exec(fence.info)?.[1];
    if (fence && format) {
      const end = fenceEnd(lines, i);
      const body = lines.slice(i + 1, end).map((l) => l.text.slice(fence.indent.length));
      if (isHtml(format)) out.push(rawHtmlBlock(body.join('\n'), line.line, fence.indent));
      else out.push({ text: '', line: line.line });
      i = end;
      continue;
    }
    out.push(skipped[i] || !line.text.includes('`{') ? line : { ...line, text: inline(line.text) });
  }
  return out;
}

/** The formats pandoc's HTML5 writer publishes raw. */
const isHtml = (format: string) => format === 'html' || format === 'html5';

/** A code span (backtick runs of equal length) followed right away by `{…}`. */
const attributedSpan = /(?<![`\\])(`+)(?!`)([^`]|[^`][\s\S]*?[^`])\1(?!`)\{([^{}\n]*)\}/g;

function inline(text: string): string {
  return text.replace(attributedSpan, (span, ticks: string, code: string, braces: string) => {
    const format = /^=([\w-]+)$/.exec(braces.trim())?.[1];
    if (format) return isHtml(format) ? rawHtmlInline(code) : '';
    const attributes = parsePandocAttributes(braces);
    if (!attributes || !toDirectiveAttributes(attributes)) return span;
    return `${ticks}${code}${ticks}${spanAttributes(attributes)}`;
  });
}
