/**
 * Valid HTML: every page of the built default lesson passes html-validate with the project's
 * configuration (.htmlvalidate.cjs, which documents every rule it relaxes). Reads dist/, which
 * globalSetup has just built.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { distDir, lessonRoot } from './helpers.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

test('every built page of the default lesson is valid HTML', async () => {
  expect(existsSync(distDir), 'dist/ was built by globalSetup').toBe(true);
  const files = htmlFiles(distDir).sort();
  expect(files.length).toBeGreaterThan(5);
  // Resolves .htmlvalidate.cjs from the repository root, as the CLI does.
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const reports = await Promise.all(files.map((file) => validator.validateFile(file)));
  const failing = reports.filter((report) => !report.valid);
  const text = formatterFactory('text')(failing.flatMap((r) => r.results))
    .split(`${lessonRoot}`)
    .join('');
  expect(
    failing.length,
    `html-validate found problems in ${failing.length} of ${files.length} pages:\n${text}`,
  ).toBe(0);
});
