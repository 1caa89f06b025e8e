import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DiagnosticBag } from '../diagnostics.ts';
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

function markdownIn(dir: string, folder: string): string[] {
  const path = folder ? join(dir, folder) : dir;
  if (!existsSync(path) || !statSync(path).isDirectory()) return [];
  return readdirSync(path)
    .filter((name) => markdownFile.test(name) && statSync(join(path, name)).isFile())
    .sort(byName);
}

/**
 * Order files by an explicit list from the config when there is one. A listed file that does not
 * exist is an error naming the entry; a file present but not listed is not published (a notice).
 */
function applyOrder(found: string[], order: string[] | undefined, what: string, bag: DiagnosticBag, lineOf: (index: number) => number, folder: string): string[] {
  if (!order) return found;
  const present = new Set(found);
  const withExtension = (entry: string) => (markdownFile.test(entry) ? entry : found.find((f) => slugOf(f) === entry) ?? `${entry}.md`);
  const ordered: string[] = [];
  order.forEach((entry, index) => {
    const name = withExtension(entry);
    if (present.has(name)) ordered.push(name);
    else bag.error('config/missing-file', `${what}[${index}] lists "${entry}", but there is no ${folder}/${name}`, lineOf(index), `Create ${folder}/${name} or remove it from the list.`);
  });
  for (const name of found) {
    if (!ordered.includes(name)) bag.add({ file: `${folder}/${name}`, severity: 'notice', rule: 'config/unlisted-file', message: `not listed under "${what}:" in the config, so it is not published`, hint: `Add "- ${name}" to ${what}: in the config to publish it.` });
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

export function listSources(settings: LessonSettings, configBag: DiagnosticBag, configLine: (path: readonly PropertyKey[]) => number): LessonFiles {
  const { dir, format } = settings;
  return format === 'styles' ? listStyles(dir, settings, configBag, configLine) : listWorkbench(dir, settings, configBag, configLine);
}

function listWorkbench(dir: string, settings: LessonSettings, bag: DiagnosticBag, configLine: (path: readonly PropertyKey[]) => number): LessonFiles {
  const config = settings.siteVariables;
  const episodes = applyOrder(markdownIn(dir, 'episodes'), settings.episodeOrder, 'episodes', bag, (i) => configLine(['episodes', i]), 'episodes');
  const section = (folder: 'learners' | 'instructors' | 'profiles'): FoundFile[] => {
    const listed = Array.isArray(config[folder]) && (config[folder] as unknown[]).length ? (config[folder] as string[]) : undefined;
    return applyOrder(markdownIn(dir, folder), listed, folder, bag, (i) => configLine([folder, i]), folder).map((name) => ({ file: `${folder}/${name}`, slug: slugOf(name), section: folder }));
  };
  const top = ['index.md', 'LICENSE.md', 'CODE_OF_CONDUCT.md'].filter((name) => existsSync(join(dir, name)));
  return {
    episodes: episodes.map((name) => ({ file: `episodes/${name}`, slug: slugOf(name) })),
    pages: [
      ...top.map((name) => ({ file: name, slug: slugOf(name), section: (name === 'index.md' ? 'home' : 'top') as PageSection })),
      ...section('learners'),
      ...section('instructors'),
      ...section('profiles'),
    ],
    links: readIfExists(join(dir, 'links.md')),
  };
}

function listStyles(dir: string, settings: LessonSettings, bag: DiagnosticBag, configLine: (path: readonly PropertyKey[]) => number): LessonFiles {
  const knitted = new Set(markdownIn(dir, '_episodes').map(slugOf));
  for (const rmd of markdownIn(dir, '_episodes_rmd').filter((n) => n.endsWith('.Rmd'))) {
    if (!knitted.has(slugOf(rmd))) bag.add({ file: `_episodes_rmd/${rmd}`, severity: 'notice', rule: 'styles/unknitted-rmd', message: `no knitted _episodes/${slugOf(rmd)}.md: R Markdown is not executed here, so this episode is not published`, hint: 'Knit it with R (make lesson-md) and commit the .md file.' });
  }
  const episodes = applyOrder(markdownIn(dir, '_episodes').filter((n) => n.endsWith('.md')), settings.episodeOrder, 'episode_order', bag, (i) => configLine(['episode_order', i]), '_episodes');
  const extras = markdownIn(dir, '_extras')
    .filter((n) => n.endsWith('.md'))
    .filter((name) => {
      const replaced = isThemeFiguresPage(readFileSync(join(dir, '_extras', name), 'utf8'));
      if (replaced) bag.add({ file: `_extras/${name}`, severity: 'notice', rule: 'styles/theme-page', message: "this is the styles theme's figures page; the generator builds its own figures page from the episodes instead" });
      return !replaced;
    });
  // Jekyll renders only top-level files that have frontmatter; README.md and the like are copied raw.
  const top = markdownIn(dir, '')
    .filter((name) => name.endsWith('.md') && !replacedTemplatePages.has(name))
    .filter((name) => /^---\s*\r?\n/.test(readFileSync(join(dir, name), 'utf8').replace(/^\uFEFF/, '')));
  return {
    episodes: episodes.map((name) => ({ file: `_episodes/${name}`, slug: slugOf(name) })),
    pages: [
      ...top.map((name) => ({ file: name, slug: slugOf(name), section: (name === 'index.md' ? 'home' : 'top') as PageSection })),
      ...extras.map((name) => ({ file: `_extras/${name}`, slug: slugOf(name), section: 'extras' as PageSection })),
    ],
    links: readIfExists(join(dir, '_includes', 'links.md')) ?? readIfExists(join(dir, 'links.md')),
  };
}

/** The styles theme's figures page collected images with Liquid and a script; ours is generated. */
const isThemeFiguresPage = (text: string) => /\{%\s*include\s+(all_figures\.html|manual_episode_order\.html)/.test(text);

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
}

export type { LessonFormat };
