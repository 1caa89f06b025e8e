import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { projectRoot } from '../build/astro-build.ts';

const hooks = join(projectRoot, 'bin/typescript-hooks.mjs');
const fixture = join(projectRoot, 'tests/fixtures/typescript-hooks/greeting.ts');
const scratch = mkdtempSync(join(tmpdir(), 'lesson-site-hooks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Run the fixture as the installed command runs the package's TypeScript: through the hooks. */
function runFixture(cacheHome: string) {
  const run = spawnSync(
    process.execPath,
    ['--disable-warning=ExperimentalWarning', '--import', hooks, fixture],
    // No NODE_OPTIONS: a checkout's own type stripping must not be what runs the file.
    { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome, NODE_OPTIONS: '' } },
  );
  return { status: run.status, stdout: run.stdout.trim(), stderr: run.stderr };
}

const cachedFiles = (cacheHome: string) => {
  const dir = join(cacheHome, 'lesson-site', 'typescript', process.version);
  return readdirSync(dir).map((name) => join(dir, name));
};

it('keeps each stripped file in the user cache and runs it from there the next time', () => {
  const cacheHome = join(scratch, 'cache');
  expect(runFixture(cacheHome)).toMatchObject({ status: 0, stdout: 'hello, learner' });
  const [cached, ...others] = cachedFiles(cacheHome);
  expect(others).toEqual([]);
  expect(readFileSync(cached!, 'utf8')).toBe(stripTypeScriptTypes(readFileSync(fixture, 'utf8')));

  // What runs the second time is the cached file, not a new strip of the source.
  writeFileSync(cached!, readFileSync(cached!, 'utf8').replace('hello', 'welcome back'));
  expect(runFixture(cacheHome)).toMatchObject({ status: 0, stdout: 'welcome back, learner' });
});

it('strips the file each time when the cache folder cannot be written', () => {
  const notAFolder = join(scratch, 'file');
  writeFileSync(notAFolder, '');
  expect(runFixture(notAFolder)).toMatchObject({ status: 0, stdout: 'hello, learner' });
});

it("removes entries a month old when it writes a new one, in every Node version's folder", () => {
  const cacheHome = join(scratch, 'pruned');
  const versions = join(cacheHome, 'lesson-site', 'typescript');
  const entry = (version: string, name: string, daysOld: number) => {
    mkdirSync(join(versions, version), { recursive: true });
    const file = join(versions, version, name);
    writeFileSync(file, 'export {};\n');
    const when = new Date(Date.now() - daysOld * 24 * 60 * 60 * 1000);
    utimesSync(file, when, when);
    return file;
  };
  const stale = entry(process.version, 'stale.js', 40);
  const recent = entry(process.version, 'recent.js', 2);
  const otherStale = entry('v0.0.1', 'stale.js', 40);
  const otherRecent = entry('v0.0.2', 'recent.js', 2);

  // The fixture is new to this cache: written, and the stale entries go.
  expect(runFixture(cacheHome)).toMatchObject({ status: 0, stdout: 'hello, learner' });
  expect([stale, otherStale].filter(existsSync)).toEqual([]);
  expect(existsSync(join(versions, 'v0.0.1'))).toBe(false);
  expect([recent, otherRecent].every(existsSync)).toBe(true);
  expect(cachedFiles(cacheHome)).toHaveLength(2); // recent.js and the fixture's

  // A run that only reads the cache leaves it alone.
  const staleAgain = entry(process.version, 'stale-again.js', 40);
  expect(runFixture(cacheHome)).toMatchObject({ status: 0, stdout: 'hello, learner' });
  expect(existsSync(staleAgain)).toBe(true);
});
