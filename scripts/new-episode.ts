/**
 * `npm run new:episode -- "Title"`: create the lesson's next numbered episode (`NN-kebab-title.md`,
 * NN = the last number + 1) with valid frontmatter in the lesson's own format, and list it in the
 * config when the config lists episodes. Honours `LESSON_DIR`. Never overwrites a file.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parse as parseYaml, parseDocument } from 'yaml';
import { configFileName, detectFormat, episodesFolder } from '../src/lib/lesson/detect-layout.ts';
import { resolveLessonDir } from '../src/lib/lesson/lesson-dir.ts';

/** A problem the author can fix; the CLI prints its message without a stack trace. */
export class NewEpisodeError extends Error {
  override name = 'NewEpisodeError';
}

export interface NewEpisodeResult {
  /** Absolute path of the new episode. */
  path: string;
  /** Lesson-relative path (`episodes/08-my-title.md`). */
  file: string;
  /** How the episode lists its questions, objectives and key points. */
  style: 'frontmatter' | 'divs';
  /** The config file that now lists the episode, if the config lists episodes. */
  configUpdated?: string;
}

const markdownFile = /\.(md|Rmd)$/;

/** `Loops & Lists: Part 2` → `loops-lists-part-2`; accents are dropped (`Café` → `cafe`). */
export function kebabCase(title: string): string {
  return title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The number after the highest `NN-` prefix among the episodes, at least two digits wide. */
export function nextNumber(fileNames: readonly string[]): string {
  const numbers = fileNames
    .map((name) => /^(\d+)-/.exec(name))
    .filter((m): m is RegExpExecArray => m !== null);
  const last = Math.max(0, ...numbers.map((m) => Number(m[1])));
  const width = Math.max(2, ...numbers.map((m) => m[1]!.length));
  return String(last + 1).padStart(width, '0');
}

/** The YAML frontmatter of a Markdown file, or undefined when it has none or it does not parse. */
function frontmatterOf(text: string): Record<string, unknown> | undefined {
  const match = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---\s*(\r?\n|$)/.exec(text);
  if (!match) return undefined;
  try {
    const data = parseYaml(match[1]!) as unknown;
    return data && typeof data === 'object' && !Array.isArray(data)
      ? (data as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Styles lessons keep questions, objectives and key points in the frontmatter; Workbench lessons
 * in `::: questions` divs, unless their existing episodes use the frontmatter (as this
 * repository's own lesson does): follow what the author already does.
 */
function styleOf(
  format: 'styles' | 'workbench',
  folder: string,
  names: readonly string[],
): NewEpisodeResult['style'] {
  if (format === 'styles') return 'frontmatter';
  const usesFrontmatter = names.some((name) => {
    const data = frontmatterOf(readFileSync(join(folder, name), 'utf8'));
    return !!data && ['questions', 'objectives', 'keypoints'].some((key) => key in data);
  });
  return usesFrontmatter ? 'frontmatter' : 'divs';
}

/** JSON strings are YAML double-quoted scalars: safe for any title (colons, quotes, `#`). */
const quoted = (text: string) => JSON.stringify(text);

export function episodeText(title: string, style: NewEpisodeResult['style']): string {
  if (style === 'frontmatter') {
    return `---
title: ${quoted(title)}
teaching: 10
exercises: 5
questions:
- "What question does this episode answer?"
objectives:
- "What will learners be able to do after it?"
keypoints:
- "What should learners remember?"
---

## Introduction

Write the episode here.

> ## A first exercise
>
> Ask learners to try what they have just seen.
>
> > ## Solution
> >
> > Show one way to do it.
> {: .solution}
{: .challenge}
`;
  }
  return `---
title: ${quoted(title)}
teaching: 10
exercises: 5
---

:::::::::::::::::::::::::::::::::::::: questions

- What question does this episode answer?

::::::::::::::::::::::::::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::: objectives

- What will learners be able to do after it?

::::::::::::::::::::::::::::::::::::::::::::::::

## Introduction

Write the episode here.

::::::::::::::::::::::::::::::::::::: challenge

## A first exercise

Ask learners to try what they have just seen.

:::::::::::::::: solution

Show one way to do it.

:::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::::::::::::::

::::::::::::::::::::::::::::::::::::: keypoints

- What should learners remember?

::::::::::::::::::::::::::::::::::::::::::::::::
`;
}

/**
 * Append `entry` to the list under `key` in a YAML config, changing nothing else: the yaml
 * package's Document API finds the list and its last item, and the new line is inserted there in
 * the same style (so comments, blank lines and quoting stay as the author wrote them).
 * Returns undefined when the config has no such list (an empty `episodes:` means "every file").
 */
export function appendToList(
  source: string,
  key: string,
  entry: string,
  file: string,
): string | undefined {
  const doc = parseDocument(source);
  if (doc.errors.length)
    throw new NewEpisodeError(
      `${file} is not valid YAML (${doc.errors[0]!.message.split('\n')[0]}); fix it first, then run this again.`,
    );
  if (!isMap(doc.contents)) return undefined;
  const list: unknown = doc.contents.get(key, true);
  if (
    list === undefined ||
    list === null ||
    (isScalar(list) && (list.value === null || list.value === ''))
  )
    return undefined;
  if (!isSeq(list) || !list.range)
    throw new NewEpisodeError(
      `${file}: "${key}:" should be a list of episode files, but it is not; add "- ${entry}" to it by hand.`,
    );
  const last = list.items.at(-1);
  let updated: string;
  if (list.flow) {
    const close = source.lastIndexOf(']', list.range[1]);
    updated = `${source.slice(0, close)}${last ? ', ' : ''}${entry}${source.slice(close)}`;
  } else {
    if (!isScalar(last) || !last.range)
      throw new NewEpisodeError(
        `${file}: the last entry of "${key}:" is not a file name; add "- ${entry}" to it by hand.`,
      );
    const lineStart = source.lastIndexOf('\n', last.range[0] - 1) + 1;
    const marker = source.slice(lineStart, last.range[0]); // `- ` or `  - `, as the author indents
    const lineEnd = source.indexOf('\n', last.range[1]);
    const at = lineEnd === -1 ? source.length : lineEnd;
    updated = `${source.slice(0, at)}\n${marker}${entry}${source.slice(at)}`;
  }
  const check = parseYaml(updated) as Record<string, unknown>;
  const items = check[key];
  if (!Array.isArray(items) || items.at(-1) !== entry)
    throw new NewEpisodeError(
      `${file}: could not add "${entry}" to "${key}:" safely; add it by hand.`,
    );
  return updated;
}

export function createEpisode({
  lessonDir,
  title,
}: {
  lessonDir: string;
  title: string;
}): NewEpisodeResult {
  const cleanTitle = title.trim();
  if (!cleanTitle)
    throw new NewEpisodeError(
      'Give the episode a title: npm run new:episode -- "My episode title"',
    );
  const slug = kebabCase(cleanTitle);
  if (!slug)
    throw new NewEpisodeError(
      `The title "${cleanTitle}" has no letters or digits to name the file after; use a title with words in it.`,
    );
  if (!existsSync(lessonDir))
    throw new NewEpisodeError(`The lesson folder ${lessonDir} does not exist; check LESSON_DIR.`);
  const format = detectFormat(lessonDir);
  if (!format)
    throw new NewEpisodeError(
      `${lessonDir} is not a lesson: expected an episodes/ folder or config.yaml (Workbench), or an _episodes/ folder (styles). Set LESSON_DIR to the lesson's folder.`,
    );

  const folder = join(lessonDir, episodesFolder(format));
  mkdirSync(folder, { recursive: true });
  const names = readdirSync(folder)
    .filter((name) => markdownFile.test(name))
    .sort();
  const name = `${nextNumber(names)}-${slug}.md`;
  const path = join(folder, name);
  const file = relative(lessonDir, path).split('\\').join('/');
  if (existsSync(path))
    throw new NewEpisodeError(
      `${file} already exists; it was left as it is. Choose another title.`,
    );
  const style = styleOf(format, folder, names);

  // Work out the config edit before writing anything, so an error leaves the lesson untouched.
  const configFile = configFileName(format);
  const configPath = join(lessonDir, configFile);
  const listKey = format === 'styles' ? 'episode_order' : 'episodes';
  let config: string | undefined;
  if (existsSync(configPath)) {
    const source = readFileSync(configPath, 'utf8');
    const existing = (parseDocument(source).toJS() as Record<string, unknown> | null)?.[listKey];
    // Styles' episode_order names episodes without `.md`; follow the list's own habit.
    const withExtension =
      !Array.isArray(existing) ||
      existing.length === 0 ||
      existing.some((e) => typeof e === 'string' && markdownFile.test(e));
    const entry = withExtension ? name : name.replace(markdownFile, '');
    // An author may have listed the episode before writing it.
    if (!(Array.isArray(existing) && existing.includes(entry)))
      config = appendToList(source, listKey, entry, configFile);
  }

  writeFileSync(path, episodeText(cleanTitle, style), { flag: 'wx' });
  if (config !== undefined) writeFileSync(configPath, config);
  return { path, file, style, configUpdated: config !== undefined ? configFile : undefined };
}

function main(argv: string[]): number {
  const title = argv.join(' ');
  if (!title.trim() || argv.includes('--help') || argv.includes('-h')) {
    console.error(
      'usage: npm run new:episode -- "Episode title"   (LESSON_DIR=path/to/lesson for another lesson)',
    );
    return title.trim() ? 0 : 2;
  }
  try {
    const lessonDir = resolveLessonDir(process.env, process.cwd());
    const result = createEpisode({ lessonDir, title });
    console.log(
      `created ${result.file}${result.style === 'divs' ? ' (Workbench fenced divs)' : ' (questions, objectives and key points in the frontmatter)'}`,
    );
    if (result.configUpdated)
      console.log(`listed it at the end of the episodes in ${result.configUpdated}`);
    console.log('Preview it with `npm run dev`.');
    return 0;
  } catch (error) {
    if (error instanceof NewEpisodeError) {
      console.error(`new:episode: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main(process.argv.slice(2));
