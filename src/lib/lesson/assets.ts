import { closeSync, openSync, readSync } from 'node:fs';
import { isAbsolute, relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics.ts';
import { opensFrontmatter } from '../frontmatter.ts';
import { walkLesson } from './lesson-files.ts';
import { htmlSource, markdownSource } from './source-extensions.ts';
import type { LessonFormat, LessonSettings } from './types.ts';
import { publishedAssetPath } from './urls.ts';

/** Workbench folders whose files sandpaper publishes (`episodes/fig` → `/fig`). */
const workbenchAssetFolders = ['episodes', 'learners', 'instructors', 'profiles'];

/**
 * What Jekyll never copies whatever the config says: its own defaults for `exclude:` (bundler and
 * Node folders, caches, Gemfiles). Names starting with `_`, `.`, `#` or `~` are skipped by rule.
 */
const jekyllDefaultExcludes = [
  '.sass-cache',
  '.jekyll-cache',
  'gemfiles',
  'Gemfile',
  'Gemfile.lock',
  'node_modules',
  'vendor/bundle/',
  'vendor/cache/',
  'vendor/gems/',
  'vendor/ruby/',
];

/** Whether a file starts with a `---` frontmatter line (read from its head only). */
function hasFrontmatter(real: string): boolean {
  const head = Buffer.alloc(64);
  let fd: number | undefined;
  try {
    fd = openSync(real, 'r');
    const read = readSync(fd, head, 0, head.length, 0);
    return opensFrontmatter(head.subarray(0, read).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
/** Names Jekyll skips by rule: starting with `_`, `.`, `#` or `~`, or ending with `~`. */
export const jekyllSpecial = (name: string) => /^[._#~]/.test(name) || name.endsWith('~');

/** Files of sandpaper's md-outputs folder that are its bookkeeping, not the lesson's. */
const mdOutputsBookkeeping = new Set(['md5sum.txt', 'config.yaml', 'renv.lock']);

export interface LessonAssets {
  /** Published site path (`fig/x.png`) → real file on disk, inside the lesson. */
  files: Map<string, string>;
  /** Published site path (`fig/x.png`) → lesson path (`episodes/fig/x.png`). */
  sources: Map<string, string>;
  /** Links refused or skipped on the way (outside the lesson, dangling, loops). */
  problems: Diagnostic[];
}

export type AssetSettings = Pick<LessonSettings, 'dir' | 'format' | 'siteVariables' | 'layout'>;

/**
 * Every lesson file a page can reference (figures, data, downloads) and the site path it is
 * published at, as each format's own toolchain published it:
 * - styles: what Jekyll copies: every file whose path has no part starting with `_`, `.`, `#`
 *   or `~`, minus the config's `exclude:` and Jekyll's default excludes; Markdown pages are
 *   rendered, not copied;
 * - Workbench: what sandpaper copies from `episodes/`, `learners/`, `instructors/` and
 *   `profiles/` (their `fig/`, `files/`, `data/`…), published at the site root;
 * - sandpaper's md-outputs: every file of the folder but the Markdown and the bookkeeping.
 */
export function listAssets(
  settings: AssetSettings,
  { outDir }: { outDir?: string } = {},
): LessonAssets {
  const files = new Map<string, string>();
  const sources = new Map<string, string>();
  const problems: Diagnostic[] = [];
  // The build's own output folder when it is inside the lesson (`lesson-site build` writes to
  // `dist/` there): never lesson content, as Jekyll never copies its destination into the site.
  const output = outDir ? relative(settings.dir, outDir).split(sep).join('/') : '';
  const notOutput =
    output && !output.startsWith('..') && !isAbsolute(output)
      ? (path: string) => path !== output && !path.startsWith(`${output}/`)
      : () => true;
  const add = (found: Map<string, string>, format: LessonFormat) => {
    for (const [lessonPath, real] of found) {
      // Jekyll renders Markdown and HTML with frontmatter as pages and copies the rest (a README,
      // an HTML file of the author's) as it is.
      if (markdownSource.test(lessonPath) && (format === 'workbench' || hasFrontmatter(real)))
        continue;
      if (format === 'styles' && htmlSource.test(lessonPath) && hasFrontmatter(real)) continue;
      const sitePath = publishedAssetPath(lessonPath, format);
      files.set(sitePath, real);
      sources.set(sitePath, lessonPath);
    }
  };
  if (settings.format === 'styles') {
    const excluded = jekyllExcluder(settings.siteVariables.exclude, settings.siteVariables.include);
    const walk = walkLesson(settings.dir, '', {
      include: (path) =>
        !jekyllSpecial(path.slice(path.lastIndexOf('/') + 1)) && !excluded(path) && notOutput(path),
    });
    add(walk.files, 'styles');
    problems.push(...walk.problems);
  } else if (settings.layout === 'md-outputs') {
    // sandpaper copies its built folder to the site: fig/, data/, files/ at the root.
    const walk = walkLesson(settings.dir, '', {
      include: (path) => !mdOutputsBookkeeping.has(path) && notOutput(path),
    });
    add(walk.files, 'workbench');
    problems.push(...walk.problems);
  } else {
    for (const folder of workbenchAssetFolders) {
      const walk = walkLesson(settings.dir, folder, { include: notOutput });
      add(walk.files, 'workbench');
      problems.push(...walk.problems);
    }
  }
  return { files, sources, problems };
}

/**
 * Jekyll's test for `exclude:` entries: a path is excluded when it starts with an entry (a plain
 * string prefix, as Jekyll compares them: `bin` also excludes `binder/`) or matches it as a glob.
 * `include:` entries win over excludes.
 */
export function jekyllExcluder(
  exclude: unknown,
  include: unknown,
): (lessonPath: string) => boolean {
  const strings = (value: unknown) =>
    Array.isArray(value)
      ? value
          .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
          .map((v) => v.trim().replace(/^\.?\//, ''))
      : [];
  const included = new Set(strings(include));
  const patterns = [...jekyllDefaultExcludes, ...strings(exclude)].filter((p) => !included.has(p));
  const globs = patterns.filter((p) => /[*?[{]/.test(p)).map(globToRegExp);
  return (lessonPath) =>
    patterns.some((p) => lessonPath.startsWith(p) || `${lessonPath}/` === p) ||
    globs.some((g) => g.test(lessonPath));
}

/** Ruby's `File.fnmatch` without flags: `*` and `?` also match `/`. */
function globToRegExp(glob: string): RegExp {
  const body = glob
    .replace(/[.+^$()|\\]/g, '\\$&')
    .replace(/\*/g, '.*')
    .replace(/\?/g, '.')
    .replace(/\{([^}]*)\}/g, (_, alts: string) => `(?:${alts.split(',').join('|')})`);
  return new RegExp(`^${body}$`);
}
