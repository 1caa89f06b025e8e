import type { DiagnosticBag } from '../diagnostics.ts';
import { opensFrontmatter } from '../frontmatter.ts';
import { reservedSlugs } from '../site-paths.ts';
import { jekyllExcluder, jekyllSpecial } from './assets.ts';
import { isLessonFile, readLessonText, walkLesson } from './lesson-files.ts';
import { builtDbFile, parseBuiltDb, type BuiltFile } from './md-outputs.ts';
import { htmlSource, stylesSource } from './source-extensions.ts';
import type { LessonFormat, LessonSettings, PageSection } from './types.ts';

export interface FoundFile {
  /** Lesson-relative path with forward slashes. */
  file: string;
  slug: string;
  section?: PageSection;
}

const markdownFile = /\.(md|Rmd)$/;
const slugOf = (name: string) => name.replace(stylesSource, '');
/** Code-point order, so the result never depends on the machine's locale. */
const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Markdown files in a lesson folder, by their path inside it (`part2/11-entry.md` when
 * `recursive`, else only the folder's own files), through the lesson-file gate: a link out of
 * the lesson is left out, with its warning in `problems`.
 */
function markdownIn(
  dir: string,
  folder: string,
  problems: DiagnosticBag,
  sourceFile: RegExp = markdownFile,
  { recursive = false } = {},
): string[] {
  const walk = walkLesson(dir, folder, {
    include: (path, isDirectory) => (isDirectory ? recursive : sourceFile.test(path)),
  });
  for (const problem of walk.problems) problems.add(problem);
  const inside = folder ? folder.length + 1 : 0;
  return [...walk.files.keys()].map((path) => path.slice(inside)).sort(byName);
}

/**
 * Where both `x.Rmd` and `x.md` exist, the R Markdown is the source and the Markdown a knitted
 * copy left behind (sandpaper builds both to `x.md`, so one would overwrite the other): keep the
 * `.Rmd`, with a notice for the copy, unless the config lists the `.md` itself.
 */
function preferRmd(
  found: string[],
  listed: readonly string[] | undefined,
  folder: string,
  bag: DiagnosticBag,
): string[] {
  const rmd = new Set(found.filter((n) => n.endsWith('.Rmd')).map(slugOf));
  return found.filter((name) => {
    const stale = name.endsWith('.md') && rmd.has(slugOf(name)) && !listed?.includes(name);
    if (stale)
      bag.add({
        file: folder ? `${folder}/${name}` : name,
        severity: 'notice',
        rule: 'lesson/stale-markdown',
        message: `${slugOf(name)}.Rmd next to it is the source of this page, so this Markdown copy is not published`,
        hint: `Delete ${name} if it is a knitted copy of the .Rmd file.`,
      });
    return !stale;
  });
}

interface OrderOptions {
  /** Config key of the list, for messages: `episodes`, `episode_order`, `learners`… */
  what: string;
  folder: string;
  /** Line of the list's item `index` in the config. */
  lineOf: (index: number) => number;
  /**
   * What becomes of a file present but not listed: sandpaper leaves it out (a draft); Jekyll
   * publishes every episode and only leaves it out of its own ordered lists.
   */
  unlisted: 'draft' | 'after';
}

/**
 * Order files by an explicit list from the config when there is one. A listed file that does not
 * exist is skipped with a warning naming the entry, as the lesson's toolchain skips it.
 */
function applyOrder(
  found: string[],
  order: string[] | undefined,
  bag: DiagnosticBag,
  { what, folder, lineOf, unlisted }: OrderOptions,
): string[] {
  if (!order) return found;
  const present = new Set(found);
  const withExtension = (entry: string) =>
    markdownFile.test(entry) ? entry : (found.find((f) => slugOf(f) === entry) ?? `${entry}.md`);
  const ordered: string[] = [];
  order.forEach((entry, index) => {
    const name = withExtension(entry);
    if (present.has(name)) {
      if (!ordered.includes(name)) ordered.push(name);
    } else
      bag.warn(
        'config/missing-file',
        `${what}[${index}] lists "${entry}", but there is no ${folder}/${name}; skipped`,
        lineOf(index),
        `Create ${folder}/${name} or remove it from the list.`,
      );
  });
  const rest = found.filter((name) => !ordered.includes(name));
  for (const name of rest) {
    if (unlisted === 'draft')
      bag.add({
        file: `${folder}/${name}`,
        severity: 'notice',
        rule: 'config/unlisted-file',
        message: `not listed under "${what}:" in the config, so it is not published`,
        hint: `Add "- ${name}" to ${what}: in the config to publish it.`,
      });
    else
      bag.add({
        file: `${folder}/${name}`,
        severity: 'warning',
        rule: 'config/unlisted-file',
        message: `not listed under "${what}:" in the config; Jekyll published its page anyway, so it is published after the listed episodes`,
        hint: `Add "- ${slugOf(name)}" to ${what}: in the config where it belongs in the lesson.`,
      });
  }
  return unlisted === 'after' ? [...ordered, ...rest] : ordered;
}

export interface LessonFiles {
  episodes: FoundFile[];
  pages: FoundFile[];
  /** Reference-link definitions shared by every page. */
  links?: string;
  /** Lesson-relative path of `links`. */
  linksFile?: string;
}

/** Top-level pages the Jekyll theme generated; this generator has its own versions of them. */
const replacedTemplatePages = new Set(['aio.md', '404.md', 'aio.html', '404.html']);

export function listSources(
  settings: LessonSettings,
  configBag: DiagnosticBag,
  configLine: (path: readonly PropertyKey[]) => number,
): LessonFiles {
  const { dir, format, layout } = settings;
  if (layout === 'md-outputs') return listMdOutputs(dir, settings, configBag, configLine);
  return format === 'styles'
    ? listStyles(dir, settings, configBag, configLine)
    : listWorkbench(dir, settings, configBag, configLine);
}

/** Files at the top of a Workbench lesson that sandpaper does not publish as pages. */
const workbenchNotPages = new Set(['README', 'CONTRIBUTING', 'links']);

/**
 * Pages sandpaper builds whatever the config lists, because it folds them into pages of its own:
 * the setup instructions (into the home page), the instructor notes and the learner profiles.
 */
const alwaysPublished: Record<string, (slug: string) => boolean> = {
  learners: (slug) => slug === 'setup',
  instructors: (slug) => slug === 'instructor-notes',
  profiles: () => true,
};

/**
 * sandpaper's md-outputs folder (see md-outputs.ts): the pages are the built files md5sum.txt
 * names, each in the section of its source (`learners/setup.md` → learners); episodes follow the
 * config's `episodes:` (source names, as in the lesson), or the table's order without one.
 */
function listMdOutputs(
  dir: string,
  settings: LessonSettings,
  bag: DiagnosticBag,
  configLine: (path: readonly PropertyKey[]) => number,
): LessonFiles {
  const db = parseBuiltDb(readLessonText(dir, builtDbFile, bag.items) ?? '');
  for (const problem of db.problems)
    bag.add({
      file: builtDbFile,
      severity: 'warning',
      rule: 'md-outputs/table',
      message: `${builtDbFile} line ${problem.line}: ${problem.message}; skipped`,
      line: problem.line,
    });
  const published = db.files.filter(({ source, built, line }) => {
    const folder = source.includes('/') ? source.slice(0, source.indexOf('/')) : '';
    const isPage =
      markdownFile.test(built) &&
      (['episodes', 'learners', 'instructors', 'profiles'].includes(folder) ||
        (folder === '' && !workbenchNotPages.has(slugOf(source))));
    if (!isPage) return false;
    if (isLessonFile(dir, built)) return true;
    bag.add({
      file: builtDbFile,
      severity: 'warning',
      rule: 'md-outputs/missing-file',
      message: `lists ${source} as built into ${built}, but there is no ${built}; skipped`,
      line,
      hint: 'Build the lesson again with sandpaper, or remove the row.',
    });
    return false;
  });
  const inFolder = (folder: string) =>
    published.filter(({ source }) =>
      folder ? source.startsWith(`${folder}/`) : !source.includes('/'),
    );
  /** Built files of a folder, in the order the config lists their sources. */
  const ordered = (folder: 'episodes' | 'learners' | 'instructors' | 'profiles') => {
    const files = inFolder(folder);
    const nameOf = (f: BuiltFile) => f.source.slice(folder.length + 1);
    const list = settings.siteVariables[folder];
    const listed =
      Array.isArray(list) && list.length
        ? list.filter((v): v is string => typeof v === 'string')
        : undefined;
    const names = applyOrder(files.map(nameOf), listed, bag, {
      what: folder,
      folder: `${builtDbFile} (${folder}/)`,
      lineOf: (i) => configLine([folder, i]),
      unlisted: folder === 'episodes' ? 'draft' : 'after',
    });
    return names.map((name) => files.find((f) => nameOf(f) === name)!);
  };
  const page = (section: PageSection) => (f: BuiltFile) => ({
    file: f.built,
    slug: slugOf(f.built),
    section: section === 'top' && slugOf(f.built) === 'index' ? ('home' as const) : section,
  });
  return {
    episodes: ordered('episodes').map((f) => ({ file: f.built, slug: slugOf(f.built) })),
    pages: [
      ...inFolder('')
        .sort((a, b) => Number(slugOf(b.built) === 'index') - Number(slugOf(a.built) === 'index'))
        .map(page('top')),
      ...ordered('learners').map(page('learners')),
      ...ordered('instructors').map(page('instructors')),
      ...ordered('profiles').map(page('profiles')),
    ],
    links: readLessonText(dir, 'links.md', bag.items),
    linksFile: 'links.md',
  };
}

function listWorkbench(
  dir: string,
  settings: LessonSettings,
  bag: DiagnosticBag,
  configLine: (path: readonly PropertyKey[]) => number,
): LessonFiles {
  const config = settings.siteVariables;
  const listedIn = (key: string): string[] | undefined => {
    const list = config[key];
    return Array.isArray(list) && list.length
      ? list.filter((v): v is string => typeof v === 'string')
      : undefined;
  };
  const episodes = applyOrder(
    preferRmd(markdownIn(dir, 'episodes', bag), settings.episodeOrder, 'episodes', bag),
    settings.episodeOrder,
    bag,
    {
      what: 'episodes',
      folder: 'episodes',
      lineOf: (i) => configLine(['episodes', i]),
      unlisted: 'draft',
    },
  );
  const section = (folder: 'learners' | 'instructors' | 'profiles'): FoundFile[] => {
    const listed = listedIn(folder);
    const found = preferRmd(markdownIn(dir, folder, bag), listed, folder, bag);
    const always = found.filter((name) => alwaysPublished[folder]!(slugOf(name)));
    const ordered = applyOrder(
      found.filter((name) => !listed || !always.includes(name) || listed.includes(name)),
      listed,
      bag,
      { what: folder, folder, lineOf: (i) => configLine([folder, i]), unlisted: 'draft' },
    );
    const names = [...always.filter((name) => !ordered.includes(name)), ...ordered];
    return names.map((name) => ({
      file: `${folder}/${name}`,
      slug: slugOf(name),
      section: folder,
    }));
  };
  // sandpaper builds every Markdown file at the top of the lesson, index first.
  const top = preferRmd(markdownIn(dir, '', bag), undefined, '', bag)
    .filter((name) => !workbenchNotPages.has(slugOf(name)))
    .sort((a, b) => Number(slugOf(b) === 'index') - Number(slugOf(a) === 'index'));
  return {
    episodes: episodes.map((name) => ({ file: `episodes/${name}`, slug: slugOf(name) })),
    pages: [
      ...top.map((name) => ({
        file: name,
        slug: slugOf(name),
        section: (slugOf(name) === 'index' ? 'home' : 'top') as PageSection,
      })),
      ...section('learners'),
      ...section('instructors'),
      ...section('profiles'),
    ],
    links: readLessonText(dir, 'links.md', bag.items),
    linksFile: 'links.md',
  };
}

/**
 * The files of a folder (`''` for the lesson's top) that Jekyll reads, as its `EntryFilter` reads
 * them: none that the config's `exclude:` names, and none whose name (or folder's) starts with
 * `_`, `#` or `~` or ends with `~` (drafts, partials, editor backups) unless `include:` names it;
 * hidden files never reach here. A file left out gets a notice, as Jekyll left it out.
 */
function readByJekyll(
  names: string[],
  folder: string,
  settings: LessonSettings,
  bag: DiagnosticBag,
): string[] {
  const include = settings.siteVariables.include;
  const included = new Set(Array.isArray(include) ? include.map(String) : []);
  const excluded = jekyllExcluder(settings.siteVariables.exclude, include);
  return names.filter((path) => {
    const file = folder ? `${folder}/${path}` : path;
    if (excluded(file)) {
      bag.add({
        file,
        severity: 'notice',
        rule: 'styles/excluded',
        message:
          'the config\'s "exclude:" names this file, so it is left out, as Jekyll left it out',
        hint: 'Remove it from "exclude:" in _config.yml to publish it.',
      });
      return false;
    }
    // A folder of the collection is read by the same rule as a file (`_drafts/x.md`).
    const name = path.split('/').find((part) => jekyllSpecial(part) && !included.has(part));
    if (!name) return true;
    const what = name === path.slice(path.lastIndexOf('/') + 1) ? 'file' : 'folder';
    bag.add({
      file,
      severity: 'notice',
      rule: 'styles/special-name',
      message: `Jekyll skips a ${what} whose name starts with "${name[0]}"${name.endsWith('~') ? ' or ends with "~"' : ''}, so this one is not published`,
      hint: `Rename it without the leading "${name[0]}" to publish it, or add it to "include:" in _config.yml.`,
    });
    return false;
  });
}

function listStyles(
  dir: string,
  settings: LessonSettings,
  bag: DiagnosticBag,
  configLine: (path: readonly PropertyKey[]) => number,
): LessonFiles {
  // A collection's pages, subfolders included (`_episodes/part2/11-entry.md`), as Jekyll reads
  // them: Markdown, and HTML with frontmatter (without, Jekyll copies it: an R preview, say).
  const collection = (folder: string) =>
    readByJekyll(
      markdownIn(dir, folder, bag, stylesSource, { recursive: true }).filter(
        (n) => !htmlSource.test(n) || startsWithFrontmatter(readLessonText(dir, `${folder}/${n}`)),
      ),
      folder,
      settings,
      bag,
    );
  // An R Markdown episode is published from its knitted _episodes/*.md when there is one (that
  // has R's output); otherwise from _episodes_rmd/*.Rmd itself, with its code shown and not run,
  // since the styles build knitted every .Rmd before Jekyll ran.
  const knitted = collection('_episodes').filter((n) => !n.endsWith('.Rmd'));
  const knittedSlugs = new Set(knitted.map(slugOf));
  const unknitted = collection('_episodes_rmd').filter(
    (n) => n.endsWith('.Rmd') && !knittedSlugs.has(slugOf(n)),
  );
  const folderOf = new Map([
    ...knitted.map((n) => [n, '_episodes'] as const),
    ...unknitted.map((n) => [n, '_episodes_rmd'] as const),
  ]);
  const episodes = applyOrder([...knitted, ...unknitted].sort(byName), settings.episodeOrder, bag, {
    what: 'episode_order',
    folder: '_episodes',
    lineOf: (i) => configLine(['episode_order', i]),
    unlisted: 'after',
  });
  const extras = collection('_extras')
    .filter((n) => !n.endsWith('.Rmd'))
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
  const top = readByJekyll(
    markdownIn(dir, '', bag, stylesSource)
      .filter((name) => !name.endsWith('.Rmd') && !replacedTemplatePages.has(name))
      .filter((name) => startsWithFrontmatter(readLessonText(dir, name))),
    '',
    settings,
    bag,
  );
  const topPages: FoundFile[] = top.map((name) => ({
    file: name,
    slug: slugOf(name),
    section: (slugOf(name) === 'index' ? 'home' : 'top') as PageSection,
  }));
  const extraPages: FoundFile[] = extras.map((name) => ({
    file: `_extras/${name}`,
    slug: collectionSlug(name, `_extras/${name}`, bag),
    section: 'extras' as PageSection,
  }));
  // Any other collection the config declares with `output: true` (`_slides/`): Jekyll published
  // its documents too, at `/slides/deck.html`. They are pages here, listed with the extras, at
  // `/slides-deck/`; Jekyll's address leads there.
  const collectionPages: FoundFile[] = outputCollections(settings).flatMap((name) =>
    collection(`_${name}`)
      .filter((n) => !n.endsWith('.Rmd'))
      .map((n) => ({
        file: `_${name}/${n}`,
        slug: `${name}-${collectionSlug(n, `_${name}/${n}`, bag)}`,
        section: 'extras' as PageSection,
      })),
  );
  const episodeFiles: FoundFile[] = episodes.map((name) => {
    const file = `${folderOf.get(name) ?? '_episodes'}/${name}`;
    return { file, slug: collectionSlug(name, file, bag) };
  });
  const taken = new Set([
    ...topPages.map((p) => p.slug),
    ...extraPages.map((p) => p.slug),
    ...collectionPages.map((p) => p.slug),
    ...episodeFiles.map((e) => e.slug),
  ]);
  return {
    episodes: episodeFiles,
    pages: [
      ...topPages,
      ...extraPages,
      ...collectionPages,
      ...nestedStylesPages(dir, settings, taken, bag),
    ],
    links:
      readLessonText(dir, '_includes/links.md', bag.items) ??
      readLessonText(dir, 'links.md', bag.items),
    linksFile: isLessonFile(dir, '_includes/links.md') ? '_includes/links.md' : 'links.md',
  };
}

const startsWithFrontmatter = (text: string | undefined) => opensFrontmatter(text ?? '');

/**
 * Markdown and HTML files with frontmatter in the lesson's own folders (`setup/index.md`): Jekyll
 * renders them as pages, at `/setup/` for an `index.md` and `/setup/notes.html` for `notes.md`.
 * Pages here live at `/<slug>/` with a one-part slug, so the folder and name are joined with `-`
 * (`setup-notes`); an `index.md` takes its folder's name unless a page already has it.
 */
function nestedStylesPages(
  dir: string,
  settings: LessonSettings,
  taken: Set<string>,
  bag: DiagnosticBag,
): FoundFile[] {
  const excluded = jekyllExcluder(settings.siteVariables.exclude, settings.siteVariables.include);
  const walk = walkLesson(dir, '', {
    include: (path, isDirectory) =>
      !jekyllSpecial(path.slice(path.lastIndexOf('/') + 1)) &&
      !excluded(path) &&
      (isDirectory || (path.includes('/') && stylesSource.test(path) && !path.endsWith('.Rmd'))),
  });
  for (const problem of walk.problems) bag.add(problem);
  const pages: FoundFile[] = [];
  for (const file of [...walk.files.keys()].sort(byName)) {
    if (!startsWithFrontmatter(readLessonText(dir, file))) continue;
    const index = /\/index\.\w+$/.exec(file);
    const jekyllPath = index
      ? `/${file.slice(0, index.index + 1)}`
      : `/${file.replace(stylesSource, '.html')}`;
    const joined = file
      .replace(/\/index\.\w+$/, '')
      .replace(stylesSource, '')
      .replace(/\//g, '-');
    const slug =
      taken.has(joined) || reservedSlugs.has(joined)
        ? `${slugOf(file).replace(/\//g, '-')}`
        : joined;
    taken.add(slug);
    if (`/${slug}/` !== jekyllPath)
      bag.add({
        file,
        severity: slug === joined ? 'notice' : 'warning',
        rule: 'styles/nested-page',
        message:
          slug === joined
            ? `Jekyll published this page at ${jekyllPath}; here it is /${slug}/ (pages live at /<name>/)`
            : `Jekyll published this page at ${jekyllPath}, which here is the URL of another page; it is published at /${slug}/`,
        hint: 'Link to it by its source file name (such as setup/index.md) so that the link follows it.',
      });
    pages.push({ file, slug, section: 'top' });
  }
  return pages;
}

/**
 * The slug of a collection document: its path in the collection without the extension, a
 * subfolder joined with `-` (`part2/11-entry.md` → `part2-11-entry`), since pages here live at
 * `/<name>/`. Jekyll published such a document in its folder (`/part2/11-entry/`); that address
 * leads here (`legacyRedirects`), which a notice says.
 */
function collectionSlug(name: string, file: string, bag: DiagnosticBag): string {
  const slug = slugOf(name).replace(/\//g, '-');
  if (name.includes('/'))
    bag.add({
      file,
      severity: 'notice',
      rule: 'styles/nested-page',
      message: `Jekyll published this page in its folder; here it is /${slug}/ (pages live at /<name>/), and Jekyll's address leads to it`,
      hint: 'Link to it by its source file name so that the link follows it.',
    });
  return slug;
}

/** Collections the lesson itself declares, as Jekyll publishes them: those with `output: true`. */
function outputCollections(settings: LessonSettings): string[] {
  const declared = settings.siteVariables.collections;
  if (typeof declared !== 'object' || declared === null || Array.isArray(declared)) return [];
  return Object.entries(declared as Record<string, unknown>)
    .filter(([name, options]) => {
      if (builtInCollections.has(name) || !/^[\w-]+$/.test(name)) return false;
      return (options as { output?: unknown } | null)?.output === true;
    })
    .map(([name]) => name)
    .sort(byName);
}

/** Collections read elsewhere: the lesson's episodes and extras, and Jekyll's blog posts. */
const builtInCollections = new Set(['episodes', 'episodes_rmd', 'extras', 'posts']);

/** The styles theme's figures page collected images with Liquid and a script; ours is generated. */
const isThemeFiguresPage = (text: string) =>
  /\{%\s*include\s+(all_figures\.html|manual_episode_order\.html)/.test(text);
