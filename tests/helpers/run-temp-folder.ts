import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What the run's temporary folder is called, under the system's own. */
export const runTempPrefix = 'lesson-site-tests-';

/**
 * One temporary folder for a whole test run, removed when the run ends (call the function this
 * returns). Set as `TMPDIR` before any test starts, it is where `os.tmpdir()` points in every test
 * worker and in every build, browser or command a test starts, since they inherit the
 * environment: the scratch lessons and built sites the tests make (≈ 30 folders, 15 MB a run) and
 * the compile cache of the commands they run (≈ 2000 files) go with it, instead of piling up in
 * the system's folder run after run.
 */
export function useRunTempFolder(): () => void {
  const folder = mkdtempSync(join(tmpdir(), runTempPrefix));
  const previous = process.env.TMPDIR;
  process.env.TMPDIR = folder;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  };
}
