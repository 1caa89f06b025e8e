import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';

/** `styles`: Jekyll (`_config.yml` + `_episodes/`); `workbench`: sandpaper, an overview lesson included. */
export type SweepFormat = 'styles' | 'workbench';

export interface FoundLesson {
  /** Folder name, made unique among the lessons found (`name`, then `parent-name`). */
  name: string;
  /** Absolute path of the lesson folder. */
  dir: string;
  format: SweepFormat;
  /** A Workbench overview lesson (`overview: true`, no `episodes/`): a landing page for other lessons. */
  overview: boolean;
}

const isDir = (path: string) => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** `overview: true` in a Workbench config; a config that does not parse is not an overview. */
function isOverview(configPath: string): boolean {
  try {
    const config = parse(readFileSync(configPath, 'utf8')) as unknown;
    return (
      typeof config === 'object' &&
      config !== null &&
      (config as Record<string, unknown>).overview === true
    );
  } catch {
    return false;
  }
}

/** The lesson in `dir` itself, if it is one (not its subfolders). */
export function lessonAt(dir: string): Omit<FoundLesson, 'name'> | undefined {
  if (existsSync(join(dir, '_config.yml')) && isDir(join(dir, '_episodes')))
    return { dir, format: 'styles', overview: false };
  if (!existsSync(join(dir, 'config.yaml'))) return undefined;
  if (isDir(join(dir, 'episodes'))) return { dir, format: 'workbench', overview: false };
  return isOverview(join(dir, 'config.yaml'))
    ? { dir, format: 'workbench', overview: true }
    : undefined;
}

/**
 * Every lesson under the given folders, depth first in name order. Symlinks are not followed (a
 * corpus may link lessons to each other), dot-folders and node_modules are skipped, and a lesson's
 * own subfolders are not searched (its `episodes/` is not another lesson).
 */
export function findLessons(roots: readonly string[]): FoundLesson[] {
  const found: Omit<FoundLesson, 'name'>[] = [];
  const seen = new Set<string>();
  const visit = (dir: string) => {
    if (seen.has(dir)) return;
    seen.add(dir);
    const lesson = lessonAt(dir);
    if (lesson) return void found.push(lesson);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      // isDirectory() is false for a symlink to a folder, which is what keeps links unfollowed.
      if (!entry.isDirectory() || entry.name.startsWith('.') || entry.name === 'node_modules')
        continue;
      visit(join(dir, entry.name));
    }
  };
  for (const root of roots) visit(root);
  return uniqueNames(found);
}

/** Two corpora may hold lessons of the same folder name; the parent's name tells them apart. */
function uniqueNames(lessons: Omit<FoundLesson, 'name'>[]): FoundLesson[] {
  const count = new Map<string, number>();
  for (const { dir } of lessons) count.set(basename(dir), (count.get(basename(dir)) ?? 0) + 1);
  return lessons.map((lesson) => {
    const name = basename(lesson.dir);
    return {
      name: (count.get(name) ?? 0) > 1 ? `${basename(join(lesson.dir, '..'))}-${name}` : name,
      ...lesson,
    };
  });
}
