import { spawnSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runTempPrefix } from '../helpers/run-temp-folder.ts';

describe('a test run keeps its scratch files in a folder of its own', () => {
  it('os.tmpdir() is the run folder in a test worker', () => {
    expect(basename(tmpdir()).startsWith(runTempPrefix)).toBe(true);
    expect(basename(dirname(tmpdir())).startsWith(runTempPrefix)).toBe(false);
  });

  it('and in a process a test starts', () => {
    const child = spawnSync(process.execPath, ['-p', "require('node:os').tmpdir()"], {
      encoding: 'utf8',
    });
    expect(child.stdout.trim()).toBe(tmpdir());
  });
});
