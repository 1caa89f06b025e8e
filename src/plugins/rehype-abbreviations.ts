import type { Element, Text } from 'hast';
import type { HastPluginEntry } from 'satteri';

/** Where the abbreviations a page defines wait between the two phases (see `abbreviationsOf`). */
const key = 'abbreviations';

/** The abbreviations defined so far in this render (`::abbr` directives), by name. */
export function abbreviationsOf(data: Record<string, unknown>): Map<string, string> {
  let found = data[key] as Map<string, string> | undefined;
  if (!found) data[key] = found = new Map();
  return found;
}

/** Text in these is code or already marked: kramdown leaves it as it is. */
const skipped = new Set(['code', 'pre', 'kbd', 'samp', 'script', 'style', 'abbr', 'math', 'svg']);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every defined name as a whole word, the longest first, made once per page: all definitions are
 * collected in the Markdown phase, before any text is visited.
 */
const patterns = new WeakMap<Map<string, string>, RegExp>();
function patternOf(abbreviations: Map<string, string>): RegExp {
  let pattern = patterns.get(abbreviations);
  if (!pattern) {
    const names = [...abbreviations.keys()].sort((a, b) => b.length - a.length);
    pattern = new RegExp(`(?<!\\w)(?:${names.map(escape).join('|')})(?!\\w)`, 'g');
    patterns.set(abbreviations, pattern);
  }
  return pattern;
}

/**
 * Mark every occurrence of a defined abbreviation in the page's text as kramdown did: the
 * longest name first, only as a whole word (no word character right before or after).
 */
export const rehypeAbbreviations: HastPluginEntry = ({ source }) =>
  source.includes('::abbr{') && {
    name: 'abbreviations',
    text(node, ctx) {
      const abbreviations = abbreviationsOf(ctx.data);
      if (!abbreviations.size) return;
      for (let up = ctx.parent(node); up; up = ctx.parent(up as never))
        if (up.type === 'element' && skipped.has(up.tagName)) return;
      const pattern = patternOf(abbreviations);
      const value = (node as Text).value;
      const parts: (Text | Element)[] = [];
      let last = 0;
      for (const match of value.matchAll(pattern)) {
        if (match.index > last) parts.push({ type: 'text', value: value.slice(last, match.index) });
        parts.push({
          type: 'element',
          tagName: 'abbr',
          properties: { title: abbreviations.get(match[0])! },
          children: [{ type: 'text', value: match[0] }],
        });
        last = match.index + match[0].length;
      }
      if (!parts.length) return;
      if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
      ctx.replaceNode(node, parts);
    },
  };
