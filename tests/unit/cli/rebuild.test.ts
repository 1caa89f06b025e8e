/**
 * `lesson-site build` after an edit to an episode's text only: the episode is rendered again and
 * spliced into the pages that show it, and the site is the one a full build makes, byte for byte;
 * anything else the edit changed sends the build through Astro. Real builds of throw-away copies
 * of the fixture lessons.
 */
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rebuildChangedEpisodes, type RebuildResult } from '../../../src/cli/rebuild.ts';
import { lessonCacheFolder } from '../../../src/lib/lesson/cache-folder.ts';
import { buildRecordFile } from '../../../src/loaders/build-record.ts';
import { siteGeneratorFingerprint } from '../../../src/loaders/generator-fingerprint.ts';
import { buildLesson, projectRoot } from '../build/astro-build.ts';

const scratch = mkdtempSync(join(tmpdir(), 'rebuild-'));
const lessons: string[] = [];
afterAll(() => {
  rmSync(scratch, { recursive: true, force: true });
  for (const dir of lessons)
    rmSync(join(projectRoot, lessonCacheFolder(dir)), { recursive: true, force: true });
});

/** Every file's modification time in a copy: a whole second, which `changeFile` can put back exactly. */
const copied = new Date('2026-01-01T00:00:00Z');

/** A throw-away copy of a fixture lesson. */
function copyOf(fixture: string, name = fixture): string {
  const dir = join(scratch, name);
  cpSync(join(projectRoot, 'tests/fixtures/lessons', fixture), dir, { recursive: true });
  for (const path of tree(dir).keys()) utimesSync(join(dir, path), copied, copied);
  lessons.push(dir);
  return dir;
}

/** `lesson-site build` as a user runs it; its exit status and everything it printed. */
function build(lessonDir: string, out: string, ...args: string[]) {
  const run = spawnSync(
    process.execPath,
    ['src/cli/lesson-site.ts', 'build', lessonDir, '--out', out, ...args],
    {
      cwd: projectRoot,
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SITE_URL: '', BASE_PATH: '' },
      timeout: 120_000,
    },
  );
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** Change a file of a copied lesson; the returned function puts back its bytes and its time. */
function changeFile(path: string, change: (path: string) => void): () => void {
  const bytes = readFileSync(path);
  change(path);
  return () => {
    writeFileSync(path, bytes);
    utimesSync(path, copied, copied);
  };
}

/** Every file of a folder: relative path → bytes. */
function tree(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.set(relative(dir, path), readFileSync(path));
    }
  };
  walk(dir);
  return files;
}

/** The paths whose bytes differ between two folders, or that only one has. */
function differences(a: string, b: string): string[] {
  const left = tree(a);
  const right = tree(b);
  return [...new Set([...left.keys(), ...right.keys()])]
    .filter((path) => !left.get(path)?.equals(right.get(path) ?? Buffer.alloc(0)))
    .sort();
}

const edits = {
  'styles-mini': {
    episode: '_episodes/01-first.md',
    text: '\nA sentence added with `inline code`, a [link](https://example.org/added) and $x^2$.\n',
  },
  'workbench-mini': {
    episode: 'episodes/intro.md',
    text: '\nA sentence added with `inline code` and a [link](https://example.org/added).\n',
  },
};

describe.sequential('an edit to episode text only', () => {
  for (const [fixture, edit] of Object.entries(edits)) {
    it(`${fixture}: re-renders that episode, and the site is the full build's, byte for byte`, () => {
      const lesson = copyOf(fixture);
      const quick = join(scratch, `${fixture}-quick`);
      const full = join(scratch, `${fixture}-full`);
      const first = build(lesson, quick);
      expect(first.status, first.output).toBe(0);
      const before = tree(quick);

      appendFileSync(join(lesson, edit.episode), edit.text);
      const again = build(lesson, quick);
      expect(again.status, again.output).toBe(0);
      expect(again.output).toContain(
        `only episode text changed since the last build: re-rendered 1 episode (${edit.episode})`,
      );
      expect(again.output).not.toContain('[build]'); // Astro did not run

      const reference = build(lesson, full, '--full');
      expect(reference.status, reference.output).toBe(0);
      expect(reference.output).toContain('[build] Complete!');
      expect(differences(quick, full)).toEqual([]);
      // The edit is there (in the episode in both views and in both all-in-one pages).
      const changed = [...tree(quick)].filter(([path, bytes]) => !before.get(path)?.equals(bytes));
      const pages = changed.map(([path]) => path).filter((path) => path.endsWith('.html'));
      expect(pages).toHaveLength(4);
      for (const [, bytes] of changed.filter(([path]) => path.endsWith('.html')))
        expect(bytes.toString('utf8')).toContain('https://example.org/added');

      // The full build went to another folder, which keeps a record of its own: this folder's
      // next edit is still a quick one.
      appendFileSync(join(lesson, edit.episode), '\nAnd one more.\n');
      const third = build(lesson, quick);
      expect(third.status, third.output).toBe(0);
      expect(third.output).toContain('only episode text changed since the last build');
    });
  }
});

describe('the command and `astro build`', () => {
  it('make the same site: the all-in-one pages, whose episodes the command writes in once Astro has exited, included', () => {
    const lesson = copyOf('styles-mini', 'styles-mini-astro');
    // An episode with a slot: its all-in-one copy has a component in it, which only Astro renders.
    appendFileSync(join(lesson, '_episodes/03-history.md'), '\n{% include syllabus.html %}\n');
    const out = join(scratch, 'styles-mini-command');
    const command = build(lesson, out);
    expect(command.status, command.output).toBe(0);
    const astro = buildLesson(lesson, { SITE_URL: '', BASE_PATH: '' });
    expect(astro.status, astro.output).toBe(0);
    try {
      expect(differences(out, astro.outDir)).toEqual([]);
      for (const page of ['aio/index.html', 'instructor/aio/index.html']) {
        const html = readFileSync(join(out, page), 'utf8');
        expect(html).not.toContain('lesson-site-deferred');
        expect(html).toContain('class="schedule"');
      }
    } finally {
      rmSync(astro.outDir, { recursive: true, force: true });
    }
  });
});

describe.sequential('what a quick rebuild leaves to a full build', () => {
  const lesson = copyOf('styles-mini');
  const out = join(scratch, 'styles-mini-cases');
  const episode = join(lesson, '_episodes/03-history.md');
  const original = () => readFileSync(episode, 'utf8');
  let pristine = '';

  const attempt = async (): Promise<{ result: RebuildResult; logged: string[] }> => {
    const logged: string[] = [];
    const log = {
      info: (m: string) => logged.push(m),
      warn: (m: string) => logged.push(m),
      error: (m: string) => logged.push(m),
    };
    const result = await rebuildChangedEpisodes({
      lessonDir: lesson,
      out,
      cacheDir: join(projectRoot, lessonCacheFolder(lesson)),
      generator: siteGeneratorFingerprint(projectRoot),
      location: { SITE_URL: '', BASE_PATH: '' },
      log,
    });
    return { result, logged };
  };

  it('builds the lesson once', () => {
    const first = build(lesson, out);
    expect(first.status, first.output).toBe(0);
    pristine = original();
  });

  it('nothing changed: the site is up to date, and nothing is written', async () => {
    const before = tree(out);
    const { result, logged } = await attempt();
    expect(result).toEqual({ status: 0 });
    expect(logged.join('\n')).toContain('the site is up to date');
    expect([...tree(out)].every(([path, bytes]) => before.get(path)?.equals(bytes))).toBe(true);
  });

  const cases: Array<{ name: string; change: () => () => void; reason: RegExp }> = [
    {
      name: 'a new heading (the page outline changes)',
      change: () => {
        appendFileSync(episode, '\n## A new section\n\nText.\n');
        return () => writeFileSync(episode, pristine);
      },
      reason: /03-history\.md: the edit changed more than the episode's text/,
    },
    {
      name: 'a new figure (the figures page lists it)',
      change: () => {
        appendFileSync(episode, '\n![A staging diagram](../fig/staging.svg)\n');
        return () => writeFileSync(episode, pristine);
      },
      reason: /changed more than the episode's text/,
    },
    {
      name: 'a new key point in the frontmatter',
      change: () => {
        writeFileSync(
          episode,
          pristine.replace('keypoints:\n', 'keypoints:\n- "One more point."\n'),
        );
        return () => writeFileSync(episode, pristine);
      },
      reason: /changed more than the episode's text/,
    },
    {
      name: 'a new title (every page lists it)',
      change: () => {
        writeFileSync(episode, pristine.replace(/^title: .*$/m, 'title: "Another title"'));
        return () => writeFileSync(episode, pristine);
      },
      reason: /something every page shares changed/,
    },
    {
      name: 'the config',
      change: () =>
        changeFile(join(lesson, '_config.yml'), (path) => appendFileSync(path, '\n# a comment\n')),
      reason: /a lesson file other than an episode changed/,
    },
    {
      name: 'a figure file',
      change: () =>
        changeFile(join(lesson, 'fig/staging.svg'), (path) => appendFileSync(path, '\n')),
      reason: /a lesson file other than an episode changed/,
    },
    {
      name: 'a file in the output folder',
      change: () => {
        writeFileSync(join(out, 'stray.html'), '<p>stray</p>');
        return () => rmSync(join(out, 'stray.html'));
      },
      reason: /the output folder changed since the last build/,
    },
  ];
  for (const { name, change, reason } of cases)
    it(`${name}: a full build`, async () => {
      expect(pristine).not.toBe('');
      const before = tree(out);
      const undo = change();
      try {
        const { result } = await attempt();
        expect(result).toMatchObject({ fullBuild: expect.stringMatching(reason) });
      } finally {
        undo();
      }
      // Put back as it was, the lesson is up to date again: each case stands on its own.
      expect((await attempt()).result).toEqual({ status: 0 });
      expect([...tree(out)].every(([path, bytes]) => before.get(path)?.equals(bytes))).toBe(true);
    });

  it('a record it cannot use: the quick rebuild gives way to a full build, which succeeds', () => {
    const record = buildRecordFile(join(projectRoot, lessonCacheFolder(lesson)), out);
    const kept = JSON.parse(readFileSync(record, 'utf8')) as Record<string, unknown>;
    writeFileSync(record, JSON.stringify({ ...kept, pages: null }));
    appendFileSync(episode, '\nOne more sentence.\n');
    const again = build(lesson, out);
    expect(again.status, again.output).toBe(0);
    expect(again.output).toContain('building every page: the quick rebuild failed');
    expect(again.output).toContain('[build] Complete!');
  });
});
