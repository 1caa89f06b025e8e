import {
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  Parser,
  parseDocument,
  Scalar,
  visit,
  type Node as YamlNode,
  type ScalarTag,
  type Tags,
} from 'yaml';

export interface YamlProblem {
  message: string;
  /** 1-based line in the file (after `lineOffset`). */
  line: number;
  column: number;
}

/** Something a strict YAML reader rejects but the lesson's own toolchain read; how it was read. */
export interface YamlLeniency extends YamlProblem {
  /** Stable rule id: `yaml/duplicate-key`, `yaml/unindented-continuation`. */
  rule: 'yaml/duplicate-key' | 'yaml/unindented-continuation';
  hint: string;
}

/** Parsed YAML that still knows where each key came from, so errors can point at the author's line. */
export interface YamlSource {
  data: unknown;
  /** Problems no toolchain could read past; `data` is undefined when there are any. */
  errors: YamlProblem[];
  /** Questionable constructs that were read anyway, the way the lesson's toolchain reads them. */
  warnings: YamlLeniency[];
  /** Line of the key (or list item) at `path`, or of the nearest ancestor that exists. */
  lineOf(path: readonly PropertyKey[]): number;
}

/**
 * Whose YAML reader the lesson was written for. Both are libyaml with YAML 1.1 types and differ
 * only in which words are booleans: Jekyll's Psych takes yes/no/on/off/true/false in any case,
 * R's yaml (sandpaper) the spellings of the YAML 1.1 type repository (`yes`, `Yes`, `YES`…).
 * Neither reads `y` or `n` as a boolean.
 */
export type YamlDialect = 'jekyll' | 'sandpaper';

export interface YamlOptions {
  /** Number of file lines before the YAML text (1 for frontmatter after `---`). */
  lineOffset?: number;
  dialect?: YamlDialect;
}

const booleans: Record<YamlDialect, { yes: RegExp; no: RegExp }> = {
  jekyll: { yes: /^(?:yes|true|on)$/i, no: /^(?:no|false|off)$/i },
  sandpaper: {
    yes: /^(?:[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    no: /^(?:[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
  },
};

const boolTag = 'tag:yaml.org,2002:bool';
const timestampTag = 'tag:yaml.org,2002:timestamp';

/**
 * The `yaml` package's YAML 1.1 schema with the dialect's booleans. Dates stay text: Liquid prints
 * a Ruby date as written (`2024-01-31`), and a JavaScript Date would print as a long timestamp.
 */
function customTags(dialect: YamlDialect) {
  const words = booleans[dialect];
  const bool = (value: boolean, test: RegExp): ScalarTag => ({
    tag: boolTag,
    default: true,
    identify: (v) => v === value,
    test,
    resolve: () => new Scalar(value),
  });
  return (tags: Tags): Tags => [
    ...tags
      .filter((tag) => {
        const name = typeof tag === 'string' ? tag : tag.tag;
        return name !== boolTag && name !== timestampTag;
      })
      // The package reads a lone `.` (Jekyll's `root: .`) as a float, NaN; libyaml reads text.
      .map((tag) =>
        typeof tag !== 'string' && tag.test?.test('.') ? { ...tag, test: decimalFloat } : tag,
      ),
    bool(true, words.yes),
    bool(false, words.no),
  ];
}

const decimalFloat = /^[-+]?(?:[0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)$/;

/**
 * Parse YAML the way the lesson's toolchain did (YAML 1.1, libyaml's leniencies), keeping the
 * position of every key for diagnostics. The `yaml` package is strict; what it rejects but libyaml
 * reads is read anyway and reported in `warnings`:
 * - a repeated key: the later value wins, as in Psych;
 * - a quoted text whose continuation lines are not indented (libyaml does not check the
 *   indentation inside quotes): read as one text, as if the lines were indented.
 * Anything else the strict parser rejects stays an error.
 */
export function parseYamlSource(text: string, options: YamlOptions = {}): YamlSource {
  const { lineOffset = 0, dialect = 'sandpaper' } = options;
  const strict = parseStrict(text, dialect, lineOffset);
  if (!strict.errors.length) return strict;
  const repaired = indentQuotedContinuations(text);
  if (repaired.texts.length) {
    const lenient = parseStrict(repaired.text, dialect, lineOffset);
    if (!lenient.errors.length) {
      const continuation: YamlLeniency[] = repaired.texts.map(({ opened, lines }) => ({
        rule: 'yaml/unindented-continuation',
        message: `${lines.length === 1 ? 'this line continues' : `these ${lines.length} lines continue`} the quoted text opened on line ${opened + lineOffset} without being indented; read as part of that text, as ${toolchainName[dialect]} reads it`,
        line: lines[0]! + lineOffset,
        column: 1,
        hint: 'Indent the continuation lines of a quoted text (two spaces), or join them onto one line.',
      }));
      return {
        ...lenient,
        warnings: [...lenient.warnings, ...continuation].sort((a, b) => a.line - b.line),
      };
    }
  }
  return strict;
}

const toolchainName: Record<YamlDialect, string> = {
  jekyll: 'Jekyll',
  sandpaper: "R's yaml (libyaml)",
};

function parseStrict(text: string, dialect: YamlDialect, lineOffset: number): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    version: '1.1',
    customTags: customTags(dialect),
  });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  const errors = doc.errors
    .filter((e) => e.code !== 'DUPLICATE_KEY')
    .map((e) => ({ message: firstLine(e.message), ...at(e.pos[0]) }));
  const warnings: YamlLeniency[] = [];
  visit(doc, {
    Map(_, map) {
      const first = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key) || !hasRange(pair.key)) continue;
        const key = String(pair.key.value);
        const where = at(pair.key.range[0]);
        const earlier = first.get(key);
        if (earlier === undefined) first.set(key, where.line);
        else
          warnings.push({
            rule: 'yaml/duplicate-key',
            message: `"${key}" is set again (first on line ${earlier}); the later value is used${dialect === 'jekyll' ? ', as Jekyll reads it' : ''}`,
            ...where,
            hint: `Delete the "${key}" line that is not meant to count.`,
          });
      }
    },
  });
  // With duplicate keys, `toJS` keeps the last value: what Psych gives.
  const data = errors.length ? undefined : doc.toJS({ maxAliasCount: 100 });

  const lineOf = (path: readonly PropertyKey[]): number => {
    let node: unknown = doc.contents;
    let line = node && hasRange(node) ? at(node.range[0]).line : lineOffset + 1;
    for (const key of path) {
      if (isMap(node)) {
        // The last pair with the key: the one whose value counts.
        const pair = node.items.findLast(
          (p) => isScalar(p.key) && String(p.key.value) === String(key),
        );
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
  return { data, errors, warnings, lineOf };
}

interface Repair {
  text: string;
  /** Each quoted text that was repaired: the 1-based line it opened on and the lines indented. */
  texts: { offset: number; opened: number; lines: number[] }[];
}

const quotedTypes = new Set(['double-quoted-scalar', 'single-quoted-scalar']);
const indentOf = (line: string) => /^[ \t]*/.exec(line)![0].length;

/**
 * Indent the continuation lines of quoted texts the strict parser cut short. Leading white space
 * of a continuation line is not part of a quoted text, so the value is unchanged; the number of
 * lines is unchanged too, so every key keeps its line.
 */
function indentQuotedContinuations(text: string): Repair {
  const texts: Repair['texts'] = [];
  let current = text;
  // One quoted text per pass: after a repair, the parser sees the rest of the file anew.
  for (let pass = 0; pass < 200; pass++) {
    const cut = firstCutQuote(current);
    // Still cut after its lines were indented: something else is wrong; leave it to the error.
    if (cut === undefined || texts.some((t) => t.offset === cut)) break;
    const close = closingQuote(current, cut);
    if (close === undefined) break;
    const lineStart = current.lastIndexOf('\n', cut) + 1;
    const opened = countNewlines(current.slice(0, cut)) + 1;
    const openingIndent = indentOf(current.slice(lineStart, cut));
    // Deeper than the quote itself: deeper than any key or dash that owns the text.
    const indent = ' '.repeat(cut - lineStart + 1);
    const span = current.slice(cut, close).split('\n');
    const shallow: number[] = [];
    const changed: number[] = [];
    const fixed = span.map((part, i) => {
      if (i === 0 || part.trim() === '') return part;
      changed.push(opened + i);
      if (indentOf(part) <= openingIndent) shallow.push(opened + i);
      return indent + part;
    });
    texts.push({ offset: cut, opened, lines: shallow.length ? shallow : changed });
    current = current.slice(0, cut) + fixed.join('\n') + current.slice(close);
  }
  return { text: current, texts };
}

/** The first quoted scalar whose token ends before its closing quote. */
function firstCutQuote(text: string): number | undefined {
  let found: number | undefined;
  const walk = (token: unknown): void => {
    if (found !== undefined || token === null || typeof token !== 'object') return;
    if (Array.isArray(token)) return token.forEach(walk);
    const t = token as { type?: string; offset?: number; source?: string };
    if (t.type && quotedTypes.has(t.type) && typeof t.offset === 'number' && t.source) {
      const close = closingQuote(text, t.offset);
      if (close !== undefined && close > t.offset + t.source.length) found = t.offset;
      return;
    }
    for (const value of Object.values(token)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found;
}

/**
 * Offset just after the quote that closes the quoted text opened at `start`, or undefined when it
 * never closes (or a document marker comes first, where libyaml stops too).
 */
function closingQuote(text: string, start: number): number | undefined {
  const quote = text[start];
  for (let i = start + 1; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && /^(?:---|\.\.\.)(?:[ \t\n]|$)/.test(text.slice(i + 1, i + 5)))
      return undefined;
    if (quote === '"' && c === '\\') i++;
    else if (c === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return undefined;
}

const countNewlines = (text: string) => text.split('\n').length - 1;

function hasRange(node: unknown): node is YamlNode & { range: [number, number, number] } {
  return (
    typeof node === 'object' && node !== null && Array.isArray((node as { range?: unknown }).range)
  );
}

/** The `yaml` package appends a code excerpt after the first line; we print our own location. */
function firstLine(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
