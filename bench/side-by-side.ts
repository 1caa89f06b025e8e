/**
 * `npm run bench -- --side-by-side`: this generator and Starlight (bench/starlight.ts) build the
 * same synthetic episodes, cold, alternating A B A B after one uncounted warm-up build each, so
 * both see the same machine load; then the corpus sweep (`npm run sweep`) is timed over the real
 * lessons. Returns the Markdown section for bench/RESULTS.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { generateLesson, type Format } from './generate.ts';
import {
  cpuMethod,
  cpuSeconds,
  measure,
  measureColdBuild,
  median,
  type Measured,
} from './measure.ts';
import { table } from './results-file.ts';
import { prepareStarlight, starlightCaches, starlightVersions } from './starlight.ts';

export interface SideBySideOptions {
  root: string;
  episodes: number;
  pairs: number;
  format: Format;
  /** Time the corpus sweep too. */
  sweep: boolean;
  /** Where to look for the corpus: folders tried in order, the existing ones swept. */
  corpusCandidates?: string[];
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const f2 = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(2));
const f0 = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(0));

export async function runSideBySide(options: SideBySideOptions): Promise<string> {
  const { root, episodes, pairs, format } = options;
  const out = join(root, 'bench/out');
  const logs = join(out, 'logs');
  mkdirSync(logs, { recursive: true });
  const lessonDir = join(out, 'lessons', `${format}-${episodes}`);
  const ourOut = join(out, 'site', `side-by-side-${format}-${episodes}`);
  const starlightDir = join(out, 'starlight');
  console.log(`\n== side by side: ${episodes} ${format} episodes; lesson-site and Starlight`);
  generateLesson(lessonDir, format, episodes);
  prepareStarlight(starlightDir, episodes);

  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1' };
  const ours = (log: string) =>
    measureColdBuild({ checkout: root, lessonDir, site: ourOut, logFile: join(logs, log) });
  const starlight = (log: string) => {
    for (const dir of starlightCaches(starlightDir)) rmSync(dir, { recursive: true, force: true });
    return measure(
      process.execPath,
      [join(starlightDir, 'node_modules/astro/bin/astro.mjs'), 'build'],
      { cwd: starlightDir, env, logFile: join(logs, log) },
    );
  };

  const loadBefore = uptime();
  const started = new Date();
  console.log('   warm-up (not counted)');
  await ours('side-ours-warmup.log');
  await starlight('side-starlight-warmup.log');
  const runs: { ours: Measured; starlight: Measured; loadAfter: string }[] = [];
  for (let pair = 1; pair <= pairs; pair++) {
    const a = await ours(`side-ours-${pair}.log`);
    const b = await starlight(`side-starlight-${pair}.log`);
    runs.push({ ours: a, starlight: b, loadAfter: uptime() });
    console.log(
      `   pair ${pair}: lesson-site ${a.wallSeconds.toFixed(2)} s, Starlight ${b.wallSeconds.toFixed(2)} s; ratio ${(a.wallSeconds / b.wallSeconds).toFixed(2)}`,
    );
  }
  const loadAfter = uptime();
  const ratio = (a: number | undefined, b: number | undefined) =>
    a === undefined || b === undefined ? undefined : a / b;
  const pairRows = runs.map(({ ours: a, starlight: b, loadAfter: load }, k) => [
    String(k + 1),
    f2(a.wallSeconds),
    f2(b.wallSeconds),
    f2(ratio(a.wallSeconds, b.wallSeconds)),
    f2(cpuSeconds(a)),
    f2(cpuSeconds(b)),
    f2(ratio(cpuSeconds(a), cpuSeconds(b))),
    f0(a.peakTreeRssMb),
    f0(b.peakTreeRssMb),
    f2(ratio(a.peakTreeRssMb, b.peakTreeRssMb)),
    `\`${load.replace(/^.*load average: /, '')}\``,
  ]);
  const med = (pick: (m: Measured) => number | undefined, side: 'ours' | 'starlight') => {
    const xs = runs.map((r) => pick(r[side])).filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const medRatio = (pick: (m: Measured) => number | undefined) => {
    const xs = runs
      .map((r) => ratio(pick(r.ours), pick(r.starlight)))
      .filter((x): x is number => x !== undefined);
    return xs.length ? median(xs) : undefined;
  };
  const wall = (m: Measured) => m.wallSeconds;
  const peak = (m: Measured) => m.peakTreeRssMb;
  pairRows.push([
    '**median**',
    f2(med(wall, 'ours')),
    f2(med(wall, 'starlight')),
    f2(medRatio(wall)),
    f2(med(cpuSeconds, 'ours')),
    f2(med(cpuSeconds, 'starlight')),
    f2(medRatio(cpuSeconds)),
    f0(med(peak, 'ours')),
    f0(med(peak, 'starlight')),
    f2(medRatio(peak)),
    '',
  ]);

  const targets: [string, string, boolean | undefined][] = [];
  const wallRatio = medRatio(wall);
  const cpuRatio = medRatio(cpuSeconds);
  const ourPeak = med(peak, 'ours');
  targets.push([
    `${episodes} episodes cold: ≤ 0.3× Starlight's wall time`,
    `${f2(wallRatio)}×`,
    wallRatio === undefined ? undefined : wallRatio <= 0.3,
  ]);
  targets.push([
    `${episodes} episodes cold: ≤ 0.4× Starlight's CPU time`,
    `${f2(cpuRatio)}×`,
    cpuRatio === undefined ? undefined : cpuRatio <= 0.4,
  ]);
  targets.push([
    `${episodes} episodes cold: peak memory ≤ 800 MB (process tree)`,
    `${f0(ourPeak)} MB`,
    ourPeak === undefined ? undefined : ourPeak <= 800,
  ]);

  let sweep = '';
  if (options.sweep) sweep = await timeSweep(root, options.corpusCandidates);

  const cpu = cpus();
  return `## Side by side with Starlight (\`npm run bench -- --side-by-side\`)

Written by bench/side-by-side.ts on ${started.toISOString()}.

- Machine: ${availableParallelism()} cores (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB memory; Node ${process.version}; commit ${gitHead(root)}
- Other engineers' builds and tests ran on the same machine: load before \`${loadBefore}\`, after \`${loadAfter}\` (per pair in the table).
- Input: ${episodes} synthetic ${format} episodes (bench/generate.ts) for lesson-site; the same episodes for Starlight ${starlightVersions['@astrojs/starlight']} on Astro ${starlightVersions.astro} (\`starlightEpisode\`: fenced divs as asides, installed in ${relative(root, starlightDir)}/, not committed), with its default search (pagefind) and sidebar of every episode.
- Each build cold (content cache and output deleted), one uncounted warm-up build each, then ${pairs} pairs in the order A B A B. Wall: the build command's wall time; ${cpuMethod}; peak: summed RSS of the process tree, sampled every 50 ms. Ratios are lesson-site ÷ Starlight, pair by pair; the last row holds the median of each column.

${table(
  [
    'pair',
    'lesson-site wall s',
    'Starlight wall s',
    'wall ratio',
    'lesson-site CPU s',
    'Starlight CPU s',
    'CPU ratio',
    'lesson-site peak MB',
    'Starlight peak MB',
    'peak ratio',
    'load after the pair (1, 5, 15 min)',
  ],
  pairRows,
)}

${table(
  ['target', 'measured', 'met'],
  targets.map(([t, m, ok]) => [t, m, ok === undefined ? '–' : ok ? 'yes' : '**no**']),
)}
${sweep}`;
}

/** The corpus sweep, timed as a user runs it; its own report goes to bench/out/sweep.md. */
async function timeSweep(root: string, candidates?: string[]): Promise<string> {
  const folders = (
    candidates ?? [
      resolve(root, '../shared/corpus'),
      resolve(root, '../shared/corpus-wide'),
      resolve(root, '../../shared/corpus'),
      resolve(root, '../../shared/corpus-wide'),
    ]
  ).filter((dir, i, all) => existsSync(dir) && all.indexOf(dir) === i);
  if (!folders.length)
    return '\n### Corpus sweep\n\nNo corpus folder found beside the project; not run.\n';
  console.log(`\n== sweep: ${folders.join(', ')}`);
  const report = join(root, 'bench/out/sweep.md');
  const json = join(root, 'bench/out/sweep.json');
  const loadBefore = uptime();
  const run = await measure(
    process.execPath,
    [join(root, 'scripts/sweep.ts'), ...folders, '--out', report, '--json', json],
    {
      cwd: root,
      env: { ...process.env, INIT_CWD: root, NO_COLOR: '1', FORCE_COLOR: '0' },
      logFile: join(root, 'bench/out/logs/sweep.log'),
    },
  ).catch((error: Error) => error);
  // The sweep exits 1 while a lesson is not clean; its time is what is measured here.
  const text = existsSync(report) ? readFileSync(report, 'utf8') : '';
  const rows: { seconds: number; exit: number }[] = existsSync(json)
    ? JSON.parse(readFileSync(json, 'utf8'))
    : [];
  const builds = rows.reduce((sum, row) => sum + row.seconds, 0);
  const total = /- total: (\d+) s for (\d+) lessons/.exec(text);
  const clean = /- clean: (\d+) of (\d+)/.exec(text);
  const measured = run instanceof Error ? undefined : run;
  return `
### Corpus sweep (\`npm run sweep -- ${folders.map((f) => relative(root, f)).join(' ')}\`)

- ${rows.length} lessons, built one at a time with their reference comparison (Jekyll, pandoc); ${rows.filter((r) => r.exit === 0).length} built, ${clean ? `${clean[1]} of ${clean[2]} clean` : 'clean count unknown'}.
- Sweep wall time: ${measured ? `${measured.wallSeconds.toFixed(0)} s` : `see bench/out/logs/sweep.log (${String(run instanceof Error ? run.message : '')})`}${total ? ` (the sweep's own total: ${total[1]} s)` : ''}; CPU ${f0(measured && cpuSeconds(measured))} s; peak ${f0(measured?.peakTreeRssMb)} MB (process tree).
- Sum of the lessons' build times (the sweep's "seconds" column): ${builds.toFixed(0)} s, ${rows.length ? (builds / rows.length).toFixed(1) : '–'} s per lesson.
- Load before: \`${loadBefore}\`; after: \`${uptime()}\`.
`;
}

function gitHead(root: string): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
  } catch {
    return 'unknown';
  }
}
