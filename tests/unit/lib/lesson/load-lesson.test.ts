import { describe, expect, it } from 'vitest';
import {
  formatDiagnostic,
  sortDiagnostics,
  type Diagnostic,
} from '../../../../src/lib/diagnostics.ts';
import { listAssets } from '../../../../src/lib/lesson/assets.ts';
import { loadLesson } from '../../../../src/lib/lesson/load-lesson.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

const files = (lesson: ReturnType<typeof loadLesson>) => lesson.episodes.map((e) => e.file);
const byRule = (items: Diagnostic[], rule: string) => items.filter((d) => d.rule === rule);
const format = (items: Diagnostic[]) => items.map((d) => formatDiagnostic(d));

describe('loadLesson: Workbench layout (config.yaml + episodes/)', () => {
  it('orders episodes by file name (code points) when the config has no episodes: list', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: "Shell"\n',
      'episodes/10-last.md': episode('Last'),
      'episodes/02-second.md': episode('Second'),
      'episodes/01-first.md': episode('First'),
      'episodes/fig/plot.png': 'not markdown',
      'episodes/notes.txt': 'not markdown',
    });
    const lesson = loadLesson(dir);
    expect(lesson.settings.format).toBe('workbench');
    expect(lesson.settings.title).toBe('Shell');
    expect(files(lesson)).toEqual([
      'episodes/01-first.md',
      'episodes/02-second.md',
      'episodes/10-last.md',
    ]);
    expect(lesson.episodes.map((e) => [e.slug, e.frontmatter.title])).toEqual([
      ['01-first', 'First'],
      ['02-second', 'Second'],
      ['10-last', 'Last'],
    ]);
    expect(lesson.diagnostics).toEqual([]);
  });

  it('orders episodes by the config list when present', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\nepisodes:\n- zebra.md\n- apple.md\n- mango.md\n',
      'episodes/apple.md': episode('Apple'),
      'episodes/mango.md': episode('Mango'),
      'episodes/zebra.md': episode('Zebra'),
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual(['episodes/zebra.md', 'episodes/apple.md', 'episodes/mango.md']);
    expect(lesson.diagnostics).toEqual([]);
  });

  it('a listed file that does not exist is skipped with a warning naming episodes[N] on its config line', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\ncarpentry: swc\nepisodes:\n- intro.md\n- missing.md\n',
      'episodes/intro.md': episode('Intro'),
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual(['episodes/intro.md']);
    expect(format(lesson.diagnostics)).toEqual([
      'config.yaml:5  warning  episodes[1] lists "missing.md", but there is no episodes/missing.md; skipped  (config/missing-file)\n    hint: Create episodes/missing.md or remove it from the list.',
    ]);
  });

  it('a file present but not listed gives a notice and is not published', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\nepisodes:\n- intro.md\n',
      'episodes/intro.md': episode('Intro'),
      'episodes/draft.md': episode('Draft'),
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual(['episodes/intro.md']);
    expect(format(lesson.diagnostics)).toEqual([
      'episodes/draft.md  notice  not listed under "episodes:" in the config, so it is not published  (config/unlisted-file)\n    hint: Add "- draft.md" to episodes: in the config to publish it.',
    ]);
  });

  it('learner pages and links.md are found', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\n',
      'episodes/intro.md': episode('Intro'),
      'learners/setup.md': '---\ntitle: Setup\n---\nInstall.\n',
      'index.md': '---\nsite: sandpaper::sandpaper_site\n---\nWelcome.\n',
      'links.md': '[py]: https://python.org\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.pages.map((p) => [p.file, p.slug, p.section])).toEqual([
      ['index.md', 'index', 'home'],
      ['learners/setup.md', 'setup', 'learners'],
    ]);
    expect(lesson.links).toEqual({ file: 'links.md', text: '[py]: https://python.org\n' });
  });

  it('two sources published at the same URL are both published, the later one beside it', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\n',
      'episodes/setup.md': episode('Setup episode'),
      'learners/setup.md': '---\ntitle: Setup\n---\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.episodes.map((e) => e.slug)).toEqual(['setup']);
    expect(lesson.pages.map((p) => [p.file, p.slug])).toContainEqual([
      'learners/setup.md',
      'setup-learners',
    ]);
    expect(format(byRule(lesson.diagnostics, 'lesson/duplicate-slug'))).toEqual([
      'learners/setup.md  warning  learners/setup.md and episodes/setup.md would both be published at /setup/, where sandpaper keeps only the one it writes last; episodes/setup.md keeps /setup/ and this page is published at /setup-learners/  (lesson/duplicate-slug)\n    hint: Rename one of the files, so each has an address of its own.',
    ]);
  });

  const latin1 = Buffer.concat([
    Buffer.from('---\ntitle: Cafe\n---\n\nLine four, caf\u00e9 in UTF-8.\nCaf'),
    Buffer.from([0xe9, 0x20, 0x93, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74, 0x94]),
    Buffer.from('\n'),
  ]);
  const png = new Uint8Array([
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
  ]);

  it('a binary file and an invalid UTF-8 file among Workbench episodes: no throw', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\n',
      'episodes/01-good.md': episode('Good'),
      'episodes/02-image.md': png,
      'episodes/03-latin1.md': latin1,
    });
    let lesson!: ReturnType<typeof loadLesson>;
    expect(() => (lesson = loadLesson(dir))).not.toThrow();
    expect(files(lesson)).toEqual([
      'episodes/01-good.md',
      'episodes/02-image.md',
      'episodes/03-latin1.md',
    ]);
    expect(format(byRule(lesson.diagnostics, 'source/binary'))).toEqual([
      'episodes/02-image.md  error  file is binary (it contains NUL bytes), not Markdown text  (source/binary)\n    hint: Remove it from the episodes folder or replace it with the Markdown source.',
    ]);
    // pandoc falls back to Latin-1: published, each line not in UTF-8 read as Windows-1252.
    expect(format(byRule(lesson.diagnostics, 'source/encoding'))).toEqual([
      'episodes/03-latin1.md:6  warning  file is not valid UTF-8 text; as pandoc falls back to Latin-1, the lines that are not UTF-8 are read as Windows-1252 (Latin-1)  (source/encoding)\n    hint: Save the file again with UTF-8 encoding, and check those lines read as you meant.',
    ]);
    const body = lesson.episodes.find((e) => e.file === 'episodes/03-latin1.md')?.body;
    expect(body).toContain('Line four, caf\u00e9 in UTF-8.\nCaf\u00e9 \u201cau lait\u201d');
    expect(lesson.diagnostics.filter((d) => d.file === 'episodes/01-good.md')).toEqual([]);
  });

  it('invalid UTF-8 in a styles episode stops the build, as kramdown stops Jekyll', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Shell\n',
      '_episodes/03-latin1.md': latin1,
    });
    expect(format(byRule(loadLesson(dir).diagnostics, 'source/encoding'))).toEqual([
      '_episodes/03-latin1.md:6  error  file is not valid UTF-8 text, which stops kramdown (and Jekyll) too  (source/encoding)\n    hint: Save the file again with UTF-8 encoding.',
    ]);
  });

  it.each([
    ['config.yaml', 'episodes'],
    ['_config.yml', '_episodes'],
  ])('a NUL character (%s): published as U+FFFD, a warning at its line', (config, folder) => {
    const dir = makeLessonDir({
      [config]: 'title: Shell\n',
      [`${folder}/01-nul.md`]: '---\ntitle: Nul\n---\n\nOne\nTw\0o\n',
    });
    const lesson = loadLesson(dir);
    expect(format(byRule(lesson.diagnostics, 'source/nul-character'))).toEqual([
      `${folder}/01-nul.md:6  warning  file contains a NUL character, shown as \uFFFD where it is  (source/nul-character)\n    hint: Delete the character; an editor that shows invisible characters finds it.`,
    ]);
    expect(lesson.episodes[0]?.body).toContain('Tw\uFFFDo');
  });

  it.each([
    ['with a byte order mark', [0xff, 0xfe], 'source/encoding'],
    ['without one: every other byte NUL', [], 'source/binary'],
  ])('UTF-16 text %s is no page: an error', (_, bom, rule) => {
    const utf16 = Buffer.concat([
      Buffer.from(bom),
      Buffer.from('---\ntitle: Wide\n---\n\nText.\n', 'utf16le'),
    ]);
    const dir = makeLessonDir({ 'config.yaml': 'title: Shell\n', 'episodes/01-wide.md': utf16 });
    expect(loadLesson(dir).diagnostics.map((d) => [d.rule, d.severity])).toEqual([[rule, 'error']]);
  });

  // read-text.ts promises "one bad file gives one clear error"; a second, misleading
  // "episode has no frontmatter" error for the same file hides the real cause.
  it('an unreadable episode gets exactly one error, not an extra missing-frontmatter error', () => {
    // A styles lesson: there, text that is not UTF-8 is unreadable too.
    const dir = makeLessonDir({
      '_config.yml': 'title: Shell\n',
      '_episodes/02-image.md': new Uint8Array([0x89, 0x50, 0x00, 0x01]),
      '_episodes/03-latin1.md': Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xe9, 0x0a]),
    });
    const lesson = loadLesson(dir);
    expect(lesson.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['_episodes/02-image.md', 'source/binary'],
      ['_episodes/03-latin1.md', 'source/encoding'],
    ]);
  });

  it('frontmatter diagnostics carry the episode file and its lines', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\n',
      'episodes/intro.md': '---\ntitle: Intro\nteaching: ten\n---\n',
    });
    expect(format(loadLesson(dir).diagnostics)).toEqual([
      'episodes/intro.md:3  warning  teaching: expected teaching time as a whole number of minutes, such as 10, found "ten" (text); no number could be read, so the time is unknown and the schedule shows no clock times from this episode on  (frontmatter/coerced)\n    hint: Write "teaching:" followed by a whole number of minutes, such as 10.',
    ]);
  });
});

describe('loadLesson: the Workbench lesson list, as sandpaper builds it', () => {
  it('an empty episodes: list orders episodes by file name', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Julia\nepisodes: []\n',
      'episodes/b.md': episode('B'),
      'episodes/a.md': episode('A'),
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual(['episodes/a.md', 'episodes/b.md']);
    expect(lesson.diagnostics).toEqual([]);
  });

  it('an overview lesson without episodes/ builds its home, learner and instructor pages', () => {
    const dir = makeLessonDir({
      'config.yaml':
        'title: Workshop overview\noverview: true\nepisodes:\n- introduction.Rmd\nlearners:\ninstructors:\n',
      'index.md': '---\nsite: sandpaper::sandpaper_site\n---\nThe lessons of this workshop.\n',
      'learners/setup.md': '---\ntitle: Setup\n---\nInstall.\n',
      'instructors/faq.md': '---\ntitle: FAQ\n---\nAnswers.\n',
      'profiles/learners.md': '---\ntitle: Who\n---\nPeople.\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.episodes).toEqual([]);
    expect(lesson.pages.map((p) => [p.file, p.section])).toEqual([
      ['index.md', 'home'],
      ['learners/setup.md', 'learners'],
      ['instructors/faq.md', 'instructors'],
      ['profiles/learners.md', 'profiles'],
    ]);
    expect(format(lesson.diagnostics)).toEqual([
      'config.yaml:4  warning  episodes[0] lists "introduction.Rmd", but there is no episodes/introduction.Rmd; skipped  (config/missing-file)\n    hint: Create episodes/introduction.Rmd or remove it from the list.',
    ]);
  });

  it('learners/setup.md, the instructor notes and profiles are published even when not listed', () => {
    const dir = makeLessonDir({
      'config.yaml':
        'title: Shell\nlearners:\n- reference.md\ninstructors:\n- faq.md\nprofiles:\n- b.md\n',
      'episodes/intro.md': episode('Intro'),
      'learners/reference.md': '---\ntitle: Glossary\n---\n',
      'learners/setup.md': '---\ntitle: Setup\n---\n',
      'learners/draft.md': '---\ntitle: Draft\n---\n',
      'instructors/faq.md': '---\ntitle: FAQ\n---\n',
      'instructors/instructor-notes.md': '---\ntitle: Notes\n---\n',
      'profiles/a.md': '---\ntitle: A\n---\n',
      'profiles/b.md': '---\ntitle: B\n---\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.pages.map((p) => p.file)).toEqual([
      'learners/setup.md',
      'learners/reference.md',
      'instructors/instructor-notes.md',
      'instructors/faq.md',
      'profiles/a.md',
      'profiles/b.md',
    ]);
    expect(lesson.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['learners/draft.md', 'config/unlisted-file'],
    ]);
  });

  it('R Markdown pages at the top and in learners/ are read like Markdown; other top pages too', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: R\n',
      'episodes/intro.Rmd': episode('Intro'),
      'index.Rmd': '---\nsite: sandpaper::sandpaper_site\n---\nWelcome.\n',
      'paper.md': '---\ntitle: The paper\n---\nAbstract.\n',
      'README.md': '# Repository notes\n',
      'CONTRIBUTING.md': '# How to contribute\n',
      'links.md': '[r]: https://r-project.org\n',
      'learners/setup.Rmd': '---\ntitle: Setup\n---\nInstall R.\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.pages.map((p) => [p.file, p.slug, p.section, p.title])).toEqual([
      ['index.Rmd', 'index', 'home', 'R'],
      ['paper.md', 'paper', 'top', 'The paper'],
      ['learners/setup.Rmd', 'setup', 'learners', 'Setup'],
    ]);
  });

  it('an episode listed as x.Rmd wins over a stale x.md next to it; so it does unlisted', () => {
    const listed = makeLessonDir({
      'config.yaml': 'title: R\nepisodes:\n- 01-intro.Rmd\n',
      'episodes/01-intro.Rmd': episode('Intro (source)'),
      'episodes/01-intro.md': episode('Intro (knitted copy)'),
    });
    const lesson = loadLesson(listed);
    expect(files(lesson)).toEqual(['episodes/01-intro.Rmd']);
    expect(format(byRule(lesson.diagnostics, 'lesson/stale-markdown'))).toEqual([
      'episodes/01-intro.md  notice  01-intro.Rmd next to it is the source of this page, so this Markdown copy is not published  (lesson/stale-markdown)\n    hint: Delete 01-intro.md if it is a knitted copy of the .Rmd file.',
    ]);
    expect(byRule(lesson.diagnostics, 'lesson/duplicate-slug')).toEqual([]);
    const unlisted = makeLessonDir({
      'config.yaml': 'title: R\n',
      'episodes/01-intro.Rmd': episode('Intro (source)'),
      'episodes/01-intro.md': episode('Intro (knitted copy)'),
    });
    expect(files(loadLesson(unlisted))).toEqual(['episodes/01-intro.Rmd']);
  });

  it('config values sandpaper would read are coerced with warnings, not errors', () => {
    const dir = makeLessonDir({
      'config.yaml':
        'title: 2024\nepisodes: intro.md\nlife_cycle: done\nbranch: main\nbranch: gh-pages\n',
      'episodes/intro.md': episode('Intro'),
      'episodes/other.md': episode('Other'),
    });
    const lesson = loadLesson(dir);
    expect(lesson.settings).toMatchObject({ title: '2024', branch: 'gh-pages' });
    expect(lesson.settings.lifeCycle).toBeUndefined();
    expect(files(lesson)).toEqual(['episodes/intro.md']);
    expect(
      sortDiagnostics(lesson.diagnostics.filter((d) => d.file === 'config.yaml')).map((d) => [
        d.line,
        d.severity,
        d.rule,
      ]),
    ).toEqual([
      [1, 'warning', 'config/coerced'],
      [2, 'warning', 'config/coerced'],
      [3, 'warning', 'config/coerced'],
      [5, 'warning', 'yaml/duplicate-key'],
    ]);
  });
});

describe('loadLesson: styles layout (_config.yml + _episodes/)', () => {
  it('orders by file name without episode_order', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/b.md': episode('B'),
      '_episodes/a.md': episode('A'),
    });
    const lesson = loadLesson(dir);
    expect(lesson.settings.format).toBe('styles');
    expect(files(lesson)).toEqual(['_episodes/a.md', '_episodes/b.md']);
  });

  it('orders by episode_order (names without extension)', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\nepisode_order:\n- intro\n- 02-setup\n',
      '_episodes/intro.md': episode('Intro'),
      '_episodes/02-setup.md': episode('Setup'),
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual(['_episodes/intro.md', '_episodes/02-setup.md']);
    expect(lesson.diagnostics).toEqual([]);
  });

  it('episode_order naming a missing file: skipped as Jekyll skips it, a warning on its line', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\nepisode_order:\n- intro\n- gone\n',
      '_episodes/intro.md': episode('Intro'),
    });
    expect(format(loadLesson(dir).diagnostics)).toEqual([
      '_config.yml:4  warning  episode_order[1] lists "gone", but there is no _episodes/gone.md; skipped  (config/missing-file)\n    hint: Create _episodes/gone.md or remove it from the list.',
    ]);
  });

  it('episode_order listing only some episodes: the others are published after them, as Jekyll published their pages', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\nepisode_order:\n- 02-second\n- 01-first\n',
      '_episodes/01-first.md': episode('First'),
      '_episodes/02-second.md': episode('Second'),
      '_episodes/03-bonus.md': episode('Bonus'),
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual([
      '_episodes/02-second.md',
      '_episodes/01-first.md',
      '_episodes/03-bonus.md',
    ]);
    expect(format(lesson.diagnostics)).toEqual([
      '_episodes/03-bonus.md  warning  not listed under "episode_order:" in the config; Jekyll published its page anyway, so it is published after the listed episodes  (config/unlisted-file)\n    hint: Add "- 03-bonus" to episode_order: in the config where it belongs in the lesson.',
    ]);
  });

  it('a page with frontmatter in a folder is a Jekyll page: setup/index.md next to setup.md', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\nexclude:\n- bin/\n',
      '_episodes/intro.md': episode('Intro'),
      'setup.md': '---\ntitle: Setup\n---\nInstall.\n',
      'setup/index.md': '---\nlayout: page\ntitle: Testing your setup\n---\nRun the checks.\n',
      'setup/check.py': 'print("ok")\n',
      'guide/index.md': '---\ntitle: Guide\n---\nGuide.\n',
      'notes/deep/more.md': '---\ntitle: More\n---\nMore.\n',
      'notes/plain.md': 'No frontmatter: Jekyll copies it as a file.\n',
      'bin/tool.md': '---\ntitle: Excluded\n---\n',
      '_private/hidden.md': '---\ntitle: Underscore folder\n---\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.pages.map((p) => [p.file, p.slug, p.section, p.title])).toEqual([
      ['setup.md', 'setup', 'top', 'Setup'],
      ['guide/index.md', 'guide', 'top', 'Guide'],
      ['notes/deep/more.md', 'notes-deep-more', 'top', 'More'],
      ['setup/index.md', 'setup-index', 'top', 'Testing your setup'],
    ]);
    expect(format(lesson.diagnostics)).toEqual([
      'notes/deep/more.md  notice  Jekyll published this page at /notes/deep/more.html; here it is /notes-deep-more/ (pages live at /<name>/)  (styles/nested-page)\n    hint: Link to it by its source file name (such as setup/index.md) so that the link follows it.',
      'setup/index.md  warning  Jekyll published this page at /setup/, which here is the URL of another page; it is published at /setup-index/  (styles/nested-page)\n    hint: Link to it by its source file name (such as setup/index.md) so that the link follows it.',
    ]);
  });

  it('_episodes_rmd/x.Rmd without knitted markdown is published from the .Rmd, in file order', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: R\n',
      '_episodes/01-knitted.md': episode('Knitted'),
      '_episodes_rmd/01-knitted.Rmd': episode('Knitted source'),
      '_episodes_rmd/02-plots.Rmd': episode('Plots'),
      '_episodes/03-after.md': episode('After'),
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual([
      '_episodes/01-knitted.md',
      '_episodes_rmd/02-plots.Rmd',
      '_episodes/03-after.md',
    ]);
    expect(lesson.episodes.map((e) => e.slug)).toEqual(['01-knitted', '02-plots', '03-after']);
    expect(format(lesson.diagnostics)).toEqual([
      '_episodes_rmd/02-plots.Rmd  notice  R Markdown episode rendered as Markdown: its code chunks are shown but not executed  (source/rmd-not-executed)',
    ]);
  });

  it('episode_order can name an unknitted .Rmd episode by its slug', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: R\nepisode_order:\n- plots\n- intro\n',
      '_episodes/intro.md': episode('Intro'),
      '_episodes_rmd/plots.Rmd': episode('Plots'),
    });
    expect(files(loadLesson(dir))).toEqual(['_episodes_rmd/plots.Rmd', '_episodes/intro.md']);
  });

  it('top-level pages need frontmatter; extras are pages; _includes/links.md is the links file', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/intro.md': episode('Intro'),
      'index.md': '---\nlayout: lesson\n---\nHome.\n',
      'setup.md': '---\ntitle: Setup\n---\n',
      'README.md': '# Not a page\n',
      '_extras/guide.md': '---\ntitle: Guide\n---\n',
      '_includes/links.md': '[git]: https://git-scm.com\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.pages.map((p) => [p.file, p.slug, p.section])).toEqual([
      ['index.md', 'index', 'home'],
      ['setup.md', 'setup', 'top'],
      ['_extras/guide.md', 'guide', 'extras'],
    ]);
    expect(lesson.links).toEqual({
      file: '_includes/links.md',
      text: '[git]: https://git-scm.com\n',
    });
  });

  it('names Jekyll skips (_draft, #note, backup~) are left out with a notice; include: keeps one', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\ninclude:\n- _kept.md\n',
      '_episodes/01-intro.md': episode('Intro'),
      '_episodes/_draft.md': episode('Draft'),
      '_episodes/#scratch.md': episode('Scratch'),
      '_episodes/_kept.md': episode('Kept'),
      '_episodes/.hidden.md': episode('Hidden'),
      '_extras/_partial.md': '---\ntitle: Partial\n---\n',
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual(['_episodes/01-intro.md', '_episodes/_kept.md']);
    expect(lesson.pages.map((p) => p.file)).toEqual([]);
    expect(
      byRule(lesson.diagnostics, 'styles/special-name').map((d) => [d.file, d.severity, d.message]),
    ).toEqual([
      [
        '_episodes/#scratch.md',
        'notice',
        'Jekyll skips a file whose name starts with "#", so this one is not published',
      ],
      [
        '_episodes/_draft.md',
        'notice',
        'Jekyll skips a file whose name starts with "_", so this one is not published',
      ],
      [
        '_extras/_partial.md',
        'notice',
        'Jekyll skips a file whose name starts with "_", so this one is not published',
      ],
    ]);
  });

  it("published: false and the config's exclude: leave pages out, as Jekyll did, with notices", () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\nexclude:\n- _episodes/03-old.md\n- notes.md\n',
      '_episodes/01-intro.md': episode('Intro'),
      '_episodes/02-wip.md': '---\ntitle: Work in progress\npublished: false\n---\nSoon.\n',
      '_episodes/03-old.md': episode('Old'),
      '_episodes/04-quoted.md': '---\ntitle: Quoted\npublished: "false"\n---\nStill here.\n',
      '_extras/draft.md': '---\ntitle: Draft\npublished: no\n---\nLater.\n',
      'notes.md': '---\ntitle: Notes\n---\nPrivate.\n',
    });
    const lesson = loadLesson(dir);
    expect(files(lesson)).toEqual(['_episodes/01-intro.md', '_episodes/04-quoted.md']);
    expect(lesson.pages.map((p) => p.file)).toEqual([]);
    expect(lesson.diagnostics.map((d) => [d.file, d.rule, d.severity]).sort()).toEqual([
      ['_episodes/02-wip.md', 'styles/unpublished', 'notice'],
      ['_episodes/03-old.md', 'styles/excluded', 'notice'],
      // Only the value false itself unpublishes, as in Jekyll: a quoted "false" is published.
      ['_episodes/04-quoted.md', 'frontmatter/coerced', 'warning'],
      ['_extras/draft.md', 'styles/unpublished', 'notice'],
      ['notes.md', 'styles/excluded', 'notice'],
    ]);
  });

  it('a Workbench lesson has no published: key to honour (sandpaper publishes the page)', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Shell\n',
      'episodes/01-intro.md': '---\ntitle: Intro\npublished: false\n---\nHi.\n',
    });
    expect(files(loadLesson(dir))).toEqual(['episodes/01-intro.md']);
  });

  it('episodes and extras in subfolders of their collection are published, in path order', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/01-intro.md': episode('Intro'),
      '_episodes/part2/11-entry.md': episode('Entry'),
      '_episodes/part2/_drafts/13-later.md': episode('Later'),
      '_episodes/02-basics.md': episode('Basics'),
      '_extras/guides/pacing.md': '---\ntitle: Pacing\n---\nSlow down.\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.episodes.map((e) => [e.file, e.slug])).toEqual([
      ['_episodes/01-intro.md', '01-intro'],
      ['_episodes/02-basics.md', '02-basics'],
      ['_episodes/part2/11-entry.md', 'part2-11-entry'],
    ]);
    expect(lesson.pages.map((p) => [p.file, p.slug])).toEqual([
      ['_extras/guides/pacing.md', 'guides-pacing'],
    ]);
    expect(lesson.diagnostics.map((d) => [d.file, d.rule, d.severity]).sort()).toEqual([
      ['_episodes/part2/11-entry.md', 'styles/nested-page', 'notice'],
      ['_episodes/part2/_drafts/13-later.md', 'styles/special-name', 'notice'],
      ['_extras/guides/pacing.md', 'styles/nested-page', 'notice'],
    ]);
  });

  it("Markdown by any of Jekyll's extensions (.markdown, .mkd…), in any case, is a page, not a copied file", () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/01-intro.markdown': episode('Intro'),
      '_episodes/02-more.mkd': episode('More'),
      // Jekyll lower-cases the extension before matching markdown_ext.
      '_episodes/03-shout.MD': episode('Shout'),
      '_extras/guide.mkdn': '---\ntitle: Guide\n---\nRead.\n',
      '_extras/notes.Markdown': '---\ntitle: Notes\n---\nNoted.\n',
      'workshop.mkdown': '---\ntitle: Workshop\n---\nDates.\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.episodes.map((e) => [e.file, e.slug])).toEqual([
      ['_episodes/01-intro.markdown', '01-intro'],
      ['_episodes/02-more.mkd', '02-more'],
      ['_episodes/03-shout.MD', '03-shout'],
    ]);
    expect(lesson.pages.map((p) => [p.file, p.slug])).toEqual([
      ['workshop.mkdown', 'workshop'],
      ['_extras/guide.mkdn', 'guide'],
      ['_extras/notes.Markdown', 'notes'],
    ]);
    expect([...listAssets(lesson.settings).files.keys()]).toEqual([]);
  });

  it('HTML files with frontmatter are pages, as Jekyll renders them; without, they are files', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/01-intro.md': episode('Intro'),
      '_episodes/02-html.html': '---\ntitle: In HTML\nteaching: 5\n---\n<p>Body.</p>\n',
      '_episodes_rmd/03-plots.html': '<p>an R preview, no frontmatter</p>\n',
      '_extras/guide.html': '---\ntitle: Guide\n---\n<p>Guide.</p>\n',
      '_extras/preview.html': '<p>no frontmatter</p>\n',
      'workshop.html': '---\ntitle: Workshop\n---\n<p>Dates.</p>\n',
      'slides/index.html': '---\ntitle: Slides\n---\n<p>Slides.</p>\n',
      'files/handout.html': '<p>the author’s own file</p>\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.episodes.map((e) => [e.file, e.slug, e.frontmatter.title])).toEqual([
      ['_episodes/01-intro.md', '01-intro', 'Intro'],
      ['_episodes/02-html.html', '02-html', 'In HTML'],
    ]);
    expect(lesson.pages.map((p) => [p.file, p.slug, p.title])).toEqual([
      ['workshop.html', 'workshop', 'Workshop'],
      ['_extras/guide.html', 'guide', 'Guide'],
      ['slides/index.html', 'slides', 'Slides'],
    ]);
    // The pages are rendered, not copied; an HTML file without frontmatter is copied as it is.
    expect([...listAssets(lesson.settings).files.keys()].sort()).toEqual(['files/handout.html']);
  });

  it('two episodes at one address are both published too', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/part2-intro.md': episode('Flat'),
      '_episodes/part2/intro.md': episode('Nested'),
    });
    const lesson = loadLesson(dir);
    expect(new Set(lesson.episodes.map((e) => e.slug)).size).toBe(2);
    expect(lesson.episodes.map((e) => e.slug)).toContain('part2-intro-episodes');
    expect(byRule(lesson.diagnostics, 'lesson/duplicate-slug')).toHaveLength(1);
  });

  it('duplicate slugs across _extras and the top level: both published, each at its own URL', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/intro.md': episode('Intro'),
      '_extras/intro.md': '---\ntitle: Intro again\n---\n',
      'setup.md': '---\ntitle: Setup\n---\n',
      '_extras/setup.md': '---\ntitle: Setup again\n---\n',
      '_extras/setup-extras.md': '---\ntitle: Taken\n---\n',
    });
    const lesson = loadLesson(dir);
    expect(lesson.pages.map((p) => [p.file, p.slug])).toEqual(
      expect.arrayContaining([
        ['setup.md', 'setup'],
        ['_extras/intro.md', 'intro-extras'],
        ['_extras/setup-extras.md', 'setup-extras'],
      ]),
    );
    // Its folder's name is some other file's own: the next free one.
    expect(lesson.pages.find((p) => p.file === '_extras/setup.md')?.slug).toBe('setup-extras-2');
    const warnings = byRule(lesson.diagnostics, 'lesson/duplicate-slug');
    expect(warnings.map((d) => [d.file, d.severity])).toEqual(
      expect.arrayContaining([
        ['_extras/intro.md', 'warning'],
        ['_extras/setup.md', 'warning'],
      ]),
    );
    expect(warnings[0]!.message).toContain('where Jekyll keeps only the one it writes last');
    expect(new Set(lesson.pages.map((p) => p.slug)).size).toBe(lesson.pages.length);
  });
});

describe('loadLesson: not a lesson', () => {
  it('a folder without episodes is one error, no throw', () => {
    const dir = makeLessonDir({ 'README.md': '# hi\n' });
    const lesson = loadLesson(dir);
    expect(lesson.episodes).toEqual([]);
    expect(lesson.diagnostics.map((d) => [d.severity, d.rule])).toEqual([
      ['error', 'lesson/not-found'],
    ]);
  });
});
