import {
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  type Dirent,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { diagnostic, type Diagnostic } from '../diagnostics.ts';
import type { RuleWith } from '../rules.ts';

/**
 * The one gate between a lesson folder and everything the generator reads or publishes from it.
 *
 * Lessons take pull requests from strangers, and CI uploads what the build writes. A symbolic link
 * is followed only when its real path stays inside the lesson and outside every dot-folder
 * (`.git` holds the job's token when `actions/checkout` persists credentials; `.env`, `.github`…);
 * anything else is refused with a warning naming the link, the way Jekyll's safe mode and GitHub
 * Pages refuse links out of the site source. Dangling links, loops, unreadable folders and files
 * that are not regular files are warnings too, never a crash.
 */

/** Why a lesson path cannot be used. */
export type Refusal = 'outside' | 'hidden' | 'dangling' | 'loop' | 'not-a-file' | 'unreadable';

export type Resolved =
  | { ok: true; real: string; isDirectory: boolean }
  | { ok: false; refusal: Refusal; target?: string };

const toPosix = (path: string) => path.split(sep).join('/');

/** Lesson-relative path of a real path, or undefined when it is outside `rootReal`. */
function insideRoot(rootReal: string, real: string): string | undefined {
  if (real === rootReal) return '';
  const rel = relative(rootReal, real);
  return rel.startsWith('..') || rel === '' || /^[a-zA-Z]:|^\//.test(rel)
    ? undefined
    : toPosix(rel);
}

const isHidden = (lessonPath: string) => lessonPath.split('/').some((part) => part.startsWith('.'));

/** Real path of the lesson folder itself (which may sit behind a link, such as macOS's /tmp). */
const rootCache = new Map<string, string>();
function realRoot(root: string): string {
  let real = rootCache.get(root);
  if (real === undefined) {
    try {
      real = realpathSync(root);
    } catch {
      return resolve(root); // no such folder (yet): every path in it reads as missing
    }
    rootCache.set(root, real);
  }
  return real;
}

/**
 * Resolve a lesson-relative path (`fig/plot.png`, `_includes/links.md`) through any symbolic
 * links, and say whether it may be read: its real path must be inside the lesson folder and not
 * inside a dot-folder. The path itself may not climb out of the lesson either (`../x`).
 */
export function resolveInLesson(root: string, lessonPath: string): Resolved {
  const rootReal = realRoot(root);
  const logical = insideRoot(rootReal, join(rootReal, lessonPath));
  if (logical === undefined) return { ok: false, refusal: 'outside', target: lessonPath };
  if (isHidden(logical)) return { ok: false, refusal: 'hidden', target: logical };
  let real: string;
  try {
    real = realpathSync(join(rootReal, lessonPath));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      ok: false,
      refusal:
        code === 'ELOOP'
          ? 'loop'
          : code === 'ENOENT' || code === 'ENOTDIR'
            ? 'dangling'
            : 'unreadable',
      target: linkTarget(join(rootReal, lessonPath)),
    };
  }
  const inside = insideRoot(rootReal, real);
  if (inside === undefined) return { ok: false, refusal: 'outside', target: real };
  if (isHidden(inside)) return { ok: false, refusal: 'hidden', target: inside };
  try {
    const stats = statSync(real);
    if (stats.isDirectory()) return { ok: true, real, isDirectory: true };
    if (stats.isFile()) return { ok: true, real, isDirectory: false };
    return { ok: false, refusal: 'not-a-file', target: inside };
  } catch {
    return { ok: false, refusal: 'unreadable', target: inside };
  }
}

/** The text a symbolic link holds, for messages; undefined for a plain path. */
function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path, 'utf8') : undefined;
  } catch {
    return undefined;
  }
}

const refusalText: Record<Refusal, (target?: string) => string> = {
  outside: (target) => `links outside the lesson${target ? ` (to ${target})` : ''}; not published`,
  hidden: (target) =>
    `links into a hidden folder or file${target ? ` (${target})` : ''}; not published`,
  dangling: (target) => `is a symbolic link to nothing${target ? ` (${target})` : ''}; skipped`,
  loop: () => 'is a symbolic link loop; skipped',
  'not-a-file': () => 'is not a regular file (a device, socket or pipe); skipped',
  unreadable: () => 'could not be read; skipped',
};

const refusalHint: Record<Refusal, string> = {
  outside: 'Copy the file into the lesson instead of linking to it.',
  hidden:
    'Hidden folders such as .git are never published; copy what a page needs into the lesson.',
  dangling: 'Remove the link or point it at a file in the lesson.',
  loop: 'Remove the link: it points (through other links) at itself.',
  'not-a-file': 'Remove it from the lesson folder.',
  unreadable: 'Check the file permissions.',
};

/** Spelt out so that each id is a literal the rule table's test finds in the source. */
const refusalRule = {
  outside: 'files/outside',
  hidden: 'files/hidden',
  dangling: 'files/dangling',
  loop: 'files/loop',
  'not-a-file': 'files/not-a-file',
  unreadable: 'files/unreadable',
} as const satisfies Record<Refusal, RuleWith<'warning'>>;

/** The warning for a refused lesson path, reported at that path. */
export function refusalDiagnostic(
  lessonPath: string,
  refusal: Refusal,
  target?: string,
): Diagnostic {
  return diagnostic({
    file: lessonPath,
    severity: 'warning',
    rule: refusalRule[refusal],
    message: refusalText[refusal](target),
    hint: refusalHint[refusal],
  });
}

/**
 * Read a lesson file as UTF-8 text through the gate; undefined (and a warning in `problems`)
 * when the path is refused, undefined silently when it simply does not exist.
 */
export function readLessonText(
  root: string,
  lessonPath: string,
  problems?: Diagnostic[],
): string | undefined {
  const bytes = readLessonBytes(root, lessonPath, problems);
  return bytes === undefined ? undefined : bytes.toString('utf8');
}

/**
 * A lesson file's text, or why the gate refused it (undefined when it does not exist), for
 * callers that report the problem at the place that named the file.
 */
export function readLessonFile(
  root: string,
  lessonPath: string,
): { text: string } | { refused: string } | undefined {
  const problems: Diagnostic[] = [];
  const text = readLessonText(root, lessonPath, problems);
  if (text !== undefined) return { text };
  return problems[0] ? { refused: problems[0].message } : undefined;
}

export function readLessonBytes(
  root: string,
  lessonPath: string,
  problems?: Diagnostic[],
): Buffer | undefined {
  const resolved = resolveInLesson(root, lessonPath);
  if (!resolved.ok) {
    if (!(resolved.refusal === 'dangling' && resolved.target === undefined))
      problems?.push(refusalDiagnostic(lessonPath, resolved.refusal, resolved.target));
    return undefined;
  }
  if (resolved.isDirectory) return undefined;
  try {
    return readFileSync(resolved.real);
  } catch {
    problems?.push(refusalDiagnostic(lessonPath, 'unreadable'));
    return undefined;
  }
}

/** True when the lesson has a readable regular file at `lessonPath` (through the gate). */
export function isLessonFile(root: string, lessonPath: string): boolean {
  const resolved = resolveInLesson(root, lessonPath);
  return resolved.ok && !resolved.isDirectory;
}

/** True when the lesson has a folder at `lessonPath` (through the gate). */
export function isLessonFolder(root: string, lessonPath: string): boolean {
  const resolved = resolveInLesson(root, lessonPath);
  return resolved.ok && resolved.isDirectory;
}

export interface WalkOptions {
  /**
   * Called for every entry before it is resolved, with its lesson-relative path; false skips it
   * (and, for a folder, everything in it). Dot-names are always skipped before this is asked.
   */
  include?: (lessonPath: string, isDirectory: boolean) => boolean;
}

export interface WalkResult {
  /** Lesson-relative path (through links, as a reader sees it) → real path on disk. */
  files: Map<string, string>;
  /** One warning per refused link, loop or unreadable entry. */
  problems: Diagnostic[];
}

/**
 * Every readable regular file under `folder` (lesson-relative; '' for the whole lesson), in
 * code-point order. Links are followed through the gate; a folder reached again through a link
 * (a loop) is reported once and not entered.
 */
export function walkLesson(root: string, folder: string, options: WalkOptions = {}): WalkResult {
  const files = new Map<string, string>();
  const problems: Diagnostic[] = [];
  const start = resolveInLesson(root, folder);
  if (!start.ok || !start.isDirectory) return { files, problems };
  const visit = (realDir: string, lessonDir: string, ancestors: Set<string>) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(realDir, { withFileTypes: true });
    } catch {
      problems.push(refusalDiagnostic(lessonDir || '.', 'unreadable'));
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const lessonPath = lessonDir ? `${lessonDir}/${entry.name}` : entry.name;
      if (entry.isDirectory() || entry.isFile()) {
        if (options.include && !options.include(lessonPath, entry.isDirectory())) continue;
        if (entry.isFile()) files.set(lessonPath, join(realDir, entry.name));
        else
          visit(
            join(realDir, entry.name),
            lessonPath,
            new Set([...ancestors, join(realDir, entry.name)]),
          );
        continue;
      }
      if (!entry.isSymbolicLink()) {
        if (!options.include || options.include(lessonPath, false))
          problems.push(refusalDiagnostic(lessonPath, 'not-a-file'));
        continue;
      }
      const resolved = resolveInLesson(root, lessonPath);
      if (!resolved.ok) {
        if (!options.include || options.include(lessonPath, false))
          problems.push(refusalDiagnostic(lessonPath, resolved.refusal, resolved.target));
        continue;
      }
      if (options.include && !options.include(lessonPath, resolved.isDirectory)) continue;
      if (!resolved.isDirectory) files.set(lessonPath, resolved.real);
      else if (ancestors.has(resolved.real)) problems.push(refusalDiagnostic(lessonPath, 'loop'));
      else visit(resolved.real, lessonPath, new Set([...ancestors, resolved.real]));
    }
  };
  visit(start.real, folder.replace(/\/+$/, ''), new Set([start.real]));
  return { files, problems };
}
