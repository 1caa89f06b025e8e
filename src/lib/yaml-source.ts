import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface YamlProblem {
  message: string;
  /** 1-based line in the file (after `lineOffset`). */
  line: number;
  column: number;
}

/** Parsed YAML that still knows where each key came from, so errors can point at the author's line. */
export interface YamlSource {
  data: unknown;
  errors: YamlProblem[];
  /** Line of the key (or list item) at `path`, or of the nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Parse YAML with the `yaml` package (a real parser, YAML 1.2) keeping positions.
 * `lineOffset` is the number of file lines before the YAML text (1 for frontmatter after `---`).
 */
export function parseYamlSource(text: string, lineOffset = 0): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors = doc.errors.map((e) => ({ message: firstLine(e.message), ...at(e.pos[0]) }));
  const data = errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = node && hasRange(node) ? at(node.range[0]).line : lineOffset + 1;
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(key));
        if (!pair) break;
        if (hasRange(pair.key)) line = at(pair.key.range[0]).line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        const item = node.items[key];
        if (!item) break;
        if (hasRange(item)) line = at(item.range[0]).line;
        node = item;
      } else break;
    }
    return line;
  };
  return { data, errors, lineOf };
}

function hasRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return (
    typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range)
  );
}

/** The `yaml` package appends a code excerpt after the first line; we print our own location. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
