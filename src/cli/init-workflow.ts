import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { packageRoot } from './astro.ts';

/** The workflow lesson-site ships for lesson repositories, and where it goes in one. */
export const workflowTemplate = join(packageRoot, 'templates/lesson-site.yml');
export const workflowFile = '.github/workflows/lesson-site.yml';

/**
 * Workflows that built the site the old way: the styles template's Jekyll build and template check,
 * and the Workbench's sandpaper workflows (they install R and push to gh-pages).
 */
const oldWorkflow =
  /^(website\.ya?ml|template\.ya?ml|update-styles\.ya?ml|sandpaper-main\.ya?ml|sandpaper-version\.txt|pr-[a-z-]+\.ya?ml|update-cache\.ya?ml|update-workflows\.ya?ml)$/;

export class InitWorkflowError extends Error {
  override name = 'InitWorkflowError';
}

/**
 * Write the workflow into the lesson (never over an existing file unless `force`); the lesson's old
 * build workflows that it replaces, for the author to delete.
 */
export function initWorkflow(
  lessonDir: string,
  { force = false } = {},
): { oldWorkflows: string[] } {
  const target = join(lessonDir, workflowFile);
  if (existsSync(target) && !force)
    throw new InitWorkflowError(
      `${workflowFile} already exists; it was left as it is (lesson-site init-workflow --force replaces it)`,
    );
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(workflowTemplate, target);
  const folder = dirname(target);
  const oldWorkflows = readdirSync(folder)
    .filter((name) => oldWorkflow.test(name))
    .map((name) => `.github/workflows/${name}`)
    .sort();
  return { oldWorkflows };
}
