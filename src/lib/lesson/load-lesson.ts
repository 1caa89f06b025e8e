import { DiagnosticBag, diagnostic, type Diagnostic } from '../diagnostics.ts';
import { mergedIntoGeneratedPage, reservedSlugs } from '../site-paths.ts';
import { splitFrontmatter } from '../frontmatter.ts';
import { detectFormat } from './detect-layout.ts';
import { listSources } from './list-sources.ts';
import { parseEpisodeFile, parsePageFile } from './parse-frontmatter.ts';
import { readConfig } from './read-config.ts';
import { readSourceText } from './read-text.ts';
import type { EpisodeSource, Lesson, LessonFormat, PageSource } from './types.ts';

/**
 * Read a lesson folder of either format into one model: settings, ordered episodes and pages with
 * validated frontmatter, and every diagnostic found on the way. Nothing here renders Markdown.
 */
export function loadLesson(dir: string): Lesson {
  const format = detectFormat(dir);
  if (!format) {
    const problem = diagnostic({
      file: dir,
      severity: 'error',
      rule: 'lesson/not-found',
      message: `no lesson found in ${dir}: expected an episodes/ folder (Workbench) or an _episodes/ folder (styles)`,
      hint: 'Point LESSON_DIR at the folder that contains the lesson.',
    });
    return {
      settings: {
        format: 'workbench',
        dir,
        title: 'Lesson',
        startMinutes: 540,
        branch: 'main',
        siteVariables: {},
      },
      episodes: [],
      pages: [],
      diagnostics: [problem],
    };
  }
  const config = readConfig(dir, format);
  const dialect = format === 'styles' ? 'jekyll' : 'sandpaper';
  const diagnostics: Diagnostic[] = [];
  const files = listSources(config.settings, config.bag, config.lineOf);
  diagnostics.push(...config.bag.items);

  const allEpisodes: EpisodeSource[] = files.episodes.map(({ file, slug }) => {
    const bag = new DiagnosticBag(file);
    const text = readSourceText(dir, file, bag, format);
    if (file.endsWith('.Rmd'))
      bag.notice(
        'source/rmd-not-executed',
        'R Markdown episode rendered as Markdown: its code chunks are shown but not executed',
        0,
      );
    // An unreadable file has its one error already; parsing '' would add a misleading second one.
    const parsed =
      text === undefined
        ? parseEpisodeFile(
            `---\ntitle: ${JSON.stringify(defaultTitle(slug))}\n---\n`,
            defaultTitle(slug),
            new DiagnosticBag(file),
          )
        : parseEpisodeFile(text, defaultTitle(slug), bag, dialect);
    diagnostics.push(...bag.items);
    return { file, slug, text: text ?? '', ...parsed };
  });

  const publishedEpisodes = publishedOnly(allEpisodes, format, diagnostics);

  const allPages: PageSource[] = files.pages.map(({ file, slug, section }) => {
    const bag = new DiagnosticBag(file);
    const text = readSourceText(dir, file, bag, format) ?? '';
    const parsed = parsePageFile(text, bag, dialect);
    diagnostics.push(...bag.items);
    const heading = /^#\s+(.+)$/m.exec(parsed.body)?.[1];
    const title =
      parsed.frontmatter.title ||
      (section === 'home' ? config.settings.title : heading?.trim() || defaultTitle(slug));
    return { file, slug, text, section: section ?? 'top', title, ...parsed };
  });
  const published = publishedOnly(allPages, format, diagnostics);
  const slugs = separateSlugs(
    [...publishedEpisodes, ...published.filter((p) => !mergedIntoGeneratedPage(p.section, p.slug))],
    format,
    diagnostics,
  );
  const moved = <T extends { file: string; slug: string }>(source: T): T =>
    slugs.has(source.file) ? { ...source, slug: slugs.get(source.file)! } : source;
  const episodes = publishedEpisodes.map(moved);
  const pages = published.map(moved);
  const links =
    files.links === undefined
      ? undefined
      : {
          file: files.linksFile ?? (format === 'styles' ? '_includes/links.md' : 'links.md'),
          text: splitFrontmatter(files.links).body,
        };
  return { settings: config.settings, episodes, pages, links, diagnostics };
}

/**
 * Jekyll leaves out a page whose frontmatter says `published: false` (the value false itself);
 * so does a styles lesson here, with a notice. Sandpaper has no such key. The home page stays.
 */
function publishedOnly<S extends { file: string; frontmatter: object; section?: string }>(
  sources: S[],
  format: LessonFormat,
  diagnostics: Diagnostic[],
): S[] {
  if (format !== 'styles') return sources;
  return sources.filter(({ file, frontmatter, section }) => {
    if ((frontmatter as { published?: unknown }).published !== false || section === 'home')
      return true;
    diagnostics.push(
      diagnostic({
        file,
        severity: 'notice',
        rule: 'styles/unpublished',
        message:
          'the frontmatter says "published: false", so this page is left out, as Jekyll left it out',
        hint: 'Delete the "published: false" line to publish it.',
      }),
    );
    return false;
  });
}

/** Titles the Jekyll theme's layouts supplied for pages that have none (`layout: reference`). */
const themeTitles: Record<string, string> = {
  reference: 'Reference',
  setup: 'Setup',
  LICENSE: 'Licenses',
  CODE_OF_CONDUCT: 'Code of Conduct',
  'instructor-notes': 'Instructor Notes',
};

/** `learner-profiles` → `Learner profiles`. */
export function defaultTitle(slug: string): string {
  const known = themeTitles[slug];
  if (known) return known;
  const words = slug
    .replace(/^\d+[-_]/, '')
    .replace(/[-_]+/g, ' ')
    .trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : slug;
}

/**
 * Sources that would be published at the same URL (`_episodes/setup.md` and `setup.md`; an
 * episode and `learners/setup.md`): the toolchain writes both to one file and the last one
 * written is what readers get. Here the first keeps the address and each later one is published
 * beside it, at `/setup-extras/` (its folder's name), with a warning, so neither is lost.
 * Returns the new slug of each moved file.
 */
function separateSlugs(
  sources: readonly { slug: string; file: string }[],
  format: LessonFormat,
  diagnostics: Diagnostic[],
): Map<string, string> {
  const taken = new Map<string, string>();
  const moved = new Map<string, string>();
  // A file's own name is never given to another: a new address avoids every original one.
  const named = new Set(sources.map((s) => s.slug));
  const toolchain = format === 'styles' ? 'Jekyll' : 'sandpaper';
  for (const { slug, file } of sources) {
    if (reservedSlugs.has(slug))
      diagnostics.push(
        diagnostic({
          file,
          severity: 'warning',
          rule: 'lesson/reserved-slug',
          message: `/${slug}/ is a page the generator builds itself, so this file is not published there`,
          hint: 'Rename the file to publish it under its own name.',
        }),
      );
    const other = taken.get(slug);
    if (!other) {
      taken.set(slug, file);
      continue;
    }
    const folder = /^_?([^/]+)\//.exec(file)?.[1] ?? 'page';
    let free = `${slug}-${folder}`;
    for (let n = 2; taken.has(free) || named.has(free); n++) free = `${slug}-${folder}-${n}`;
    taken.set(free, file);
    moved.set(file, free);
    diagnostics.push(
      diagnostic({
        file,
        severity: 'warning',
        rule: 'lesson/duplicate-slug',
        message: `${file} and ${other} would both be published at /${slug}/, where ${toolchain} keeps only the one it writes last; ${other} keeps /${slug}/ and this page is published at /${free}/`,
        hint: 'Rename one of the files, so each has an address of its own.',
      }),
    );
  }
  return moved;
}
