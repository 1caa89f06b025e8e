import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import type { SweepFormat } from './discover.ts';
import { renderRmdReferences, pandocExtensions, type RmdEpisode } from './rmd-reference.ts';
import { runProcess } from './run-process.ts';

/** Bump when `knitrReferenceSource` reads R Markdown differently: cached references are redone. */
const rmdReferenceVersion = 'rmd-reference-2';

/** The reference build scripts beside the corpus (`reference/jekyll-build.sh`, `pandoc-build.sh`). */
export const referenceScripts: Record<SweepFormat, { script: string; tool: string }> = {
  styles: { script: 'jekyll-build.sh', tool: 'jekyll' },
  workbench: { script: 'pandoc-build.sh', tool: 'pandoc' },
};

/**
 * Where the reference scripts are: `reference/` beside a swept folder (`corpus/../reference`), or
 * `../shared/reference` beside the project. Absent for people without the shared folder.
 */
export function findReferenceDir(
  sweptFolders: readonly string[],
  projectRoot: string,
): string | undefined {
  const candidates = [
    ...sweptFolders.flatMap((f) => [resolve(f, '../reference'), resolve(f, '../../reference')]),
    resolve(projectRoot, '../shared/reference'),
  ];
  return candidates.find(
    (dir) =>
      existsSync(join(dir, referenceScripts.styles.script)) ||
      existsSync(join(dir, referenceScripts.workbench.script)),
  );
}

/** The tool's version when it is on PATH (`jekyll 4.3.1`), undefined otherwise. */
export function toolVersion(tool: string): string | undefined {
  try {
    return execFileSync(tool, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 30_000,
    })
      .split('\n')[0]
      ?.trim();
  } catch {
    return undefined;
  }
}

function listFiles(dir: string, prefix: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) listFiles(path, join(prefix, entry.name), out);
    else if (entry.isFile()) out.push(join(prefix, entry.name));
  }
}

/**
 * A hash of what a reference build reads: every file of the lesson (not its git history) and the
 * build script. The same content builds the same reference, so it is built once.
 */
export function contentHash(lessonDir: string, script: string, salt = ''): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(script));
  hash.update(salt);
  const files: string[] = [];
  listFiles(lessonDir, '', files);
  for (const file of files.sort()) {
    hash.update(`\0${file}\0`);
    hash.update(readFileSync(join(lessonDir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export type ReferenceBuild =
  { ok: true; dir: string; cached: boolean; seconds: number } | { ok: false; note: string };

/**
 * The reference build of one lesson, from the cache or built now into
 * `<cacheRoot>/<format>/<name>-<hash>/`. The scripts write `OUT/<folder name>/`; a marker file
 * records a finished build, so an interrupted one is redone. `rmdEpisodes`, the R Markdown
 * episodes of a Workbench lesson, which the script leaves out, are rendered here
 * (`rmd-reference.ts`).
 */
export async function referenceBuild(
  lessonDir: string,
  format: SweepFormat,
  referenceDir: string,
  cacheRoot: string,
  rmdEpisodes: readonly RmdEpisode[] = [],
): Promise<ReferenceBuild> {
  const script = join(referenceDir, referenceScripts[format].script);
  if (!existsSync(script))
    return { ok: false, note: `no ${referenceScripts[format].script} in ${referenceDir}` };
  // The R Markdown references are made here, not by the script: their reading is part of the key.
  const rmd = format === 'workbench' ? rmdEpisodes : [];
  const salt = rmd.length ? `${rmdReferenceVersion}\0${JSON.stringify(rmd)}` : '';
  const key = `${basename(lessonDir)}-${contentHash(lessonDir, script, salt)}`;
  const out = join(cacheRoot, format, key);
  const built = join(out, basename(lessonDir));
  const marker = join(out, '.sweep-reference-done');
  if (existsSync(marker)) return { ok: true, dir: built, cached: true, seconds: 0 };
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const result = await runProcess('bash', [script, out, lessonDir], {
    cwd: out,
    logFile: join(out, 'build.log'),
    timeoutSeconds: 600,
  });
  // jekyll-build.sh exits 0 whatever Jekyll did and says `name jekyll rc=N`; read that too.
  const log = readFileSync(join(out, 'build.log'), 'utf8');
  const rc = /\brc=(\d+)/.exec(log)?.[1];
  if (result.exit !== 0 || (rc !== undefined && rc !== '0') || !existsSync(built)) {
    return {
      ok: false,
      note: `reference build failed (${rc !== undefined ? `rc=${rc}` : `exit ${result.exit}`}; see ${relative(process.cwd(), join(out, 'build.log'))})`,
    };
  }
  if (rmd.length) {
    const extensions = pandocExtensions(readFileSync(script, 'utf8'));
    const failed = extensions
      ? renderRmdReferences(lessonDir, rmd, built, extensions)
      : [`no ext='…' line in ${basename(script)}`];
    if (failed.length)
      return { ok: false, note: `R Markdown reference failed: ${failed.join('; ')}` };
  }
  writeFileSync(marker, `${new Date().toISOString()}\n`);
  return { ok: true, dir: built, cached: false, seconds: result.seconds };
}
