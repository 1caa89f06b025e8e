import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { Diagnostic } from '../lib/diagnostics.ts';
import { detectFormat } from '../lib/lesson/detect-layout.ts';
import { walkLesson, type WalkOptions } from '../lib/lesson/lesson-files.ts';
import { isToolchainPath } from '../lib/lesson/toolchain-folders.ts';

/**
 * What `lesson-site build` needs to know of its last build to redo only what one edit changed
 * (src/cli/rebuild.ts). The content loader writes the lesson's half when a build syncs (every
 * page's digest, the digest of what the site shows of it besides its HTML, its HTML files in the
 * cache, its diagnostics); the command seals it with the output folder's half once the whole
 * build has succeeded. Anything the record cannot vouch for means a full build.
 */

/** Bumped whenever what a record means changes: an older record is ignored. */
const recordVersion = 1;

export interface RecordedPage {
  id: string;
  digest: string;
  /** Digest of the stored entry without its HTML: what other pages and the page shell read. */
  fields: string;
  htmlFile: string;
  aioHtmlFile?: string;
  diagnostics: Diagnostic[];
}

/** The lesson's half, from the content loader. */
export interface SyncRecord {
  version: number;
  /** Absolute path of the output folder of the build that synced. */
  out: string;
  /** Every lesson file but the episodes' sources (`lessonStamp`), as the sync found them. */
  lessonStamp: string;
  base: string;
  site?: string;
  shared: string;
  pages: RecordedPage[];
  /** Lesson paths the site publishes because a page links to them. */
  linkedFiles: string[];
}

/** The whole record: the sync's, and the output it became. */
export interface BuildRecord extends SyncRecord {
  /** The generator's code (`siteGeneratorFingerprint`, src/loaders/generator-fingerprint.ts). */
  generator: string;
  /** SITE_URL and BASE_PATH as the build saw them (with the lesson config, they decide base and site). */
  location: Record<string, string>;
  /** Every file of the output folder (`folderStamp`) when the build finished. */
  outputStamp: string;
}

/**
 * Both halves are kept per output folder: builds of one lesson into two folders (the site and a
 * PDF's, a second base path) each keep their own record, and two at once never mix them.
 */
const recordFile = (cacheDir: string, out: string, half: 'sync' | 'build') =>
  join(
    cacheDir,
    `lesson-site-${half}-${createHash('sha256').update(resolve(out)).digest('hex').slice(0, 12)}.json`,
  );

export function writeSyncRecord(cacheDir: string, record: Omit<SyncRecord, 'version'>): void {
  writeJson(recordFile(cacheDir, record.out, 'sync'), { version: recordVersion, ...record });
}

/** Forget the last build into `out`: the folder is about to change under another build. */
export function forgetBuild(cacheDir: string, out: string): void {
  rmSync(recordFile(cacheDir, out, 'build'), { force: true });
  rmSync(recordFile(cacheDir, out, 'sync'), { force: true });
}

/** The record of the last build into `out`, if that build succeeded and left one; else undefined. */
export function readBuildRecord(cacheDir: string, out: string): BuildRecord | undefined {
  const record = readJson(recordFile(cacheDir, out, 'build')) as BuildRecord | undefined;
  return record?.version === recordVersion && record.out === resolve(out) ? record : undefined;
}

/** Seal the sync's record with the output folder it became; false when the sync left none. */
export function sealBuildRecord(
  cacheDir: string,
  out: string,
  output: Omit<BuildRecord, keyof SyncRecord>,
): boolean {
  const file = recordFile(cacheDir, out, 'sync');
  const sync = readJson(file) as SyncRecord | undefined;
  rmSync(file, { force: true });
  if (sync?.version !== recordVersion || sync.out !== resolve(out)) return false;
  writeBuildRecord(cacheDir, { ...sync, ...output });
  return true;
}

export function writeBuildRecord(cacheDir: string, record: BuildRecord): void {
  writeJson(recordFile(cacheDir, record.out, 'build'), record);
}

/** Where the record of the last build into `out` is kept (for tests that tamper with it). */
export const buildRecordFile = (cacheDir: string, out: string) =>
  recordFile(cacheDir, out, 'build');

function writeJson(path: string, value: unknown): void {
  mkdirSync(dirname(path), { recursive: true });
  // Written whole, then renamed: an interrupted write never leaves half a record.
  writeFileSync(`${path}.tmp`, JSON.stringify(value));
  renameSync(`${path}.tmp`, path);
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** One file as a stamp sees it: where, how long, when last written. */
export type FileStamp = readonly [path: string, size: number, modified: number];

/**
 * Every file the lesson-file walk finds under `dir` (`walkLesson`: links followed through its
 * gate, dot-names skipped), as `FileStamp`s with paths relative to `dir`. A file written since
 * shows as another stamp.
 */
function filesUnder(dir: string, include?: WalkOptions['include']): FileStamp[] {
  return [...walkLesson(dir, '', { include }).files].map(([path, real]) => {
    try {
      const stat = statSync(real);
      // Whole milliseconds: what every file system and copy tool keeps of a modification time.
      return [path, stat.size, Math.trunc(stat.mtimeMs)];
    } catch {
      return [path, -1, 0]; // gone since the walk: a change too
    }
  });
}

/** A digest of stamps, leaving out the paths in `without`. */
export function stampOf(
  stamps: readonly FileStamp[],
  without: ReadonlySet<string> = new Set(),
): string {
  const hash = createHash('sha256');
  for (const stamp of stamps) if (!without.has(stamp[0])) hash.update(`${stamp.join('\0')}\n`);
  return hash.digest('hex').slice(0, 20);
}

/**
 * The stamps of a lesson's files: its output folder, wherever it is, and the folders its own
 * toolchain fills (Jekyll's `_site`, sandpaper's `site/` and renv library) left out.
 */
export function lessonFiles(dir: string, outDir: string): FileStamp[] {
  const out = relative(dir, resolve(outDir)).split(sep).join('/');
  const format = detectFormat(dir);
  return filesUnder(
    dir,
    (path) => path !== out && !path.startsWith(`${out}/`) && !isToolchainPath(format, path),
  );
}

/** A digest of the output folder's files. */
export const folderStamp = (dir: string) => (existsSync(dir) ? stampOf(filesUnder(dir)) : '');
