import { DiagnosticBag } from '../diagnostics.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import {
  EpisodeFrontmatterSchema,
  PageFrontmatterSchema,
  episodeKeys,
  episodeTextListKeys,
  type EpisodeFrontmatter,
  type PageFrontmatter,
} from '../schemas/episode.ts';
import type { YamlSource } from '../yaml-source.ts';
import { reportUnknownKeys, reportZodIssues } from '../zod-diagnostics.ts';

export interface ParsedFile<T> {
  frontmatter: T;
  body: string;
  bodyLine: number;
}

/** Frontmatter as a plain record, or undefined after reporting why it is not one. */
function readRecord(yaml: YamlSource, bag: DiagnosticBag): Record<string, unknown> | undefined {
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

/** Validate an episode's frontmatter; the result is usable even when diagnostics hold errors. */
export function parseEpisodeFile(
  text: string,
  slug: string,
  bag: DiagnosticBag,
): ParsedFile<EpisodeFrontmatter> {
  const { yaml, body, bodyLine, hasFrontmatter } = splitFrontmatter(text);
  const fallback = EpisodeFrontmatterSchema.parse({ title: slug });
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
  const parsed = EpisodeFrontmatterSchema.safeParse(record);
  if (!parsed.success) {
    reportZodIssues(parsed.error.issues, record, yaml, bag, {
      rule: 'frontmatter/schema',
      hint: (field) =>
        field === 'title'
          ? 'Add a line such as title: "Creating a cluster" to the frontmatter.'
          : `Fix the value of "${field}" on this line.`,
    });
    // Keep the valid keys so later passes (schedule, checker) see as much of the episode as possible.
    const repaired: Record<string, unknown> = { ...record };
    for (const issue of parsed.error.issues) delete repaired[String(issue.path[0])];
    const partial = EpisodeFrontmatterSchema.safeParse({
      ...repaired,
      title: repaired.title ?? slug,
    });
    return { frontmatter: partial.success ? partial.data : fallback, body, bodyLine };
  }
  return { frontmatter: parsed.data, body, bodyLine };
}

/** Frontmatter of a non-episode page: only its title matters; anything else is kept for Liquid. */
export function parsePageFile(text: string, bag: DiagnosticBag): ParsedFile<PageFrontmatter> {
  const { yaml, body, bodyLine } = splitFrontmatter(text);
  const record = readRecord(yaml, bag) ?? {};
  const parsed = PageFrontmatterSchema.safeParse(record);
  if (!parsed.success) {
    reportZodIssues(parsed.error.issues, record, yaml, bag, {
      rule: 'frontmatter/schema',
      hint: (field) => `Fix the value of "${field}".`,
    });
    return { frontmatter: {}, body, bodyLine };
  }
  return { frontmatter: parsed.data, body, bodyLine };
}
