import { test, expect } from '@playwright/test';
import { basename } from 'node:path';
import { tmpdir } from 'node:os';
import { runTempPrefix } from '../helpers/run-temp-folder.ts';

// The browser tests' scratch folders (and Chromium's profiles) go in the run's own temporary
// folder, which the global setup made and its teardown removes.
test('a browser test run keeps its scratch files in a folder of its own', () => {
  expect(basename(tmpdir()).startsWith(runTempPrefix)).toBe(true);
});
