import { encodeDirectiveValue } from '../attributes.ts';
import { fencedLines, quoted, type SourceLine } from './lines.ts';

/**
 * kramdown's abbreviation definitions, `*[CMS]: Compact Muon Solenoid`: the line publishes
 * nothing, and every `CMS` of the page's text becomes `<abbr title="Compact Muon Solenoid">`. A
 * definition is a block of its own, so it starts at a block boundary (the top, after a blank line,
 * or after another definition); right after a paragraph line, kramdown reads it as that
 * paragraph's text. It is written as the internal `::abbr{name="…" title="…"}` directive, which
 * the renderer collects (`remark-directives`) and applies to the text (`rehype-abbreviations`).
 */
export function normaliseKramdownAbbreviations(lines: readonly SourceLine[]): SourceLine[] {
  if (!lines.some((l) => l.text.includes('*['))) return [...lines];
  const out: SourceLine[] = [];
  const code = fencedLines(lines);
  let boundary = true;
  lines.forEach((line, i) => {
    const { prefix, rest } = quoted(line.text);
    const definition = !code[i] && boundary ? abbreviation.exec(rest) : null;
    if (definition) {
      const [, name = '', title = ''] = definition;
      const attributes = `name="${encodeDirectiveValue(name)}" title="${encodeDirectiveValue(title.trim())}"`;
      out.push({ text: `${prefix}::abbr{${attributes}}`, line: line.line, directive: true });
      return;
    }
    // A code block is a block: the line after it starts a new one.
    boundary = code[i] || rest.trim() === '';
    out.push(line);
  });
  return out;
}

const abbreviation = /^ {0,3}\*\[(.+?)\]:(.*)$/;
