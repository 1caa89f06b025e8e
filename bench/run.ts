/**
 * The benchmark (`npm run bench`; not part of the tests). For synthetic lessons of 100 and 1000
 * episodes in both source formats (bench/generate.ts), it builds each cold (its content cache and
 * output folder deleted) and warm (after editing one episode), and measures wall time, time per
 * page, peak memory of the whole build process tree (Astro plus the pagefind binary), and output
 * size. Then it loads one episode page of each site in Chromium and measures its weight (HTML, CSS,
 * JS; raw and gzip; the search index apart), its requests, and render-blocking scripts.
 * Prints a table and writes bench/RESULTS.md.
 *
 *   npm run bench [-- --sizes 100,1000 --formats workbench,styles --repeat 1 --profile]
 *   npm run bench -- --side-by-side [--episodes 1000 --format styles --pairs 3 --no-sweep]
 *                                   [--corpus DIR,DIR (default ../shared/corpus{,-wide})]
 *   npm run bench -- --compare REV [--episodes 1000 --format styles --pairs 3]
 *
 * --compare builds the same episodes with this checkout and with another revision of it, A B A B,
 * and prints the ratios pair by pair (bench/compare.ts), for changes too small to tell from this
 * machine's drift between two separate runs; it writes nothing to bench/RESULTS.md.
 *
 * --side-by-side builds the same episodes with this generator and with Starlight, A B A B, and
 * times the corpus sweep (bench/side-by-side.ts). It and the default mode each replace their own
 * section of bench/RESULTS.md (bench/results-file.ts).
 *
 * --profile writes a V8 CPU profile of each cold build to bench/out/profiles/ and prints where
 * the time goes (bench/profile-summary.ts).
 */
import { spawn, execFileSync } from 'node:child_process';
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { cpus, freemem, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../scripts/browser.ts';
import { episodeFile, episodeSlug, generateLesson, type Format } from './generate.ts';
import { summariseProfile } from './profile-summary.ts';
import { cpuMethod, measureBuild, median, type Measured } from './measure.ts';
import { measureDevReload, type DevReload } from './dev-reload.ts';
import { table, writeSection } from './results-file.ts';
import { runCompare } from './compare.ts';
import { runSideBySide } from './side-by-side.ts';
import { freePort } from '../scripts/free-port.ts';
import { lessonCacheFolder } from '../src/lib/lesson/cache-folder.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'bench/out');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000' },
    formats: { type: 'string', default: 'workbench,styles' },
    repeat: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    results: { type: 'string', default: join(root, 'bench/RESULTS.md') },
    'side-by-side': { type: 'boolean', default: false },
    episodes: { type: 'string', default: '1000' },
    format: { type: 'string', default: 'styles' },
    pairs: { type: 'string', default: '3' },
    sweep: { type: 'boolean', default: true },
    corpus: { type: 'string' },
    compare: { type: 'string' },
  },
  allowNegative: true,
});

// The standing analysis (profiles, causes, suggestions) is kept by hand in bench/NOTES.md and
// copied into its own section of the results by every run.
const notesFile = join(root, 'bench/NOTES.md');
const writeNotes = () => {
  if (existsSync(notesFile)) writeSection(values.results, 'notes', readFileSync(notesFile, 'utf8'));
};

if (values.compare) {
  console.log(
    await runCompare({
      root,
      rev: values.compare,
      episodes: Number(values.episodes),
      pairs: Math.max(1, Number(values.pairs)),
      format: values.format as Format,
    }),
  );
  process.exit(0);
}
if (values['side-by-side']) {
  const section = await runSideBySide({
    root,
    episodes: Number(values.episodes),
    pairs: Math.max(1, Number(values.pairs)),
    format: values.format as Format,
    sweep: values.sweep,
    corpusCandidates: values.corpus?.split(',').map((dir) => resolve(dir)),
  });
  console.log(`\n${section}`);
  writeSection(values.results, 'side-by-side', section);
  writeNotes();
  console.log(`wrote ${relative(process.cwd(), values.results)}`);
  process.exit(0);
}
const sizes = values.sizes.split(',').map(Number);
const formats = values.formats.split(',') as Format[];
const repeat = Math.max(1, Number(values.repeat));

// ------------------------------------------------------------------------------------------------
// Measuring one build

interface BuildRun extends Omit<Measured, 'stdout' | 'stderr'> {
  /** Phase figures from Astro's log. */
  phases: Record<string, number>;
}

async function build(
  lessonDir: string,
  outDir: string,
  logFile: string,
  profileDir?: string,
): Promise<BuildRun> {
  // The command a user runs (`npm run build`, `lesson-site build`): Astro, then the search indexes.
  const {
    stdout,
    stderr: _,
    ...measured
  } = await measureBuild({
    checkout: root,
    lessonDir,
    site: outDir,
    logFile,
    nodeFlags: profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [],
  });
  const num = (re: RegExp, text: string) => {
    const m = re.exec(text);
    return m ? Number(m[1]) : undefined;
  };
  const phases: Record<string, number> = {};
  const set = (name: string, value: number | undefined) =>
    value !== undefined && (phases[name] = value);
  const syncMs = num(/\(\d+ rendered\) in (\d+) ms/, stdout);
  set('content sync s', syncMs === undefined ? undefined : syncMs / 1000);
  // A full build's loader says how many pages it rendered; a quick rebuild how many episodes.
  set('rendered', num(/\((\d+) rendered\)/, stdout) ?? num(/re-rendered (\d+) episode/, stdout));
  const quickMs = num(/only episode text changed[^\n]*? in (\d+) ms/, stdout);
  set('quick rebuild s', quickMs === undefined ? undefined : quickMs / 1000);
  set('config+types s', secondsOf(/\[types\] Generated ([\d.]+)(m?s)/, stdout));
  const viteMs = [...stdout.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce(
    (sum, m) => sum + Number(m[1]) * (m[2] === 'ms' ? 1 : 1000),
    0,
  );
  set('vite s', viteMs ? viteMs / 1000 : undefined);
  set('routes s', secondsOf(/generating static routes[\s\S]*?Completed in ([\d.]+)(m?s)/, stdout));
  const searchMs = num(/search index[^\n]*? in (\d+) ms/, stdout);
  set('search index s', searchMs === undefined ? undefined : searchMs / 1000);
  return { ...measured, phases };
}

function secondsOf(re: RegExp, text: string): number | undefined {
  const m = re.exec(text);
  if (!m) return undefined;
  return m[2] === 'ms' ? Number(m[1]) / 1000 : Number(m[1]);
}

function walkFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walkFiles(join(dir, e.name)) : [join(dir, e.name)],
  );
}

function medianRun(runs: BuildRun[]): BuildRun {
  return [...runs].sort((a, b) => a.wallSeconds - b.wallSeconds)[
    Math.floor((runs.length - 1) / 2)
  ]!;
}

// ------------------------------------------------------------------------------------------------
// Page weight in Chromium

interface PageWeight {
  url: string;
  requests: number;
  thirdParty: string[];
  /** Bytes by kind: raw and gzip (-6). */
  html: [number, number];
  css: [number, number];
  js: [number, number];
  /** JS inline in the HTML (already counted in html). */
  inlineJs: [number, number];
  other: [number, number];
  searchIndexRequests: number;
  renderBlockingScripts: string[];
  parserBlockingScripts: string[];
}

const gz = (b: Buffer | string) => gzipSync(b).length;

async function pageWeight(site: string, path: string): Promise<PageWeight> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [join(root, 'scripts/serve-static.ts'), site, String(port), '/'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((ready) => server.stdout.once('data', ready));
  const origin = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    const bodies: Promise<{ url: string; type: string; body: Buffer }>[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) =>
      bodies.push(
        r
          .body()
          .then((body) => ({ url: r.url(), type: r.request().resourceType(), body }))
          .catch(() => ({ url: r.url(), type: 'failed', body: Buffer.alloc(0) })),
      ),
    );
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    await page.waitForLoadState('networkidle');
    const blocking = await page.evaluate(() => ({
      render: performance
        .getEntriesByType('resource')
        .filter(
          (e) =>
            (e as PerformanceResourceTiming & { renderBlockingStatus?: string })
              .renderBlockingStatus === 'blocking' &&
            (e as PerformanceResourceTiming).initiatorType === 'script',
        )
        .map((e) => e.name),
      parser: [...document.querySelectorAll('script[src]')]
        .filter(
          (s) =>
            !s.hasAttribute('async') &&
            !s.hasAttribute('defer') &&
            s.getAttribute('type') !== 'module',
        )
        .map((s) => s.getAttribute('src') ?? ''),
      inline: [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !s.getAttribute('type') || /javascript|module/.test(s.getAttribute('type')!))
        .map((s) => s.textContent ?? ''),
    }));
    const all = await Promise.all(bodies);
    const weight: PageWeight = {
      url: path,
      requests: requests.length,
      thirdParty: requests.filter((u) => /^(https?|wss?):/.test(u) && new URL(u).origin !== origin),
      html: [0, 0],
      css: [0, 0],
      js: [0, 0],
      inlineJs: [0, 0],
      other: [0, 0],
      searchIndexRequests: 0,
      renderBlockingScripts: blocking.render,
      parserBlockingScripts: blocking.parser,
    };
    const add = (slot: [number, number], body: Buffer | string) => {
      slot[0] += Buffer.byteLength(body);
      slot[1] += gz(body);
    };
    for (const { url, type, body } of all) {
      if (new URL(url).pathname.startsWith('/pagefind/')) {
        weight.searchIndexRequests++;
        continue;
      }
      if (type === 'document') add(weight.html, body);
      else if (type === 'stylesheet') add(weight.css, body);
      else if (type === 'script') add(weight.js, body);
      else add(weight.other, body);
    }
    for (const script of blocking.inline) add(weight.inlineJs, script);
    return weight;
  } finally {
    await browser.close();
    server.kill();
  }
}

// ------------------------------------------------------------------------------------------------
// The run

interface CaseResult {
  name: string;
  format: Format;
  episodes: number;
  pages: number;
  cold: BuildRun;
  warm: BuildRun;
  coldRuns: number[];
  warmRuns: number[];
  outputBytes: number;
  searchIndexBytes: number;
  weight?: PageWeight;
  profile?: string;
  /** `npm run dev`: save to updated page, ms (100-episode lessons). */
  devReload?: DevReload;
}

const uptime = () => execFileSync('uptime', { encoding: 'utf8' }).trim();
const loadBefore = uptime();
const startedAt = new Date();
mkdirSync(join(out, 'logs'), { recursive: true });
const results: CaseResult[] = [];

for (const episodes of sizes) {
  for (const format of formats) {
    const name = `${format}-${episodes}`;
    const lessonDir = join(out, 'lessons', name);
    const outDir = join(out, 'site', name);
    console.log(`\n== ${name}: generating`);
    generateLesson(lessonDir, format, episodes);
    const colds: BuildRun[] = [];
    const warms: BuildRun[] = [];
    let profile: string | undefined;
    for (let r = 0; r < repeat; r++) {
      rmSync(join(root, lessonCacheFolder(lessonDir)), { recursive: true, force: true });
      rmSync(outDir, { recursive: true, force: true });
      const profileDir = values.profile && r === 0 ? join(out, 'profiles', name) : undefined;
      if (profileDir) rmSync(profileDir, { recursive: true, force: true });
      const cold = await build(
        lessonDir,
        outDir,
        join(out, 'logs', `${name}-cold-${r}.log`),
        profileDir,
      );
      colds.push(cold);
      console.log(
        `   cold ${cold.wallSeconds.toFixed(2)} s, peak ${cold.peakTreeRssMb.toFixed(0)} MB`,
        cold.phases,
      );
      if (profileDir) {
        const file = readdirSync(profileDir)
          .filter((f) => f.endsWith('.cpuprofile'))
          .map((f) => join(profileDir, f))
          .sort((a, b) => statSync(b).size - statSync(a).size)[0];
        if (file) profile = summariseProfile(file, root);
      }
      // One edited episode: the middle one, a sentence appended.
      const edited = episodeFile(lessonDir, format, Math.ceil(episodes / 2));
      appendFileSync(edited, `\nThis sentence was added before warm build ${r + 1}.\n`);
      const warm = await build(lessonDir, outDir, join(out, 'logs', `${name}-warm-${r}.log`));
      warms.push(warm);
      console.log(
        `   warm ${warm.wallSeconds.toFixed(2)} s, peak ${warm.peakTreeRssMb.toFixed(0)} MB`,
        warm.phases,
      );
    }
    const files = walkFiles(outDir);
    const size = (list: string[]) => list.reduce((sum, f) => sum + statSync(f).size, 0);
    results.push({
      name,
      format,
      episodes,
      pages: files.filter((f) => f.endsWith('.html')).length,
      cold: medianRun(colds),
      warm: medianRun(warms),
      coldRuns: colds.map((c) => c.wallSeconds),
      warmRuns: warms.map((w) => w.wallSeconds),
      outputBytes: size(files),
      searchIndexBytes: size(files.filter((f) => relative(outDir, f).startsWith('pagefind/'))),
      profile,
    });
  }
}

for (const result of results) {
  const slug = episodeSlug(Math.ceil(result.episodes / 2));
  result.weight = await pageWeight(join(out, 'site', result.name), `/${slug}/`);
  if (result.episodes <= 100) {
    const lessonDir = join(out, 'lessons', result.name);
    console.log(`\n== ${result.name}: dev reload`);
    result.devReload = await measureDevReload(
      lessonDir,
      episodeFile(lessonDir, result.format, Math.ceil(result.episodes / 2)),
      `/${slug}/`,
    );
    console.log(`   ${result.devReload.times.map((t) => t.toFixed(0)).join(', ')} ms`);
  }
}
const loadAfter = uptime();

// ------------------------------------------------------------------------------------------------
// Report

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1);
const s = (x: number) => x.toFixed(2);
const perPage = (r: CaseResult) => r.cold.wallSeconds / r.pages;

const buildRows = results.map((r) => [
  r.name,
  String(r.pages),
  s(r.cold.wallSeconds),
  r.cold.userSeconds === undefined ? '–' : s(r.cold.userSeconds + (r.cold.systemSeconds ?? 0)),
  (perPage(r) * 1000).toFixed(1),
  r.cold.peakTreeRssMb.toFixed(0),
  r.cold.peakProcessRssMb?.toFixed(0) ?? '–',
  s(r.warm.wallSeconds),
  String(r.warm.phases.rendered ?? '–'),
  r.warm.peakTreeRssMb.toFixed(0),
  mb(r.outputBytes),
  mb(r.searchIndexBytes),
  [
    r.cold.phases['content sync s'],
    r.cold.phases['config+types s'],
    r.cold.phases['vite s'],
    r.cold.phases['routes s'],
    r.cold.phases['search index s'],
  ]
    .map((x) => (x === undefined ? '–' : x.toFixed(1)))
    .join(' / '),
]);
const buildHeader = [
  'lesson',
  'pages',
  'cold s',
  'cold CPU s (user+sys, tree)',
  'ms/page',
  'peak MB (tree)',
  'peak MB (1 proc)',
  'warm s',
  'warm: pages re-rendered',
  'warm peak MB',
  'output MB',
  'of which search index MB',
  'cold phases s: content sync / sync total / vite / routes / search index',
];

const weightRows = results.map((r) => {
  const w = r.weight!;
  const total: [number, number] = [w.html[0] + w.css[0] + w.js[0], w.html[1] + w.css[1] + w.js[1]];
  return [
    r.name,
    w.url,
    `${kb(w.html[0])} / ${kb(w.html[1])}`,
    `${kb(w.css[0])} / ${kb(w.css[1])}`,
    `${kb(w.js[0])} / ${kb(w.js[1])}`,
    `${kb(w.inlineJs[0])} / ${kb(w.inlineJs[1])}`,
    `${kb(total[0])} / ${kb(total[1])}`,
    String(w.requests),
    String(w.thirdParty.length),
    String(w.renderBlockingScripts.length + w.parserBlockingScripts.length),
    String(w.searchIndexRequests),
  ];
});
const weightHeader = [
  'lesson',
  'episode page',
  'HTML KB raw / gz',
  'CSS KB raw / gz',
  'JS KB raw / gz',
  '(inline JS in HTML)',
  'HTML+CSS+JS KB raw / gz',
  'requests on load',
  'third-party',
  'render-blocking scripts',
  'search-index requests on load',
];

// Targets
const byName = new Map(results.map((r) => [r.name, r]));
const targets: [string, string, boolean | undefined][] = [];
for (const format of formats) {
  const big = byName.get(`${format}-1000`);
  const small = byName.get(`${format}-100`);
  // The 1000-episode time target is a ratio to Starlight: see the side-by-side section.
  if (big)
    targets.push([
      `${format}: peak memory ≤ 800 MB (1000 episodes, process tree)`,
      `${big.cold.peakTreeRssMb.toFixed(0)} MB`,
      big.cold.peakTreeRssMb <= 800,
    ]);
  if (big && small) {
    const ratio = perPage(big) / perPage(small);
    // The marginal cost of the 900 extra episodes' pages, which fixed start-up costs cannot flatter.
    const marginal = (big.cold.wallSeconds - small.cold.wallSeconds) / (big.pages - small.pages);
    targets.push([
      `${format}: per-page cost at 1000 ≤ 1.1× at 100`,
      `${ratio.toFixed(2)}× (${(perPage(big) * 1000).toFixed(1)} vs ${(perPage(small) * 1000).toFixed(1)} ms/page; marginal ${(marginal * 1000).toFixed(1)} ms/page)`,
      ratio <= 1.1,
    ]);
  }
  if (small)
    targets.push([
      `${format}: warm rebuild of 100 after one edit ≤ 2 s`,
      `${s(small.warm.wallSeconds)} s (CPU ${small.warm.userSeconds === undefined ? '–' : s(small.warm.userSeconds + (small.warm.systemSeconds ?? 0))} s)`,
      small.warm.wallSeconds <= 2,
    ]);
  if (small?.devReload)
    targets.push([
      `${format}: npm run dev shows an edit ≤ 300 ms (100 episodes; save to updated page, median of ${small.devReload.times.length})`,
      `${small.devReload.median.toFixed(0)} ms (${small.devReload.times.map((t) => t.toFixed(0)).join(', ')})`,
      small.devReload.median <= 300,
    ]);
}
for (const r of results) {
  const w = r.weight!;
  const total = w.html[1] + w.css[1] + w.js[1];
  targets.push([
    `${r.name}: episode page ≤ 15 KB gzip HTML+CSS+JS`,
    `${kb(total)} KB`,
    total <= 15 * 1024,
  ]);
  targets.push([
    `${r.name}: ≤ 10 KB gzip JS (external + inline)`,
    `${kb(w.js[1] + w.inlineJs[1])} KB`,
    w.js[1] + w.inlineJs[1] <= 10 * 1024,
  ]);
  targets.push([
    `${r.name}: no render-blocking script`,
    [...w.renderBlockingScripts, ...w.parserBlockingScripts].join(', ') || 'none',
    w.renderBlockingScripts.length + w.parserBlockingScripts.length === 0,
  ]);
  targets.push([
    `${r.name}: zero third-party requests`,
    String(w.thirdParty.length),
    w.thirdParty.length === 0,
  ]);
}

const gitHead = (() => {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
    const dirty =
      execFileSync(
        'git',
        ['status', '--porcelain', '--', 'src', 'astro.config.mjs', 'package.json'],
        { cwd: root, encoding: 'utf8' },
      ).trim() !== '';
    return `${head}${dirty ? ' + uncommitted changes in src/' : ''}`;
  } catch {
    return 'unknown';
  }
})();
const astroVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/astro/package.json'), 'utf8'),
).version;
const cpu = cpus();

const report = `## Builds of 100 and 1000 episodes (\`npm run bench\`)

Written by \`npm run bench\` (bench/run.ts) on ${startedAt.toISOString()}; ${repeat} run(s) per figure${repeat > 1 ? ' (median)' : ''}.

- Machine: ${cpu.length} CPUs (${cpu[0]?.model ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GB memory (${(freemem() / 2 ** 30).toFixed(1)} GB free at the end)
- Node ${process.version}, Astro ${astroVersion}, commit ${gitHead}
- Load before: \`${loadBefore}\`
- Load after: \`${loadAfter}\`
- Lessons: bench/generate.ts, ~150 lines per episode (5 highlighted code blocks in bash and python, an output block, a table, two challenges with solutions, a callout, links); pages = every HTML file written (learner and instructor views, aggregates).
- Cold: content cache (node_modules/.astro/lessons/<hash>) and output folder deleted. Warm: the same lesson again after appending a sentence to the middle episode.
- ${cpuMethod}.
- Peak memory: summed RSS of the build's whole process tree, sampled every 50 ms from /proc (the "1 proc" column is GNU time's peak of the largest single process).

### Builds

${table(buildHeader, buildRows)}

### Episode page weight (loaded in Chromium)

Search-index files (pagefind) are counted apart and not in HTML+CSS+JS; gzip at level 6.

${table(weightHeader, weightRows)}

### Targets

${table(
  ['target', 'measured', 'met'],
  targets.map(([t, m, ok]) => [t, m, ok === undefined ? '–' : ok ? 'yes' : '**no**']),
)}
${
  results.some((r) => r.profile)
    ? `\n### Where the time goes (CPU profile of the cold builds, self time)\n\n${results
        .filter((r) => r.profile)
        .map((r) => `### ${r.name}\n\n${r.profile}`)
        .join('\n\n')}\n`
    : ''
}`;

console.log(
  `\n${table(buildHeader, buildRows)}\n\n${table(weightHeader, weightRows)}\n\n${table(
    ['target', 'measured', 'met'],
    targets.map(([t, m, ok]) => [t, m, ok ? 'yes' : 'NO']),
  )}`,
);
if (results.some((r) => r.profile))
  for (const r of results.filter((x) => x.profile)) console.log(`\n${r.name}\n${r.profile}`);
writeSection(values.results, 'builds', report);
writeNotes();
console.log(
  `\nwrote ${relative(process.cwd(), values.results)}; ${median(results.map((r) => r.cold.wallSeconds)).toFixed(2)} s median cold build`,
);
