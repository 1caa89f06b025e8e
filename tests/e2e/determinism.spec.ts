/**
 * Determinism: the same lesson built twice gives byte-identical output (the same set of files,
 * every file equal). Cold twice (no content cache), and warm once (the digest cache from the
 * first build), so neither timestamps, random ids, map or readdir order nor the cache can leak
 * into the pages.
 *
 * The lesson is a copy of the default lesson in a temporary folder: its content cache
 * (node_modules/.astro/lessons/<hash of the folder>, see astro.config.mjs) is then its own, and
 * deleting it cannot disturb the default lesson's cache or a build someone else is running.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { lessonCacheFolder } from '../../src/lib/lesson/cache-folder.ts';
import { lessonRoot } from './helpers.ts';

/** The default lesson's own content: what an author's repository holds, without the generator. */
const lessonEntries = [
  'config.yaml',
  'index.md',
  'links.md',
  'episodes',
  'learners',
  'instructors',
  'profiles',
  'fig',
  'data',
  'files',
  'CODE_OF_CONDUCT.md',
  'LICENSE.md',
  'CITATION.cff',
];

function build(lessonDir: string, outDir: string): void {
  const astro = join(lessonRoot, 'node_modules/astro/bin/astro.mjs');
  execFileSync(process.execPath, [astro, 'build', '--silent', '--outDir', outDir], {
    cwd: lessonRoot,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, LESSON_DIR: lessonDir, SITE_URL: '', BASE_PATH: '' },
  });
}

/** Every file under `dir` by relative path → SHA-256 of its bytes. */
function digestTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else
        out.set(
          relative(dir, path).split(sep).join('/'),
          createHash('sha256').update(readFileSync(path)).digest('hex'),
        );
    }
  };
  walk(dir);
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : 1)));
}

function differences(a: Map<string, string>, b: Map<string, string>): string[] {
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  return names.flatMap((name) => {
    if (!a.has(name)) return [`only in the second build: ${name}`];
    if (!b.has(name)) return [`only in the first build: ${name}`];
    return a.get(name) === b.get(name) ? [] : [`differs: ${name}`];
  });
}

test('two builds of the same lesson are byte-identical (cold, warm, cold)', async () => {
  test.setTimeout(240_000);
  const work = mkdtempSync(join(tmpdir(), 'lesson-determinism-'));
  const lessonDir = join(work, 'lesson');
  for (const entry of lessonEntries) {
    if (existsSync(join(lessonRoot, entry)))
      cpSync(join(lessonRoot, entry), join(lessonDir, entry), { recursive: true });
  }
  const cacheDir = join(lessonRoot, lessonCacheFolder(lessonDir));
  try {
    rmSync(cacheDir, { recursive: true, force: true });
    build(lessonDir, join(work, 'cold-1'));
    build(lessonDir, join(work, 'warm'));
    rmSync(cacheDir, { recursive: true, force: true });
    build(lessonDir, join(work, 'cold-2'));

    const first = digestTree(join(work, 'cold-1'));
    expect(first.size).toBeGreaterThan(10);
    expect(differences(first, digestTree(join(work, 'warm'))), 'cold build vs warm build').toEqual(
      [],
    );
    expect(
      differences(first, digestTree(join(work, 'cold-2'))),
      'cold build vs second cold build',
    ).toEqual([]);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  }
});
