import matter from 'gray-matter';
import { parseYamlSource, type YamlDialect, type YamlSource } from './yaml-source.ts';

export interface SourceFile {
  /** Frontmatter as parsed YAML (an empty object when the file has none). */
  yaml: YamlSource;
  /** Whether the file had a `---` frontmatter block at all. */
  hasFrontmatter: boolean;
  /** Markdown after the frontmatter. */
  body: string;
  /** 1-based line of the file on which `body` starts, so body diagnostics point at the author's line. */
  bodyLine: number;
}

const noYaml: YamlSource = { data: {}, errors: [], warnings: [], lineOf: () => 1 };

/**
 * Split a Markdown file into frontmatter and body. gray-matter finds the delimiters; the YAML
 * itself goes through `parseYamlSource` so that every key keeps its line number; `dialect` says
 * whose YAML reader the lesson was written for.
 */
export function splitFrontmatter(text: string, dialect?: YamlDialect): SourceFile {
  // Windows line endings would leave a `\r` on every YAML value and every body line.
  const source = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!/^---[ \t]*\r?\n/.test(source))
    return { yaml: noYaml, hasFrontmatter: false, body: source, bodyLine: 1 };
  // A do-nothing engine: gray-matter only splits; it must not parse (and throw) with js-yaml.
  const file = matter(source, { engines: { yaml: () => ({}) } });
  const body = file.content;
  const consumed = source.slice(0, source.length - body.length);
  const bodyLine = countLines(consumed) + 1;
  const yaml =
    file.matter.trim() === ''
      ? noYaml
      : parseYamlSource(file.matter.replace(/^\r?\n/, ''), { lineOffset: 1, dialect });
  return { yaml, hasFrontmatter: true, body, bodyLine };
}

export function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}
