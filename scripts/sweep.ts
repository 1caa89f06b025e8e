/**
 * The corpus sweep: how faithfully this generator builds real lessons.
 *
 *   npm run sweep -- FOLDER... [--out bench/SWEEP.md] [--baseline FILE] [--only a,b] [--keep DIR]
 *                              [--no-reference] [--json FILE] [--timeout SECONDS]
 *
 * Finds every lesson under the folders, builds each as a user would, verifies, checks, scans for
 * third-party requests and compares its episodes with the reference toolchain's pages (Jekyll,
 * pandoc; when on PATH and the reference scripts are beside the corpus). Prints one row per lesson,
 * writes the report, and exits 1 when a lesson is not clean; with --baseline, only when a lesson
 * got worse than in that earlier report (so CI guards against regressions before all are clean).
 * Relative paths are read from where npm was started (INIT_CWD).
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { compareWithBaseline, describeChange } from '../src/lib/sweep/baseline.ts';
import { findLessons, type FoundLesson, type SweepFormat } from '../src/lib/sweep/discover.ts';
import { findReferenceDir, referenceScripts, toolVersion } from '../src/lib/sweep/reference.ts';
import { markdownReport, problemSummary } from '../src/lib/sweep/report.ts';
import { isClean, uncleanReasons, type LessonRow } from '../src/lib/sweep/row.ts';
import { sweepLesson, type SweepSettings } from '../src/lib/sweep/sweep-lesson.ts';
import { markdownTable, metricValues, readTable } from '../src/lib/sweep/table.ts';

const usage = `usage: npm run sweep -- FOLDER... [options]
  --out FILE        report (default bench/SWEEP.md)
  --baseline FILE   an earlier report: exit 1 only when a lesson got worse than there
  --only a,b        sweep only these lessons (folder names)
  --keep DIR        keep the built sites in DIR (default: a temp folder, emptied as it goes)
  --no-reference    skip the Jekyll/pandoc reference comparison
  --json FILE       also write every row with all its problems as JSON
  --timeout S       seconds a build may take (default 900)`;

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const userDir = process.env.INIT_CWD ?? process.cwd();
const fromUser = (path: string) => resolve(userDir, path);

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        out: { type: 'string' },
        baseline: { type: 'string' },
        only: { type: 'string' },
        keep: { type: 'string' },
        reference: { type: 'boolean', default: true },
        json: { type: 'string' },
        timeout: { type: 'string', default: '900' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    console.error(`sweep: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    process.exit(2);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = options();
  if (values.help || positionals.length === 0) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const folders = positionals.map(fromUser);
  for (const folder of folders)
    if (!existsSync(folder)) console.warn(`sweep: ${folder} does not exist; skipped`);
  let lessons: FoundLesson[] = findLessons(folders.filter((f) => existsSync(f)));
  if (values.only) {
    const wanted = new Set(
      values.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    );
    const unknown = [...wanted].filter((name) => !lessons.some((l) => l.name === name));
    if (unknown.length) console.warn(`sweep: no lesson named ${unknown.join(', ')}`);
    lessons = lessons.filter((l) => wanted.has(l.name));
  }
  if (!lessons.length) {
    console.error(`sweep: no lesson found under ${folders.join(', ')}`);
    return 2;
  }

  const work = values.keep ? fromUser(values.keep) : join(tmpdir(), 'lesson-site-sweep');
  const sitesDir = values.keep ? work : join(work, 'sites');
  const referenceDir = values.reference ? findReferenceDir(folders, projectRoot) : undefined;
  const references: string[] = [];
  const referenceMissing: Partial<Record<SweepFormat, string>> = {};
  for (const format of ['styles', 'workbench'] as const) {
    const { tool, script } = referenceScripts[format];
    if (!values.reference) referenceMissing[format] = '--no-reference';
    else if (!referenceDir) referenceMissing[format] = 'no reference/ folder beside the corpus';
    else if (!existsSync(join(referenceDir, script))) referenceMissing[format] = `no ${script}`;
    else {
      const version = toolVersion(tool);
      if (version) references.push(`${version} (${script})`);
      else referenceMissing[format] = `no ${tool} on PATH`;
    }
  }
  const settings: SweepSettings = {
    projectRoot,
    sitesDir,
    logsDir: join(work, '.sweep-logs'),
    referenceCache: join(work, '.sweep-reference'),
    referenceDir,
    referenceMissing,
    buildTimeoutSeconds: Math.max(1, Number(values.timeout) || 900),
  };
  mkdirSync(sitesDir, { recursive: true });
  console.log(
    `sweep: ${lessons.length} lessons; sites in ${sitesDir}; references: ${references.join(', ') || 'none'}`,
  );

  // One lesson at a time: two Astro builds in one project folder are not independent (measured on
  // this 2-core machine: a page of one build linked a stylesheet that only the other build wrote).
  // A lesson's reference build runs beside its own build instead.
  const started = performance.now();
  const rows: LessonRow[] = [];
  for (const lesson of lessons) {
    const row = await sweepLesson(lesson, settings);
    if (!values.keep) rmSync(join(sitesDir, lesson.name), { recursive: true, force: true });
    rows.push(row);
    const verdict = isClean(row) ? 'clean' : `not clean: ${uncleanReasons(row).join('; ')}`;
    console.log(
      `[${rows.length}/${lessons.length}] ${lesson.name} (${lesson.format}, ${row.seconds.toFixed(1)} s build): ${verdict}`,
    );
  }
  const totalSeconds = (performance.now() - started) / 1000;

  const outFile = values.out ? fromUser(values.out) : join(projectRoot, 'bench/SWEEP.md');
  const command = `npm run sweep -- ${positionals.join(' ')}${values.only ? ` --only ${values.only}` : ''}${values.reference ? '' : ' --no-reference'}`;
  // Read the baseline before writing: it may be the same file.
  const baselineText = values.baseline
    ? existsSync(fromUser(values.baseline))
      ? readFileSync(fromUser(values.baseline), 'utf8')
      : undefined
    : undefined;
  const report = markdownReport({
    rows,
    date: new Date().toISOString().slice(0, 10),
    cores: availableParallelism(),
    totalSeconds,
    references,
    command,
  });
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, `${report}\n`);
  if (values.json) writeFileSync(fromUser(values.json), `${JSON.stringify(rows, null, 1)}\n`);

  console.log(`\n${markdownTable(rows)}\n`);
  console.log('problems by rule (lessons, items):');
  for (const s of problemSummary(rows))
    console.log(`  ${s.rule}: ${s.lessons} lessons, ${s.items} items`);
  const clean = rows.filter(isClean).length;
  console.log(
    `\nsweep: ${clean} of ${rows.length} lessons clean in ${totalSeconds.toFixed(0)} s; report in ${relative(userDir, outFile) || outFile}`,
  );

  if (values.baseline) {
    if (baselineText === undefined) {
      console.error(`sweep: baseline ${values.baseline} not found`);
      return 2;
    }
    const comparison = compareWithBaseline(
      readTable(baselineText),
      new Map(rows.map((r) => [r.name, metricValues(r)])),
    );
    for (const change of comparison.better) console.log(`better: ${describeChange(change)}`);
    for (const change of comparison.worse) console.log(`WORSE:  ${describeChange(change)}`);
    for (const { lesson, metric } of comparison.unmeasured)
      console.log(`not measured now: ${lesson} ${metric}`);
    if (comparison.added.length) console.log(`not in the baseline: ${comparison.added.join(', ')}`);
    if (comparison.missing.length && !values.only)
      console.log(`in the baseline, not swept: ${comparison.missing.join(', ')}`);
    console.log(`baseline: ${comparison.worse.length} worse, ${comparison.better.length} better`);
    return comparison.worse.length ? 1 : 0;
  }
  return clean === rows.length ? 0 : 1;
}

process.exitCode = await main();
