import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLesson } from '../../../../src/lib/check/run-check.ts';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixture = (name: string) => join(root, 'tests/fixtures/broken', name);
/** The project pins Node 24 (type stripping); the system node may be older. */
const node = join(root, 'node_modules/.bin/node');
const cli = (...args: string[]) =>
  spawnSync(node, [join(root, 'src/cli/check.ts'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' },
    timeout: 30_000,
  });

/** The diagnostics of a fixture lesson as `rule line message`, the shape every case pins. */
const findings = (dir: string) =>
  checkLesson(dir).diagnostics.map(
    (d) => `${d.file}:${d.line} ${d.severity} ${d.rule} ${d.message}`,
  );

describe('checkLesson on broken lessons: diagnostics, never a crash', () => {
  it('invalid YAML in the frontmatter: the parser line and column', () => {
    const [d, ...rest] = checkLesson(fixture('invalid-yaml')).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      file: 'episodes/01-bad.md',
      line: 3,
      column: 12,
      severity: 'error',
      rule: 'yaml/syntax',
      message: 'YAML syntax error in the frontmatter: Missing closing "quote',
    });
  });

  it('wrong types: each field, what was expected and found and how it was read, on its line', () => {
    expect(findings(fixture('wrong-types'))).toEqual([
      'episodes/01-types.md:3 warning frontmatter/coerced teaching: expected teaching time as a whole number of minutes, such as 10, found "ten" (text); no number could be read, so the time is unknown and the schedule shows no clock times from this episode on',
      'episodes/01-types.md:4 warning frontmatter/coerced exercises: expected exercise time as a whole number of minutes, such as 10, found 2.5 (a number); read as 3 minutes',
      'episodes/01-types.md:5 warning frontmatter/coerced start: expected true or false, found "sometimes" (text); ignored: read as false',
    ]);
  });

  it('an empty episode file: missing frontmatter, and no pile of content warnings', () => {
    // A Workbench episode's key points are a div of its body, so their absence is its own finding.
    expect(findings(fixture('empty-file'))).toEqual([
      'episodes/01-empty.md:0 warning episode/no-keypoints episode has no key points, so it is missing from the key points page',
      'episodes/01-empty.md:1 warning frontmatter/missing episode has no frontmatter: it is shown as an episode titled "Empty" after its file name, without teaching or exercise times',
    ]);
  });

  it('a styles episode without frontmatter: one warning, not one per missing field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-frontmatter-'));
    mkdirSync(join(dir, '_episodes'));
    writeFileSync(join(dir, '_config.yml'), 'title: A lesson\n');
    writeFileSync(join(dir, '_episodes/01-notes.md'), '# Notes\n\nSome text.\n');
    try {
      expect(findings(dir)).toEqual([
        '_episodes/01-notes.md:1 warning frontmatter/missing episode has no frontmatter: it is shown as an episode titled "Notes" after its file name, without questions, objectives, key points or times',
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a binary file among the episodes', () => {
    expect(findings(fixture('binary-file'))).toEqual([
      'episodes/02-picture.md:0 error source/binary file is binary (it contains NUL bytes), not Markdown text',
    ]);
  });

  it('invalid UTF-8 stops a styles build, as kramdown does, at the first bad line', () => {
    expect(findings(fixture('invalid-utf8-styles'))).toEqual([
      '_episodes/01-latin1.md:7 error source/encoding file is not valid UTF-8 text, which stops kramdown (and Jekyll) too',
    ]);
  });

  it('invalid UTF-8 in a Workbench episode is read as pandoc reads it, with a warning', () => {
    expect(findings(fixture('invalid-utf8'))).toEqual([
      'episodes/01-latin1.md:0 warning episode/no-keypoints episode has no key points, so it is missing from the key points page',
      'episodes/01-latin1.md:7 warning source/encoding file is not valid UTF-8 text; as pandoc falls back to Latin-1, the lines that are not UTF-8 are read as Windows-1252 (Latin-1)',
    ]);
  });

  it('an unclosed fenced div (Workbench)', () => {
    expect(findings(fixture('unclosed-div'))).toEqual([
      'episodes/01-div.md:9 warning divs/unclosed fenced div "challenge" opened here is never closed; it is closed at the end of the file',
    ]);
  });

  it('a styles lesson that includes links.md but has none: its references are undefined', () => {
    expect(findings(fixture('missing-links'))).toEqual([
      '_episodes/01-refs.md:11 error links/undefined-reference reference link [the manual][manual] has no definition "[manual]: …" in this page or in _includes/links.md',
    ]);
  });

  it('a missing config: a warning, defaults used', () => {
    expect(findings(fixture('missing-config'))).toEqual([
      'config.yaml:0 warning config/missing no config.yaml in the lesson folder; using a default title and start time',
    ]);
  });

  it('an empty config: the missing title, on line 1, a warning as Jekyll builds it', () => {
    expect(findings(fixture('empty-config'))).toEqual([
      'config.yaml:1 warning config/no-title no lesson title: the header shows "Lesson"',
    ]);
  });

  it('an include that includes itself stops at the depth limit', () => {
    expect(findings(fixture('include-loop'))).toEqual([
      '_episodes/01-loop.md:11 warning liquid/include-loop {% include loop.md %} is nested more than 10 deep (does it include itself?)',
    ]);
  });

  describe('a 5 MB episode', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lesson-huge-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));
    const section = (n: number) =>
      `## Section ${n}\n\nSome text linking to [section ${n}](#section-${n}) and \`code\`.\n\n\`\`\`bash\necho ${n}\n\`\`\`\n\n`;
    mkdirSync(join(dir, 'episodes'));
    writeFileSync(join(dir, 'config.yaml'), 'title: Huge\n');
    let body = '';
    for (let n = 0; body.length < 5 * 1024 * 1024; n++) body += section(n);
    writeFileSync(
      join(dir, 'episodes/01-huge.md'),
      `---\ntitle: Huge\nkeypoints:\n- One.\n---\n\n${body}`,
    );

    it('is checked in seconds, with a finding pointing deep into it', () => {
      writeFileSync(
        join(dir, 'episodes/01-huge.md'),
        `---\ntitle: Huge\nkeypoints:\n- One.\n---\n\n${body}#### Deep\n`,
      );
      const started = performance.now();
      const result = checkLesson(dir);
      expect(performance.now() - started).toBeLessThan(20_000);
      const lines = body.split('\n').length;
      expect(result.diagnostics.map((d) => `${d.line} ${d.rule}`)).toEqual([
        `${lines + 6} headings/skipped-level`,
      ]);
    });
  });
});

describe('the check CLI on broken lessons', () => {
  it('exits 1 with grouped text output and a summary for invalid YAML', () => {
    const run = cli('--lesson', fixture('invalid-yaml'));
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(
      /^\nepisodes\/01-bad\.md\n {2}episodes\/01-bad\.md:3:12 {2}error {2}YAML syntax error in the frontmatter: Missing closing "quote {2}\(yaml\/syntax\)\n/,
    );
    expect(run.stdout).toMatch(/\n1 error, 0 warnings, 0 notices in 1 file \(\d+ ms\)\n$/);
  });

  it('exits 0 on warnings only, and 1 with --strict; github annotations on request', () => {
    expect(cli('--lesson', fixture('unclosed-div')).status).toBe(0);
    const strict = cli('--lesson', fixture('unclosed-div'), '--strict', '--format', 'github');
    expect(strict.status).toBe(1);
    expect(strict.stdout.split('\n')[0]).toBe(
      '::warning file=episodes/01-div.md,line=9,title=divs/unclosed::fenced div "challenge" opened here is never closed; it is closed at the end of the file (hint: Add a line of colons (:::) where the div ends; if it holds other divs, check that each of them is closed too.)',
    );
  });

  it('prints JSON for a binary episode, and never a stack trace', () => {
    const run = cli('--lesson', fixture('binary-file'), '--format', 'json');
    expect(run.status).toBe(1);
    const report = JSON.parse(run.stdout) as {
      summary: Record<string, unknown>;
      diagnostics: { rule: string }[];
    };
    expect(report.summary).toMatchObject({
      errors: 1,
      warnings: 0,
      notices: 0,
      files: 2,
      failed: true,
    });
    expect(report.diagnostics.map((d) => d.rule)).toEqual(['source/binary']);
    expect(run.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('uses github annotations by default under GitHub Actions', () => {
    const run = spawnSync(node, [join(root, 'src/cli/check.ts')], {
      encoding: 'utf8',
      env: { ...process.env, LESSON_DIR: fixture('invalid-yaml'), GITHUB_ACTIONS: 'true' },
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=episodes\/01-bad\.md,line=3,col=12,title=yaml\/syntax::YAML syntax error in the frontmatter/,
    );
  });

  it('a bad flag or format is a usage error (exit 2), one message, no stack', () => {
    const run = cli('--format', 'xml');
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('check: unknown format "xml"; expected one of human, github, json\n');
  });

  it('a folder that is not a lesson: one error, exit 1', () => {
    const run = cli('--lesson', join(root, 'tests/fixtures/broken'), '--format', 'github');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('title=lesson/not-found::no lesson found in');
  });
});
