import type { DiagnosticBag } from '../diagnostics.ts';
import { isLessonFile, readLessonText, walkLesson } from './lesson-files.ts';
import type { LessonFormat, LessonSettings, PageSection } from './types.ts';

export interface FoundFile {
  /** Lesson-relative path with forward slashes. */
  file: string;
  slug: string;
  section?: PageSection;
}

const markdownFile = /\.(md|Rmd)$/;
const slugOf = (name: string) => name.replace(markdownFile, '');
/** Code-point order, so the result never depends on the machine's locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Markdown files directly in a lesson folder, through the lesson-file gate: a link out of the
 * lesson is left out, with its warning in `problems`.
 */
function markdownIn(dir: string, folder: string, problems: DiagnosticBag): string[] {
  const walk = walkLesson(dir, folder, {
    include: (path, isDirectory) => !isDirectory && markdownFile.test(path),
  });
  for (const problem of walk.problems) problems.add(problem);
  return [...walk.files.keys()].map((path) => path.slice(path.lastIndexOf('/') + 1)).sort(byName);
}

/**
 * Order files by an explicit list from the config when there is one. A listed file that does not
 * exist is an error naming the entry; a file present but not listed is not published (a notice).
 */
function applyOrder(
  found: string[],
  order: string[] | undefined,
  what: string,
  bag: DiagnosticBag,
  lineOf: (index: number) => number,
  folder: string,
): string[] {
  if (!order) return found;
  const present = new Set(found);
  const withExtension = (entry: string) =>
    markdownFile.test(entry) ? entry : (found.find((f) => slugOf(f) === entry) ?? `${entry}.md`);
  const ordered: string[] = [];
  order.forEach((entry, index) => {
    const name = withExtension(entry);
    if (present.has(name)) ordered.push(name);
    else
      bag.error(
        'config/missing-file',
        `${what}[${index}] lists "${entry}", but there is no ${folder}/${name}`,
        lineOf(index),
        `Create ${folder}/${name} or remove it from the list.`,
      );
  });
  for (const name of found) {
    if (!ordered.includes(name))
      bag.add({
        file: `${folder}/${name}`,
        severity: 'notice',
        rule: 'config/unlisted-file',
        message: `not listed under "${what}:" in the config, so it is not published`,
        hint: `Add "- ${name}" to ${what}: in the config to publish it.`,
      });
  }
  return ordered;
}

export interface LessonFiles {
  episodes: FoundFile[];
  pages: FoundFile[];
  /** Reference-link definitions shared by every page. */
  links?: string;
}

/** Top-level pages the Jekyll theme generated; this generator has its own versions of them. */
const replacedTemplatePages = new Set(['aio.md', '404.md']);

export function listSources(
  settings: LessonSettings,
  configBag: DiagnosticBag,
  configLine: (path: readonly PropertyKey[]) => number,
): LessonFiles {
  const { dir, format } = settings;
  return format === 'styles'
    ? listStyles(dir, settings, configBag, configLine)
    : listWorkbench(dir, settings, configBag, configLine);
}

function listWorkbench(
  dir: string,
  settings: LessonSettings,
  bag: DiagnosticBag,
  configLine: (path: readonly PropertyKey[]) => number,
): LessonFiles {
  const config = settings.siteVariables;
  const episodes = applyOrder(
    markdownIn(dir, 'episodes', bag),
    settings.episodeOrder,
    'episodes',
    bag,
    (i) => configLine(['episodes', i]),
    'episodes',
  );
  const section = (folder: 'learners' | 'instructors' | 'profiles'): FoundFile[] => {
    const listed =
      Array.isArray(config[folder]) && (config[folder] as unknown[]).length
        ? (config[folder] as string[])
        : undefined;
    return applyOrder(
      markdownIn(dir, folder, bag),
      listed,
      folder,
      bag,
      (i) => configLine([folder, i]),
      folder,
    ).map((name) => ({ file: `${folder}/${name}`, slug: slugOf(name), section: folder }));
  };
  const top = ['index.md', 'LICENSE.md', 'CODE_OF_CONDUCT.md'].filter((name) =>
    isLessonFile(dir, name),
  );
  return {
    episodes: episodes.map((name) => ({ file: `episodes/${name}`, slug: slugOf(name) })),
    pages: [
      ...top.map((name) => ({
        file: name,
        slug: slugOf(name),
        section: (name === 'index.md' ? 'home' : 'top') as PageSection,
      })),
      ...section('learners'),
      ...section('instructors'),
      ...section('profiles'),
    ],
    links: readLessonText(dir, 'links.md', bag.items),
  };
}

function listStyles(
  dir: string,
  settings: LessonSettings,
  bag: DiagnosticBag,
  configLine: (path: readonly PropertyKey[]) => number,
): LessonFiles {
  // An R Markdown episode is published from its knitted _episodes/*.md when there is one (that
  // has R's output); otherwise from _episodes_rmd/*.Rmd itself, with its code shown and not run,
  // since the styles build knitted every .Rmd before Jekyll ran.
  const knitted = markdownIn(dir, '_episodes', bag).filter((n) => n.endsWith('.md'));
  const knittedSlugs = new Set(knitted.map(slugOf));
  const unknitted = markdownIn(dir, '_episodes_rmd', bag).filter(
    (n) => n.endsWith('.Rmd') && !knittedSlugs.has(slugOf(n)),
  );
  const folderOf = new Map([
    ...knitted.map((n) => [n, '_episodes'] as const),
    ...unknitted.map((n) => [n, '_episodes_rmd'] as const),
  ]);
  const episodes = applyOrder(
    [...knitted, ...unknitted].sort(byName),
    settings.episodeOrder,
    'episode_order',
    bag,
    (i) => configLine(['episode_order', i]),
    '_episodes',
  );
  const extras = markdownIn(dir, '_extras', bag)
    .filter((n) => n.endsWith('.md'))
    .filter((name) => {
      const replaced = isThemeFiguresPage(readLessonText(dir, `_extras/${name}`) ?? '');
      if (replaced)
        bag.add({
          file: `_extras/${name}`,
          severity: 'notice',
          rule: 'styles/theme-page',
          message:
            "this is the styles theme's figures page; the generator builds its own figures page from the episodes instead",
        });
      return !replaced;
    });
  // Jekyll renders only top-level files that have frontmatter; README.md and the like are copied raw.
  const top = markdownIn(dir, '', bag)
    .filter((name) => name.endsWith('.md') && !replacedTemplatePages.has(name))
    .filter((name) =>
      /^---\s*\r?\n/.test((readLessonText(dir, name) ?? '').replace(/^\uFEFF/, '')),
    );
  return {
    episodes: episodes.map((name) => ({
      file: `${folderOf.get(name) ?? '_episodes'}/${name}`,
      slug: slugOf(name),
    })),
    pages: [
      ...top.map((name) => ({
        file: name,
        slug: slugOf(name),
        section: (name === 'index.md' ? 'home' : 'top') as PageSection,
      })),
      ...extras.map((name) => ({
        file: `_extras/${name}`,
        slug: slugOf(name),
        section: 'extras' as PageSection,
      })),
    ],
    links:
      readLessonText(dir, '_includes/links.md', bag.items) ??
      readLessonText(dir, 'links.md', bag.items),
  };
}

/** The styles theme's figures page collected images with Liquid and a script; ours is generated. */
const isThemeFiguresPage = (text: string) =>
  /\{%\s*include\s+(all_figures\.html|manual_episode_order\.html)/.test(text);

export type { LessonFormat };
