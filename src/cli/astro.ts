import { fork, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deferredHtmlEnv } from '../integration/deferred-html.ts';
import { deferSearchIndexEnv } from '../integration/pagefind-integration.ts';
import { htmlCacheFolder, lessonCacheFolder } from '../lib/lesson/cache-folder.ts';
import { allInOnePages } from '../lib/site-paths.ts';
import { within } from './output-folder.ts';
import type { RebuildRequest, RebuildResult } from './rebuild.ts';

/** How the command speaks on the terminal (the quick rebuild's process too). */
export const commandLog = {
  info: (message: string) => console.log(`lesson-site: ${message}`),
  warn: (message: string) => console.warn(`lesson-site: warning: ${message}`),
  error: (message: string) => console.error(`lesson-site: ${message}`),
};

/**
 * Astro, run the way `npm run build` and `npm run dev` run it: its own bin, started in this
 * package's folder (the Astro project: astro.config.mjs, src/), with the lesson named by
 * LESSON_DIR. The same entry point gives the same site, byte for byte, and keeps Astro's caches in
 * the package's folder (node_modules/.astro/, .astro/), never in the lesson.
 */

/** This package's folder: a checkout of the template, or node_modules/lesson-site. */
export const packageRoot = fileURLToPath(new URL('../..', import.meta.url));

/** Astro's bin, from its manifest (the package exports no path to it). */
const astroManifest = createRequire(import.meta.url).resolve('astro/package.json');
const astroBin = join(
  dirname(astroManifest),
  (JSON.parse(readFileSync(astroManifest, 'utf8')) as { bin: { astro: string } }).bin.astro,
);

export interface AstroRun {
  command: 'build' | 'dev';
  lessonDir: string;
  /** Astro's own arguments after the command (`--outDir`, `--port`). */
  args: string[];
  /** BASE_PATH and SITE_URL, when the command line gives them (astro.config.mjs reads them). */
  env?: Record<string, string>;
  /** The build's output folder, absolute: where Astro may run from depends on it. */
  out?: string;
}

/**
 * Where Astro runs: the package's folder, unless the output folder's path merely starts with
 * that folder's path (`lesson-site` building into `../lesson-site-pages`). Astro 7 decides
 * where to put its server chunks with a string test (`outDir.startsWith(process.cwd())`,
 * core/build/common.js), so such a folder passes as inside the project; the chunks go beside the
 * output, find no node_modules there, and the build stops with a stack trace. From the package's
 * `.astro/` folder, with the project named by `--root`, the test fails as it should and Astro
 * keeps the chunks in `.astro/.astro/`, where the package's modules resolve.
 */
export function astroWorkingFolder(out: string | undefined): { cwd: string; args: string[] } {
  const clashes =
    out !== undefined &&
    out.startsWith(packageRoot.replace(/[\\/]+$/, '')) &&
    !within(out, packageRoot);
  if (!clashes) return { cwd: packageRoot, args: [] };
  const cwd = join(packageRoot, '.astro');
  mkdirSync(cwd, { recursive: true });
  return { cwd, args: ['--root', packageRoot] };
}

/**
 * A build's memory, traded for next to no time (bench/NOTES.md, "Night of 2026-11-30"):
 * V8 sizes the young generation of a process with Astro's heap at 128 MB, of which a build
 * touches all; 16 MB semi-spaces keep it at 48 MB, ≈ 80 MB less through the whole build, with
 * the CPU time within the noise (8 MB semi-spaces cost ≈ 9 % more). glibc gives each thread that
 * allocates (V8's, libuv's, the bundler's) an arena of its own, which keeps what it freed: two
 * arenas held ≈ 17 MB less. A user's own MALLOC_ARENA_MAX wins.
 */
const astroBuildFlags = ['--max-semi-space-size=16'];
const astroBuildEnv = { MALLOC_ARENA_MAX: '2' };

/** Run Astro to the end; its exit status (a signal counts as 1). */
export function runAstro({ command, lessonDir, args, env = {}, out }: AstroRun): Promise<number> {
  const build = command === 'build';
  const where = astroWorkingFolder(out);
  const child = spawn(
    process.execPath,
    // This process's Node flags: from an installed package they let Node run its TypeScript.
    [
      ...process.execArgv,
      ...(build ? astroBuildFlags : []),
      astroBin,
      command,
      ...where.args,
      ...args,
    ],
    {
      cwd: where.cwd,
      stdio: 'inherit',
      env: {
        ...(build && astroBuildEnv),
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...env,
        LESSON_DIR: lessonDir,
      },
    },
  );
  return new Promise((done) => {
    child.on('error', (error) => {
      console.error(`lesson-site: could not start Astro (${astroBin}): ${error.message}`);
      done(1);
    });
    child.on('exit', (code) => done(code ?? 1));
  });
}

/**
 * Build the lesson's site into `out`: when only episodes' text changed since the last build into
 * the same folder, by re-rendering just those (src/cli/rebuild.ts); otherwise Astro, then the
 * search indexes once Astro has exited, so that pagefind's memory never adds to Astro's (the
 * build's peak). Exit status as `runAstro`.
 */
export async function buildSite({
  lessonDir,
  out,
  env = {},
  full = false,
}: {
  lessonDir: string;
  out: string;
  env?: Record<string, string>;
  /** Build every page even when only episodes' text changed. */
  full?: boolean;
}): Promise<number> {
  // Loaded only now: this process waits through the whole build, and should be small meanwhile.
  const { folderStamp, forgetBuild, sealBuildRecord } = await import('../loaders/build-record.ts');
  const { siteGeneratorFingerprint } = await import('../loaders/generator-fingerprint.ts');
  const cacheDir = join(packageRoot, lessonCacheFolder(lessonDir));
  const generator = siteGeneratorFingerprint(packageRoot);
  // With the lesson's config, these decide where the site is published (astro.config.mjs).
  const location = Object.fromEntries(
    ['SITE_URL', 'BASE_PATH'].map((name) => [name, env[name] ?? process.env[name] ?? '']),
  );
  if (!full) {
    const quick = await quickRebuild({ lessonDir, out, cacheDir, generator, location });
    if ('status' in quick) return quick.status;
    if (!('first' in quick)) commandLog.info(`building every page: ${quick.fullBuild}`);
  }
  // Astro empties the folder first: until this build succeeds, no record vouches for it.
  forgetBuild(cacheDir, out);
  const token = randomBytes(16).toString('hex');
  const status = await runAstro({
    command: 'build',
    lessonDir,
    args: ['--outDir', out],
    out,
    env: { ...env, [deferSearchIndexEnv]: '1', [deferredHtmlEnv]: token },
  });
  if (status !== 0) return status;
  try {
    const { fillDeferredHtml } = await import('../integration/deferred-html.ts');
    for (const page of allInOnePages)
      fillDeferredHtml(join(out, page), join(cacheDir, htmlCacheFolder), token);
  } catch (error) {
    console.error(
      `lesson-site: the all-in-one page could not be written: ${(error as Error).message}`,
    );
    return 1;
  }
  try {
    const { searchLanguageOf, writeSearchIndexes } = await import('../integration/search-index.ts');
    await writeSearchIndexes(out, { language: searchLanguageOf(lessonDir), log: commandLog });
  } catch (error) {
    console.error(
      `lesson-site: the search index could not be written: ${(error as Error).message}`,
    );
    return 1;
  }
  sealBuildRecord(cacheDir, out, { generator, location, outputStamp: folderStamp(out) });
  return 0;
}

/**
 * Only the episodes whose text changed, when the last build allows (src/cli/rebuild.ts), in a
 * process of its own (src/cli/rebuild-child.ts); without any earlier build, not even that process.
 */
async function quickRebuild(request: Omit<RebuildRequest, 'log'>): Promise<RebuildResult> {
  const { readBuildRecord } = await import('../loaders/build-record.ts');
  if (!readBuildRecord(request.cacheDir, request.out))
    return { fullBuild: 'no earlier build into this folder to start from', first: true };
  const child = fork(fileURLToPath(new URL('./rebuild-child.ts', import.meta.url)), {
    execArgv: process.execArgv,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return new Promise((done) => {
    let result: RebuildResult | undefined;
    child.once('message', (message) => (result = message as RebuildResult));
    child.once('error', (error) =>
      done({ fullBuild: `the quick rebuild could not start (${error.message})` }),
    );
    // 'close', not 'exit': by then every message the child sent has arrived.
    child.once('close', (code, signal) =>
      done(result ?? { fullBuild: `the quick rebuild ended early (${signal ?? `exit ${code}`})` }),
    );
    child.send(request);
  });
}
