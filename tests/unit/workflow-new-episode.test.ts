/** `npm run new:episode -- "Title"` (scripts/new-episode.ts), on throw-away lessons in the temp folder. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  appendToList,
  createEpisode,
  kebabCase,
  nextNumber,
  NewEpisodeError,
} from '../../scripts/new-episode.ts';
import { loadLesson } from '../../src/lib/lesson/load-lesson.ts';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A lesson folder with these files (path → text). */
function lesson(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'new-episode-'));
  made.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const frontmatter = (text: string) =>
  parse(/^---\n([\s\S]*?)\n---\n/.exec(text)![1]!) as Record<string, unknown>;

const workbenchConfig = `# Lesson configuration
title: 'My lesson'   # shown in the header

# Order of episodes in your lesson
episodes: 
- introduction.md   # the first one
- 02-second.md

# Information for Learners
learners: 

url: 'https://example.github.io/my-lesson'
`;
const divEpisode =
  '---\ntitle: Intro\nteaching: 5\nexercises: 0\n---\n\n::: questions\n\n- Why?\n\n:::\n';

describe('kebabCase and nextNumber', () => {
  it('turns a title into a file name', () => {
    expect(kebabCase('Loops: Café & More!')).toBe('loops-cafe-more');
    expect(kebabCase('  Using `git log`  ')).toBe('using-git-log');
    expect(kebabCase('???')).toBe('');
  });

  it('numbers after the last episode, two digits at least', () => {
    expect(nextNumber([])).toBe('01');
    expect(nextNumber(['01-a.md', '02-b.md', '07-c.md'])).toBe('08');
    expect(nextNumber(['introduction.md', '09-x.md'])).toBe('10');
    expect(nextNumber(['099-x.md'])).toBe('100');
    expect(nextNumber(['001-x.md'])).toBe('002');
  });
});

describe('createEpisode', () => {
  it('Workbench: next number, fenced divs, appended to episodes: with the comments kept', () => {
    const dir = lesson({
      'config.yaml': workbenchConfig,
      'episodes/introduction.md': divEpisode,
      'episodes/02-second.md': divEpisode,
    });
    const result = createEpisode({ lessonDir: dir, title: 'Loops: part 2' });
    expect(result.file).toBe('episodes/03-loops-part-2.md');
    expect(result.style).toBe('divs');
    expect(result.configUpdated).toBe('config.yaml');

    const text = readFileSync(result.path, 'utf8');
    expect(frontmatter(text)).toEqual({ title: 'Loops: part 2', teaching: 10, exercises: 5 });
    for (const kind of ['questions', 'objectives', 'keypoints', 'challenge', 'solution'])
      expect(text).toMatch(new RegExp(`^:{3,} ${kind}$`, 'm'));

    const config = readFileSync(join(dir, 'config.yaml'), 'utf8');
    expect(config).toBe(
      workbenchConfig.replace('- 02-second.md\n', '- 02-second.md\n- 03-loops-part-2.md\n'),
    );

    // The generator's own loader accepts the new episode, in the listed order, without errors.
    const loaded = loadLesson(dir);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.episodes.map((e) => e.slug)).toEqual([
      'introduction',
      '02-second',
      '03-loops-part-2',
    ]);
  });

  it('Workbench lesson whose episodes use legacy frontmatter (this repository): questions in the frontmatter', () => {
    const legacy =
      '---\ntitle: "One"\nteaching: 5\nexercises: 5\nquestions:\n- "Why?"\nobjectives:\n- "Do."\nkeypoints:\n- "Done."\n---\n\nText.\n';
    const dir = lesson({ 'config.yaml': 'title: Lesson\n', 'episodes/01-one.md': legacy });
    const result = createEpisode({ lessonDir: dir, title: 'Two' });
    expect(result).toMatchObject({
      file: 'episodes/02-two.md',
      style: 'frontmatter',
      configUpdated: undefined,
    });
    const data = frontmatter(readFileSync(result.path, 'utf8'));
    expect(Object.keys(data)).toEqual([
      'title',
      'teaching',
      'exercises',
      'questions',
      'objectives',
      'keypoints',
    ]);
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe('title: Lesson\n');
    const loaded = loadLesson(dir);
    expect(loaded.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(loaded.episodes.at(-1)!.frontmatter.questions).toHaveLength(1);
  });

  it('styles: _episodes/ with legacy frontmatter, appended to episode_order: without .md when the list has none', () => {
    const dir = lesson({
      '_config.yml': 'title: "Styles lesson"\nepisode_order:\n  - 01-first\n',
      '_episodes/01-first.md': '---\ntitle: First\nteaching: 5\nexercises: 0\n---\n',
    });
    const result = createEpisode({ lessonDir: dir, title: 'Second "quoted" #1' });
    expect(result.file).toBe('_episodes/02-second-quoted-1.md');
    expect(result.style).toBe('frontmatter');
    const text = readFileSync(result.path, 'utf8');
    expect(frontmatter(text).title).toBe('Second "quoted" #1');
    expect(text).toMatch(/\{: \.challenge\}/);
    expect(readFileSync(join(dir, '_config.yml'), 'utf8')).toBe(
      'title: "Styles lesson"\nepisode_order:\n  - 01-first\n  - 02-second-quoted-1\n',
    );
    expect(loadLesson(dir).diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('a Workbench lesson with only config.yaml gets episodes/01-….md', () => {
    const dir = lesson({ 'config.yaml': 'title: Empty\n' });
    expect(createEpisode({ lessonDir: dir, title: 'Start' }).file).toBe('episodes/01-start.md');
  });

  it('leaves an empty "episodes:" alone: it means every file, in name order', () => {
    const dir = lesson({ 'config.yaml': 'title: T\nepisodes:\n', 'episodes/01-a.md': divEpisode });
    expect(createEpisode({ lessonDir: dir, title: 'B' }).configUpdated).toBeUndefined();
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe('title: T\nepisodes:\n');
  });

  it('never touches an existing episode: the same title again gets the next number', () => {
    const dir = lesson({ 'config.yaml': 'title: T\n', 'episodes/01-same.md': 'keep me' });
    expect(createEpisode({ lessonDir: dir, title: 'Same' }).file).toBe('episodes/02-same.md');
    expect(createEpisode({ lessonDir: dir, title: 'Same' }).file).toBe('episodes/03-same.md');
    expect(readFileSync(join(dir, 'episodes', '01-same.md'), 'utf8')).toBe('keep me');
  });

  it('does not list a file twice when the config already names it', () => {
    const config = 'episodes:\n- 01-a.md\n- 02-planned.md\n';
    const dir = lesson({ 'config.yaml': config, 'episodes/01-a.md': divEpisode });
    expect(createEpisode({ lessonDir: dir, title: 'Planned' })).toMatchObject({
      file: 'episodes/02-planned.md',
      configUpdated: undefined,
    });
    expect(readFileSync(join(dir, 'config.yaml'), 'utf8')).toBe(config);
  });

  it('explains every error', () => {
    const dir = lesson({ 'config.yaml': 'title: T\n' });
    expect(() => createEpisode({ lessonDir: dir, title: '  ' })).toThrow(
      /Give the episode a title: npm run new:episode -- "My episode title"/,
    );
    expect(() => createEpisode({ lessonDir: dir, title: '???' })).toThrow(/no letters or digits/);
    expect(() => createEpisode({ lessonDir: join(dir, 'missing'), title: 'X' })).toThrow(
      /does not exist; check LESSON_DIR/,
    );
    const notALesson = lesson({ 'README.md': 'hi' });
    expect(() => createEpisode({ lessonDir: notALesson, title: 'X' })).toThrow(
      /is not a lesson: expected an episodes\/ folder or config\.yaml/,
    );
    const badYaml = lesson({ 'config.yaml': 'title: [unclosed\n', 'episodes/01-a.md': divEpisode });
    expect(() => createEpisode({ lessonDir: badYaml, title: 'X' })).toThrow(
      /config\.yaml is not valid YAML/,
    );
    // Nothing was written when the config could not be updated.
    expect(readdirSync(join(badYaml, 'episodes'))).toEqual(['01-a.md']);
    const notAList = lesson({ 'config.yaml': 'title: T\nepisodes: intro.md\n' });
    expect(() => createEpisode({ lessonDir: notAList, title: 'X' })).toThrow(NewEpisodeError);
    expect(() => createEpisode({ lessonDir: notAList, title: 'X' })).toThrow(
      /"episodes:" should be a list/,
    );
  });
});

describe('appendToList', () => {
  it("keeps the list's indentation, and flow lists stay flow lists", () => {
    expect(
      appendToList('a: 1\nepisodes:\n    - x.md # c\nb: 2\n', 'episodes', 'y.md', 'c.yaml'),
    ).toBe('a: 1\nepisodes:\n    - x.md # c\n    - y.md\nb: 2\n');
    expect(appendToList('episodes: [x.md, "z.md"] # c\n', 'episodes', 'y.md', 'c.yaml')).toBe(
      'episodes: [x.md, "z.md", y.md] # c\n',
    );
    expect(appendToList('episodes: []\n', 'episodes', 'y.md', 'c.yaml')).toBe('episodes: [y.md]\n');
    expect(appendToList('episodes:\n- x.md', 'episodes', 'y.md', 'c.yaml')).toBe(
      'episodes:\n- x.md\n- y.md',
    );
    expect(appendToList('title: T\n', 'episodes', 'y.md', 'c.yaml')).toBeUndefined();
  });
});

describe('npm run new:episode (the command line)', () => {
  const script = fileURLToPath(new URL('../../scripts/new-episode.ts', import.meta.url));
  const run = (args: string[], env: Record<string, string>) => {
    try {
      return {
        code: 0,
        out: execFileSync(process.execPath, [script, ...args], {
          env: { ...process.env, ...env },
          encoding: 'utf8',
          stdio: 'pipe',
        }),
      };
    } catch (error) {
      const e = error as { status: number; stderr: string };
      return { code: e.status, out: e.stderr };
    }
  };

  it('creates the episode in LESSON_DIR and says where', () => {
    const dir = lesson({
      'config.yaml': workbenchConfig,
      'episodes/introduction.md': divEpisode,
      'episodes/02-second.md': divEpisode,
    });
    const { code, out } = run(['My', 'title'], { LESSON_DIR: dir });
    expect(code).toBe(0);
    expect(out).toContain('created episodes/03-my-title.md');
    expect(out).toContain('config.yaml');
  });

  it('prints the usage without a title, and a one-line error for a bad LESSON_DIR', () => {
    expect(run([], {})).toMatchObject({
      code: 2,
      out: expect.stringContaining('usage: npm run new:episode -- "Episode title"'),
    });
    const bad = run(['X'], { LESSON_DIR: join(tmpdir(), 'no-such-lesson-here') });
    expect(bad.code).toBe(1);
    expect(bad.out.trim().split('\n')).toHaveLength(1);
    expect(bad.out).toMatch(/^new:episode: .*does not exist; check LESSON_DIR/);
  });
});
