/**
 * A light, renderer-independent cleanup of lesson Markdown before a plain CommonMark+GFM parse,
 * so that the text an author wrote can be compared with the built page. It removes the syntax of
 * both formats (Liquid, kramdown IALs, pandoc fences and attributes) and keeps every line where it
 * was, so atoms still carry the author's line numbers. Deliberately not the generator's normaliser:
 * this is the independent check of it.
 */

/** Stands where Liquid was: its output is unknown here, so text is compared in pieces around it. */
export const separator = '\uE000';

export interface CleanSource {
  markdown: string;
  /** Alt texts from pandoc `{alt='…'}` blocks, which the parse below would not see. */
  alts: { text: string; line: number }[];
}

/**
 * Replace a match with the separator, keeping its newlines so later lines do not move. The
 * separator goes after them: a tag that ends a line break inside a link's address
 * (`[text]({{ page.root\n}}/x/)`) then leaves `(\n\uE000/x/)`, still a link.
 */
const blank = (match: string) => match.replace(/[^\n]/g, '') + separator;

/** Liquid blocks whose content may or may not be output; they are not expected text. */
const conditionalBlock =
  /\{%-?\s*(if|unless|case|for|comment|capture)\b[^%]*?-?%\}((?:(?!\{%-?\s*(?:if|unless|case|for|comment|capture)\b)[\s\S])*?)\{%-?\s*end\1\s*-?%\}/g;

function removeLiquid(text: string): string {
  let previous = '';
  let current = text;
  // Innermost blocks first; repeat until nested ones are gone.
  while (previous !== current) {
    previous = current;
    current = current.replace(conditionalBlock, blank);
  }
  const separated = current.replace(/\{%[\s\S]*?%\}|\{\{[\s\S]*?\}\}/g, blank);
  // A tag alone on its line (`{% include links.md %}`) leaves a blank line, as Jekyll's output
  // does; a separator there would glue the next block (link definitions) into a paragraph.
  return separated.replace(
    new RegExp(`^([ \\t>]*)${separator}[${separator} \\t]*$`, 'gm'),
    (_, prefix: string) => prefix.trimEnd(),
  );
}

const attrValue = String.raw`(?:"[^"]*"|'[^']*'|[^\s}'"]+)`;
const attrItem = String.raw`(?:[#.][\w:-]+|[\w-]+=${attrValue})`;
/** `{#id}`, `{.class}`, `{alt='…' width=…}`: a pandoc attribute block. */
const pandocAttributes = new RegExp(String.raw`\{\s*${attrItem}(?:\s+${attrItem})*\s*\}`, 'g');
const pandocSpan = new RegExp(String.raw`(?<!!)\[([^\[\]]*)\](?=${pandocAttributes.source})`, 'g');
const altAttribute = new RegExp(String.raw`\balt=(${attrValue})`);

const unquote = (value: string) =>
  value.replace(/^(["'])([\s\S]*)\1$/, '$2').replace(/\\([!-/:-@[-`{-~])/g, '$1');

/**
 * Leading blockquote markers, indentation and list markers, which every line-level rule must look
 * past: a fence may open on a list item's line (`1. ~~~`).
 */
const prefixOf = (line: string) => /^(?:[\s>]|(?:[-+*]|\d{1,9}[.)])(?=[ \t]))*/.exec(line)![0];

interface Fence {
  char: string;
  length: number;
}

function openingFence(rest: string): Fence | undefined {
  const match = /^(`{3,}|~{3,})(.*)$/.exec(rest);
  // A backtick in a backtick fence's info string makes the line code spans instead (CommonMark).
  if (!match || (match[1]![0] === '`' && match[2]!.includes('`'))) return undefined;
  return { char: match[1]![0]!, length: match[1]!.length };
}

export function cleanSource(text: string): CleanSource {
  const lines = removeLiquid(text).split('\n');
  const alts: CleanSource['alts'] = [];
  let fence: Fence | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const prefix = prefixOf(line);
    const rest = line.slice(prefix.length);
    if (fence) {
      if (new RegExp(`^\\${fence.char}{${fence.length},}\\s*$`).test(rest)) fence = undefined;
      continue;
    }
    fence = openingFence(rest);
    if (fence) continue;
    if (/^:{3,}/.test(rest)) {
      lines[i] = prefix.trimEnd();
      continue;
    }
    let cleaned = rest
      .replace(/\{:[^}]*\}/g, '')
      // A pandoc span `[text]{#id}` shows only its text.
      .replace(pandocSpan, '$1')
      .replace(pandocAttributes, (block) => {
        const alt = altAttribute.exec(block)?.[1];
        if (alt) alts.push({ text: unquote(alt), line: i + 1 });
        return '';
      });
    // A definition-list line (`:   text`) shows its text after the term's.
    cleaned = cleaned.replace(/^ {0,3}:[ \t]+/, '');
    lines[i] = prefix + cleaned;
  }
  return { markdown: lines.join('\n'), alts };
}
