/**
 * `npm run bench -- --compare REV`: the checkout and another revision of it build the same
 * synthetic episodes, cold, alternating A B A B after one uncounted warm-up build each, and the
 * ratios are taken pair by pair. This machine's speed drifts by half within an hour, so a change
 * of 5–10 % only shows when both sides of each pair see the same load, as the side-by-side run
 * with Starlight does. The revision is checked out once in bench/out/compare/<commit>/, sharing
 * this checkout's node_modules (its lock file should match; a warning says when it does not).
 * Prints a Markdown table; writes nothing to bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { generateLesson, type Format } from './generate.ts';
import { cpuSeconds, measureColdBuild, median, type Measured } from './measure.ts';
import { table } from './results-file.ts';

export interface CompareOptions {
  root: string;
  /** Any revision git knows (`HEAD~2`, a commit, a branch). */
  rev: string;
  episodes: number;
  pairs: number;
  format: Format;
}

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** A checkout of `rev` beside the benchmark's output, made once and reused. */
function checkoutOf(root: string, rev: string): { dir: string; commit: string } {
  const commit = git(root, 'rev-parse', '--verify', `${rev}^{commit}`);
  const dir = join(root, 'bench/out/compare', commit.slice(0, 12));
  if (!existsSync(join(dir, 'package.json'))) {
    mkdirSync(join(root, 'bench/out/compare'), { recursive: true });
    rmSync(dir, { recursive: true, force: true });
    git(root, 'worktree', 'prune');
    git(root, 'worktree', 'add', '--detach', dir, commit);
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  }
  const lock = (folder: string) => readFileSync(join(folder, 'package-lock.json'), 'utf8');
  if (lock(dir) !== lock(root))
    console.warn(
      `   warning: ${rev}'s package-lock.json differs from this checkout's; it builds with this checkout's node_modules`,
    );
  return { dir, commit };
}

/** Each measure's ratio, this checkout ÷ the other revision, pair by pair, and their median. */
export function pairRatios(
  runs: readonly { current: Measured; other: Measured }[],
  pick: (m: Measured) => number | undefined,
): { ratios: (number | undefined)[]; median: number | undefined } {
  const ratios = runs.map(({ current, other }) => {
    const [a, b] = [pick(current), pick(other)];
    return a === undefined || b === undefined || b === 0 ? undefined : a / b;
  });
  const known = ratios.filter((r): r is number => r !== undefined);
  return { ratios, median: known.length ? median(known) : undefined };
}

export async function runCompare({
  root,
  rev,
  episodes,
  pairs,
  format,
}: CompareOptions): Promise<string> {
  const { dir: otherRoot, commit } = checkoutOf(root, rev);
  const out = join(root, 'bench/out');
  const logs = join(out, 'logs');
  mkdirSync(logs, { recursive: true });
  const lessonDir = join(out, 'lessons', `${format}-${episodes}`);
  generateLesson(lessonDir, format, episodes);
  console.log(`\n== compare: ${episodes} ${format} episodes; this checkout and ${rev} (${commit})`);

  // Both checkouts share node_modules, so the lesson's content cache is the same folder.
  const build = (checkout: string, log: string) =>
    measureColdBuild({
      checkout,
      cacheRoot: root,
      lessonDir,
      site: join(out, 'site', `compare-${format}-${episodes}`),
      logFile: join(logs, log),
    });

  console.log('   warm-up (not counted)');
  await build(root, 'compare-current-warmup.log');
  await build(otherRoot, 'compare-other-warmup.log');
  const runs: { current: Measured; other: Measured }[] = [];
  for (let pair = 1; pair <= pairs; pair++) {
    // Alternate which side goes first, so neither always follows the other's leftovers.
    const order =
      pair % 2 === 1 ? (['current', 'other'] as const) : (['other', 'current'] as const);
    const measured: Partial<Record<'current' | 'other', Measured>> = {};
    for (const side of order)
      measured[side] = await build(
        side === 'current' ? root : otherRoot,
        `compare-${side}-${pair}.log`,
      );
    const { current, other } = measured as Record<'current' | 'other', Measured>;
    runs.push({ current, other });
    console.log(
      `   pair ${pair}: this checkout ${current.wallSeconds.toFixed(2)} s, ${rev} ${other.wallSeconds.toFixed(2)} s`,
    );
  }

  const fixed = (digits: number) => (x: number | undefined) =>
    x === undefined ? '–' : x.toFixed(digits);
  const f2 = fixed(2);
  const measures: [string, (m: Measured) => number | undefined, (x?: number) => string][] = [
    ['wall s', (m) => m.wallSeconds, f2],
    ['CPU s', cpuSeconds, f2],
    ['peak MB', (m) => m.peakTreeRssMb, fixed(0)],
  ];
  const rows = measures.map(([name, pick, format]) => {
    const { ratios, median: med } = pairRatios(runs, pick);
    const values = (side: 'current' | 'other') =>
      runs.map((run) => format(pick(run[side]))).join(', ');
    return [name, values('current'), values('other'), ratios.map(f2).join(', '), f2(med)];
  });
  return `## This checkout against ${rev} (\`npm run bench -- --compare ${rev}\`)

- ${episodes} synthetic ${format} episodes, each build cold; ${pairs} pairs after one warm-up build each; ${rev} is ${commit}, this checkout is ${git(root, 'rev-parse', 'HEAD')}${git(root, 'status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json') ? ' with uncommitted changes' : ''}.
- Ratios are this checkout ÷ ${rev}, pair by pair; below 1 is faster or smaller.

${table(['measure', 'this checkout', rev, 'ratio per pair', 'median ratio'], rows)}
`;
}
