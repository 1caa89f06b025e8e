import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
