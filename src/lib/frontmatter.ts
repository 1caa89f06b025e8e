import { parseYamlSource, type YamlDialect, type YamlSource } from './yaml-source.ts';

export interface SourceFile {
  /** Frontmatter as parsed YAML (an empty object when the file has none). */
  yaml: YamlSource;
  /** Whether the file had a `---` frontmatter block at all. */
  hasFrontmatter: boolean;
  /**
   * The file's first line is `---` but no later line closes the block: it has no frontmatter
   * (Jekyll copies such a file unrendered; sandpaper never finds the block's end).
   */
  unclosedFrontmatter: boolean;
  /** Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the file on which `body` starts, so body diagnostics point at the author's line. */
  bodyLine: number;
}

const noYaml: YamlSource = { data: {}, errors: [], warnings: [], lineOf: () => 1 };

/**
 * The frontmatter block as Jekyll finds it (`Document::YAML_FRONT_MATTER_REGEXP`): a first line
 * `---`, then everything up to the first line that is `---` or `...` (pandoc's YAML block ends
 * the same two ways), trailing blanks allowed on both.
 */
const frontmatterBlock = /---[ \t]*\n([\s\S]*?)^(?:---|\.\.\.)[ \t]*$\n?/my;

/**
 * Whether a text opens with a frontmatter line (`---`, blanks allowed, after a byte-order mark),
 * as Jekyll decides what is a page rather than a file to copy. The one test for it: the listing
 * of pages, the assets and the splitter below must agree, or a file is neither page nor file.
 */
export const opensFrontmatter = (text: string) => /^\uFEFF?---[ \t]*\r?\n/.test(text);

/**
 * Split a Markdown file into frontmatter and body. The YAML goes through `parseYamlSource` so that
 * every key keeps its line number; `dialect` says whose YAML reader the lesson was written for.
 */
export function splitFrontmatter(text: string, dialect?: YamlDialect): SourceFile {
  // Windows line endings would leave a `\r` on every YAML value and every body line.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const opened = opensFrontmatter(source);
  frontmatterBlock.lastIndex = 0;
  const block = opened ? frontmatterBlock.exec(source) : null;
  if (!block)
    return {
      yaml: noYaml,
      hasFrontmatter: false,
      unclosedFrontmatter: opened,
      body: source,
      bodyLine: 1,
    };
  const [consumed, lines = ''] = block;
  // Without the last line's newline: an error at the end of the YAML points at its last line.
  const matter = lines.replace(/\n$/, '');
  const yaml = matter.trim() === '' ? noYaml : parseYamlSource(matter, { lineOffset: 1, dialect });
  return {
    yaml,
    hasFrontmatter: true,
    unclosedFrontmatter: false,
    body: source.slice(consumed.length),
    bodyLine: countLines(consumed) + 1,
  };
}

export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
