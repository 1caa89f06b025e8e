import { DiagnosticBag } from '../diagnostics.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import {
  EpisodeFrontmatterSchema,
  EpisodeOverviewSchema,
  PageFrontmatterSchema,
  episodeCoercions,
  episodeKeys,
  episodeTextListKeys,
  pageCoercions,
  type EpisodeFrontmatter,
  type EpisodeOverview,
  type PageFrontmatter,
} from '../schemas/episode.ts';
import type { YamlDialect, YamlSource } from '../yaml-source.ts';
import { ignoredMessage, parseLeniently, typoMessage, unknownKeys } from '../zod-diagnostics.ts';

export interface ParsedFile<T> {
  frontmatter: T;
  body: string;
  bodyLine: number;
}

/**
 * Whether the lesson's toolchain publishes a page whose frontmatter it cannot use (invalid YAML,
 * a list instead of keys, no closing line). Jekyll does: it logs the problem and publishes the
 * page with empty data (`Document#read` and `Convertible#read_yaml` rescue the error). Sandpaper
 * reads the frontmatter again with R's yaml package, which stops the build. So a styles lesson
 * gets a warning where a Workbench one gets an error.
 */
function publishesUnusable(dialect: YamlDialect | undefined): boolean {
  return dialect === 'jekyll';
}

/** What a styles page loses while its frontmatter cannot be read, for the warning's message. */
const publishedWithout =
  '; as Jekyll does, the page is published without it (no title of its own, no questions, objectives, key points or times) until it is fixed';

/** What an episode read without frontmatter lacks: a Workbench one has its overview in the body. */
const withoutData = (dialect: YamlDialect | undefined) =>
  dialect === 'sandpaper'
    ? 'without teaching or exercise times'
    : 'without questions, objectives, key points or times';

/**
 * A first line `---` that no later `---` (or `...`) line closes. Jekyll reads the file as having
 * no frontmatter and copies it unrendered; sandpaper searches for the block's end and never
 * finishes. The file is read as having no frontmatter, so its text is shown as written.
 */
function reportUnclosed(bag: DiagnosticBag, dialect: YamlDialect | undefined, shown: string) {
  const lenient = publishesUnusable(dialect);
  bag.add({
    severity: lenient ? 'warning' : 'error',
    rule: 'frontmatter/unclosed',
    message: `the frontmatter opened by "---" on line 1 is never closed by a "---" line${lenient ? `, so the file has no frontmatter: ${shown}` : ''}`,
    line: 1,
    hint: 'Add a line "---" after the last frontmatter line.',
  });
}

/**
 * Frontmatter as a plain record, or undefined after reporting why it is not one. What the YAML
 * reader accepted leniently (a repeated key, an unindented continuation line) is a warning.
 */
function readRecord(
  yaml: YamlSource,
  bag: DiagnosticBag,
  dialect: YamlDialect | undefined,
): Record<string, unknown> | undefined {
  for (const w of yaml.warnings)
    bag.add({ severity: 'warning', rule: w.rule, message: w.message, line: w.line, hint: w.hint });
  const lenient = publishesUnusable(dialect);
  const consequence = lenient ? publishedWithout : '';
  for (const e of yaml.errors) {
    bag.add({
      severity: lenient ? 'warning' : 'error',
      rule: 'yaml/syntax',
      message: `YAML syntax error in the frontmatter: ${e.message}${consequence}`,
      line: e.line,
      column: e.column,
      hint: 'Check indentation, colons and quotes; quote titles that contain ": ".',
    });
  }
  if (yaml.errors.length) return undefined;
  const data = yaml.data ?? {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    bag.add({
      severity: lenient ? 'warning' : 'error',
      rule: 'frontmatter/not-a-mapping',
      message: `frontmatter: expected "key: value" lines, found ${Array.isArray(data) ? 'a list' : 'plain text'}${consequence}`,
      line: 2,
      hint: 'Write the frontmatter as key: value lines between the --- markers.',
    });
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
  const { yaml, body, bodyLine, hasFrontmatter, unclosedFrontmatter } = splitFrontmatter(
    text,
    dialect,
  );
  const fallback = EpisodeFrontmatterSchema.parse({ title: fallbackTitle });
  if (unclosedFrontmatter) {
    reportUnclosed(
      bag,
      dialect,
      `it is shown as an episode titled "${fallbackTitle}", ${withoutData(dialect)}`,
    );
    return { frontmatter: fallback, body, bodyLine };
  }
  if (!hasFrontmatter) {
    // Both toolchains publish such a file: Jekyll copies it unrendered and leaves it out of the
    // lesson; sandpaper warns ("No yaml header") and builds it untitled. Rather than lose what
    // the author wrote, it is shown as an episode, named after its file.
    bag.warn(
      'frontmatter/missing',
      `episode has no frontmatter: it is shown as an episode titled "${fallbackTitle}" after its file name, ${withoutData(dialect)}`,
      1,
      'Add "---", "title: …", "---" at the top of the file.',
    );
    return { frontmatter: fallback, body, bodyLine };
  }
  const record = readRecord(yaml, bag, dialect);
  if (!record) return { frontmatter: fallback, body, bodyLine };
  warnEmptyItems(record, yaml, bag);
  for (const { key, guess, line } of unknownKeys(record, episodeKeys, yaml)) {
    if (guess) {
      const [message, hint] = typoMessage(key, guess);
      bag.warn('frontmatter/unknown-key', message, line, hint);
    } else if (dialect !== 'jekyll') {
      // A styles page's other keys are page variables its templates may read (`page.colour`).
      const [message, hint] = ignoredMessage(key, episodeKeys);
      bag.notice('frontmatter/unknown-key', message, line, hint);
    }
  }
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

/** An empty item of questions, objectives or key points is dropped, with a warning. */
function warnEmptyItems(record: Record<string, unknown>, yaml: YamlSource, bag: DiagnosticBag) {
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
}

/**
 * Frontmatter of a non-episode page: its title matters, and in a styles lesson the overview and
 * key points of a page in Jekyll's episode layout; anything else is kept for Liquid.
 */
export function parsePageFile(
  text: string,
  bag: DiagnosticBag,
  dialect?: YamlDialect,
): ParsedFile<PageFrontmatter> & { overview?: EpisodeOverview } {
  const { yaml, body, bodyLine, unclosedFrontmatter } = splitFrontmatter(text, dialect);
  if (unclosedFrontmatter) reportUnclosed(bag, dialect, 'it is shown with its first line as text');
  const record = readRecord(yaml, bag, dialect) ?? {};
  const frontmatter = parseLeniently(PageFrontmatterSchema, record, {
    coercions: pageCoercions,
    yaml,
    bag,
    family: 'frontmatter',
    hint: (field) => `Fix the value of "${field}".`,
  });
  const overview =
    dialect === 'jekyll' && record.layout === 'episode' ? overviewOf(record) : undefined;
  return { frontmatter: frontmatter ?? {}, body, bodyLine, ...(overview && { overview }) };

  function overviewOf(record: Record<string, unknown>): EpisodeOverview | undefined {
    warnEmptyItems(record, yaml, bag);
    const fields = Object.fromEntries(
      Object.entries(record).filter(([key]) => key in EpisodeOverviewSchema.shape),
    );
    return parseLeniently(EpisodeOverviewSchema, fields, {
      coercions: episodeCoercions,
      yaml,
      bag,
      family: 'frontmatter',
      hint: (field) => `Fix the value of "${field}" on this line.`,
    });
  }
}
