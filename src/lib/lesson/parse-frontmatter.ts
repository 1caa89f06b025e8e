import { DiagnosticBag } from '../diagnostics.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import {
  EpisodeFrontmatterSchema,
  PageFrontmatterSchema,
  episodeCoercions,
  episodeKeys,
  episodeTextListKeys,
  pageCoercions,
  type EpisodeFrontmatter,
  type PageFrontmatter,
} from '../schemas/episode.ts';
import type { YamlDialect, YamlSource } from '../yaml-source.ts';
import { parseLeniently, reportUnknownKeys } from '../zod-diagnostics.ts';

export interface ParsedFile<T> {
  frontmatter: T;
  body: string;
  bodyLine: number;
}

/**
 * Frontmatter as a plain record, or undefined after reporting why it is not one. What the YAML
 * reader accepted leniently (a repeated key, an unindented continuation line) is a warning.
 */
function readRecord(yaml: YamlSource, bag: DiagnosticBag): Record<string, unknown> | undefined {
  for (const w of yaml.warnings)
    bag.add({ severity: 'warning', rule: w.rule, message: w.message, line: w.line, hint: w.hint });
  for (const e of yaml.errors) {
    bag.add({
      severity: 'error',
      rule: 'yaml/syntax',
      message: `YAML syntax error in the frontmatter: ${e.message}`,
      line: e.line,
      column: e.column,
      hint: 'Check indentation, colons and quotes; quote titles that contain ": ".',
    });
  }
  if (yaml.errors.length) return undefined;
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    bag.error(
      'frontmatter/not-a-mapping',
      `frontmatter: expected "key: value" lines, found ${Array.isArray(data) ? 'a list' : 'plain text'}`,
      2,
      'Write the frontmatter as key: value lines between the --- markers.',
    );
    return undefined;
  }
  return data as Record<string, unknown>;
}

/**
 * Validate an episode's frontmatter; the result is usable even when diagnostics hold errors.
 * `fallbackTitle` names an episode that has no title of its own (from its file name).
 */
export function parseEpisodeFile(
  text: string,
  fallbackTitle: string,
  bag: DiagnosticBag,
  dialect?: YamlDialect,
): ParsedFile<EpisodeFrontmatter> {
  const { yaml, body, bodyLine, hasFrontmatter } = splitFrontmatter(text, dialect);
  const fallback = EpisodeFrontmatterSchema.parse({ title: fallbackTitle });
  if (!hasFrontmatter) {
    bag.error(
      'frontmatter/missing',
      'episode has no frontmatter: expected a block starting and ending with --- with at least a title',
      1,
      'Add "---", "title: …", "---" at the top of the file.',
    );
    return { frontmatter: fallback, body, bodyLine };
  }
  const record = readRecord(yaml, bag);
  if (!record) return { frontmatter: fallback, body, bodyLine };
  for (const key of episodeTextListKeys) {
    const list = record[key];
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (item === null || (typeof item === 'string' && item.trim() === '')) {
        bag.warn(
          'frontmatter/empty-item',
          `${key}[${index}]: empty item is dropped`,
          yaml.lineOf([key, index]),
          `Delete the empty "- " line under ${key}.`,
        );
      }
    });
  }
  reportUnknownKeys(record, episodeKeys, yaml, bag, 'frontmatter/unknown-key');
  // Jekyll publishes an episode without a title (with an empty one); we name it after its file.
  const title = record.title;
  const untitled =
    title === undefined || title === null || (typeof title === 'string' && title.trim() === '');
  if (untitled)
    bag.warn(
      'frontmatter/no-title',
      `${title === undefined ? 'no title' : 'empty title'}: the episode is titled "${fallbackTitle}" after its file name`,
      yaml.lineOf(['title']),
      'Add a line such as title: "Creating a cluster" to the frontmatter.',
    );
  const frontmatter = parseLeniently(
    EpisodeFrontmatterSchema,
    untitled ? { ...record, title: fallbackTitle } : record,
    {
      coercions: episodeCoercions,
      yaml,
      bag,
      family: 'frontmatter',
      hint: (field) => `Fix the value of "${field}" on this line.`,
    },
  );
  return { frontmatter: frontmatter ?? fallback, body, bodyLine };
}

/** Frontmatter of a non-episode page: only its title matters; anything else is kept for Liquid. */
export function parsePageFile(
  text: string,
  bag: DiagnosticBag,
  dialect?: YamlDialect,
): ParsedFile<PageFrontmatter> {
  const { yaml, body, bodyLine } = splitFrontmatter(text, dialect);
  const record = readRecord(yaml, bag) ?? {};
  const frontmatter = parseLeniently(PageFrontmatterSchema, record, {
    coercions: pageCoercions,
    yaml,
    bag,
    family: 'frontmatter',
    hint: (field) => `Fix the value of "${field}".`,
  });
  return { frontmatter: frontmatter ?? {}, body, bodyLine };
}
