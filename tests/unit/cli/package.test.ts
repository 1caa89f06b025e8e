/**
 * The package as a lesson author gets it: `npm pack`, installed into a scratch folder with nothing
 * but the npm registry, then `npx lesson-site --help`, `check` and `build` run from inside a styles
 * and a Workbench lesson copied there. The sites must verify clean, and the lessons must be left as
 * they were, file by file, but for the output folder.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join, relative, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifySite } from '../../../src/lib/verify/verify-site.ts';
import { projectRoot } from '../build/astro-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'lesson-site-package-'));
// The scratch install holds a Node binary and Astro (hundreds of MB): removing it can take a while.
afterAll(() => rmSync(scratch, { recursive: true, force: true }), 120_000);

const manifest = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
  dependencies: Record<string, string>;
  optionalDependencies: Record<string, string>;
  bin: Record<string, string>;
};

/** Commands as a user types them: no trace of this repository's node_modules/.bin on PATH. */
const userPath = (process.env.PATH ?? '')
  .split(delimiter)
  .filter((dir) => !dir.startsWith(projectRoot))
  .join(delimiter);

/**
 * The environment of a user's shell: none of the npm_* variables that npm set for the test runner
 * (npm_config_local_prefix would make every npm below act on this repository).
 */
const userEnv = {
  ...Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_/i.test(key) && !['INIT_CWD', 'LESSON_DIR', 'GITHUB_ACTIONS'].includes(key),
    ),
  ),
  PATH: userPath,
  NO_COLOR: '1',
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
};

function run(command: string, args: string[], cwd: string, timeout = 240_000) {
  const result: SpawnSyncReturns<string> = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    timeout,
    env: userEnv,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every file under `dir` but `skip` (lesson-relative path → content hash). */
function snapshot(dir: string, skip: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const rel = relative(dir, path).split(sep).join('/');
      if (rel === skip) continue;
      if (statSync(path).isDirectory()) walk(path);
      else files.set(rel, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

/**
 * A lockfile for the scratch project that installs the tarball with exactly the versions this
 * repository's package-lock.json pins (what the published package's npm-shrinkwrap.json gives a
 * registry install; npm reads a shrinkwrap only from registry packages, not from a local tarball).
 */
function scratchLockfile(tarball: string) {
  const lock = JSON.parse(readFileSync(join(projectRoot, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { dev?: boolean }>;
  };
  const packages: Record<string, unknown> = {
    '': { dependencies: { 'lesson-site': `file:${tarball}` } },
    'node_modules/lesson-site': {
      version: manifest.version,
      resolved: `file:${tarball}`,
      dependencies: manifest.dependencies,
      optionalDependencies: manifest.optionalDependencies,
      bin: manifest.bin,
    },
  };
  for (const [path, entry] of Object.entries(lock.packages))
    if (path.startsWith('node_modules/') && !entry.dev) packages[path] = entry;
  return { name: 'scratch', lockfileVersion: 3, requires: true, packages };
}

const lessons = {
  styles: join(projectRoot, 'tests/fixtures/lessons/styles-mini'),
  workbench: join(projectRoot, 'tests/fixtures/lessons/workbench-mini'),
};
let packed: { filename: string; size: number; unpackedSize: number; files: { path: string }[] };
let installSeconds = 0;

beforeAll(() => {
  const pack = run('npm', ['pack', '--json', '--pack-destination', scratch], projectRoot);
  expect(pack.status, pack.stderr).toBe(0);
  packed = (JSON.parse(pack.stdout) as (typeof packed)[])[0]!;
  const tarball = join(scratch, packed.filename);
  const project = join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'scratch',
      private: true,
      dependencies: { 'lesson-site': `file:${tarball}` },
    }),
  );
  writeFileSync(join(project, 'package-lock.json'), JSON.stringify(scratchLockfile(tarball)));
  const started = performance.now();
  const install = run('npm', ['ci', '--prefer-offline'], project);
  installSeconds = (performance.now() - started) / 1000;
  expect(install.status, install.stderr).toBe(0);
  for (const [name, dir] of Object.entries(lessons))
    cpSync(dir, join(project, name), { recursive: true });
}, 280_000);

describe('npm pack', () => {
  it('holds what the command needs and nothing of the repository around it', () => {
    const paths = packed.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'package.json',
        'npm-shrinkwrap.json',
        'astro.config.mjs',
        'bin/lesson-site.mjs',
        'src/cli/lesson-site.ts',
        'src/pages/[...view]/[slug].astro',
        'templates/lesson-site.yml',
      ]),
    );
    const unwanted = paths.filter((path) =>
      /^(tests|bench|docs|episodes|learners|\.github|\.ci|src\/lib\/(sweep|verify))\/|^(config\.yaml|index\.md|links\.md|package-lock\.json|playwright\.config\.ts|vitest\.config\.ts)$/.test(
        path,
      ),
    );
    expect(unwanted).toEqual([]);
    console.log(
      `lesson-site ${manifest.version}: packed ${(packed.size / 1024).toFixed(0)} kB, unpacked ${(packed.unpackedSize / 1024).toFixed(0)} kB, ${paths.length} files; npm ci of the tarball ${installSeconds.toFixed(1)} s`,
    );
  });
});

describe.each(Object.keys(lessons))('npx lesson-site in a %s lesson', (name) => {
  const lesson = () => join(scratch, 'project', name);

  it('--help describes every command', () => {
    const help = run('npx', ['lesson-site', '--help'], lesson());
    expect(help.status, help.stderr).toBe(0);
    for (const command of ['build', 'dev', 'check', 'pdf', 'new-episode', 'init-workflow'])
      expect(help.stdout).toContain(`lesson-site ${command}`);
  });

  it('check and build leave the lesson as it was but for dist/, and the site verifies clean', () => {
    const before = snapshot(lesson(), 'dist');
    const check = run('npx', ['lesson-site', 'check'], lesson());
    expect(check.status, check.stdout + check.stderr).toBe(0);
    expect(check.stdout).toMatch(/0 errors/);
    const build = run(
      'npx',
      ['lesson-site', 'build'],
      join(lesson(), name === 'styles' ? '_episodes' : 'episodes'),
    );
    expect(build.status, build.stdout + build.stderr).toBe(0);
    // Search is indexed after Astro has exited, by the command itself: both views' indexes.
    for (const index of ['pagefind', 'instructor/pagefind'])
      expect(existsSync(join(lesson(), 'dist', index, 'pagefind-entry.json')), index).toBe(true);
    expect(build.stdout).toMatch(/lesson-site: learner search index written to pagefind\//);
    const { site, all } = verifySite({
      lessonDir: lesson(),
      outDir: join(lesson(), 'dist'),
      base: '/',
      allow: [],
    });
    expect(site.pages.length).toBeGreaterThan(5);
    expect(all.map((d) => `${d.file}:${d.line} ${d.message}`)).toEqual([]);
    expect(snapshot(lesson(), 'dist')).toEqual(before);
  });

  it('after an edit to an episode, build re-renders only that episode (in a process of its own)', () => {
    const folder = join(lesson(), name === 'styles' ? '_episodes' : 'episodes');
    const file = readdirSync(folder)
      .filter((f) => f.endsWith('.md'))
      .sort()[0]!;
    const text = readFileSync(join(folder, file), 'utf8');
    try {
      appendFileSync(join(folder, file), '\nA sentence added after the first build.\n');
      const build = run('npx', ['lesson-site', 'build'], lesson());
      expect(build.status, build.stdout + build.stderr).toBe(0);
      expect(build.stdout).toContain('only episode text changed since the last build');
      const page = join(lesson(), 'dist', file.replace(/\.md$/, ''), 'index.html');
      expect(readFileSync(page, 'utf8')).toContain('A sentence added after the first build.');
    } finally {
      writeFileSync(join(folder, file), text);
    }
  });
});

describe('npx lesson-site outside a lesson', () => {
  it('says so in one line and exits with 2', () => {
    // A repository of its own (.git), so the search for a lesson above it stops there.
    const elsewhere = join(scratch, 'project', 'not-a-lesson');
    mkdirSync(join(elsewhere, '.git'), { recursive: true });
    const result = run('npx', ['lesson-site', 'build'], elsewhere);
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/is not in a lesson folder/);
  });
});
