import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../../src/lib/diagnostics.ts';
import { listAssets } from '../../../../src/lib/lesson/assets.ts';
import { detectLayout } from '../../../../src/lib/lesson/detect-layout.ts';
import { loadLesson } from '../../../../src/lib/lesson/load-lesson.ts';
import { parseBuiltDb } from '../../../../src/lib/lesson/md-outputs.ts';
import { episode, makeLessonDir } from '../../../helpers/lesson-dir.ts';

/** md5sum.txt as sandpaper's write.table writes it: quoted fields, a header row. */
const table = (...rows: [string, string][]) =>
  [
    '"file" "checksum" "built" "date"',
    ...rows.map(([file, built]) => `"${file}" "0123abcd" "site/built/${built}" "2025-01-15"`),
  ].join('\n') + '\n';

describe('parseBuiltDb', () => {
  it('maps each source to its built file, dropping the site/built/ folder', () => {
    const db = parseBuiltDb(
      table(['episodes/intro.Rmd', 'intro.md'], ['learners/setup.md', 'setup.md']),
    );
    expect(db.problems).toEqual([]);
    expect(db.files).toEqual([
      { source: 'episodes/intro.Rmd', built: 'intro.md', line: 2 },
      { source: 'learners/setup.md', built: 'setup.md', line: 3 },
    ]);
  });

  it('reads the columns by the header, quoted or not, with or without row names', () => {
    const db = parseBuiltDb(
      '"built" "file"\nsite/built/a.md episodes/a.md\n"1" "site/built/b c.md" "episodes/b c.md"\n',
    );
    expect(db.files.map((f) => [f.source, f.built])).toEqual([
      ['episodes/a.md', 'a.md'],
      ['episodes/b c.md', 'b c.md'],
    ]);
  });

  it('a table without the columns is one problem on line 1', () => {
    expect(parseBuiltDb('name size\n').problems).toEqual([
      {
        line: 1,
        message: 'expected a header naming the columns "file" and "built", found "name size"',
      },
    ]);
  });
});

describe('loadLesson on sandpaper md-outputs', () => {
  const outputs = (extra: Record<string, string> = {}) =>
    makeLessonDir({
      'config.yaml': 'title: Beans\nepisodes:\n- 02-charts.Rmd\n- 01-tallies.md\n',
      'md5sum.txt': table(
        ['config.yaml', 'config.yaml'],
        ['index.md', 'index.md'],
        ['links.md', 'links.md'],
        ['LICENSE.md', 'LICENSE.md'],
        ['episodes/01-tallies.md', '01-tallies.md'],
        ['episodes/02-charts.Rmd', '02-charts.md'],
        ['instructors/instructor-notes.md', 'instructor-notes.md'],
        ['learners/setup.md', 'setup.md'],
        ['profiles/learner-profiles.md', 'learner-profiles.md'],
        ['renv/profiles/lesson-requirements/renv.lock', 'renv.lock'],
      ),
      'index.md': '---\nsite: sandpaper::sandpaper_site\n---\nHome.\n',
      'links.md': '[r]: https://www.r-project.org/\n',
      'LICENSE.md': '---\ntitle: Licenses\n---\nCC-BY.\n',
      '01-tallies.md': episode('Tallies'),
      '02-charts.md': episode('Charts', '<img src="fig/02-charts-rendered-1.png" alt="Bars" />\n'),
      'instructor-notes.md': '---\ntitle: Notes\n---\nNotes.\n',
      'setup.md': '---\ntitle: Setup\n---\nInstall.\n',
      'learner-profiles.md': '---\ntitle: Profiles\n---\nPeople.\n',
      'renv.lock': '{}\n',
      'fig/02-charts-rendered-1.png': 'png',
      'data/beans.csv': 'bean\n',
      ...extra,
    });

  it('is detected by md5sum.txt next to config.yaml without episodes/', () => {
    expect(detectLayout(outputs(), 'workbench')).toBe('md-outputs');
    expect(detectLayout(outputs({ 'episodes/x.md': episode('X') }), 'workbench')).toBe('source');
  });

  it('episodes in the config order of their sources; pages in the sections of theirs', () => {
    const lesson = loadLesson(outputs());
    expect(lesson.settings).toMatchObject({ format: 'workbench', layout: 'md-outputs' });
    expect(lesson.episodes.map((e) => [e.file, e.slug, e.frontmatter.title])).toEqual([
      ['02-charts.md', '02-charts', 'Charts'],
      ['01-tallies.md', '01-tallies', 'Tallies'],
    ]);
    expect(lesson.pages.map((p) => [p.file, p.section])).toEqual([
      ['index.md', 'home'],
      ['LICENSE.md', 'top'],
      ['setup.md', 'learners'],
      ['instructor-notes.md', 'instructors'],
      ['learner-profiles.md', 'profiles'],
    ]);
    expect(lesson.links?.file).toBe('links.md');
    expect(lesson.diagnostics).toEqual([]);
  });

  it('publishes the figures knitr drew and the data, not the bookkeeping', () => {
    const lesson = loadLesson(outputs());
    expect([...listAssets(lesson.settings).files.keys()].sort()).toEqual([
      'data/beans.csv',
      'fig/02-charts-rendered-1.png',
    ]);
  });

  it('a row whose built file is missing is skipped with a warning on its line', () => {
    const lesson = loadLesson(
      makeLessonDir({
        'config.yaml': 'title: Beans\n',
        'md5sum.txt': table(['episodes/a.Rmd', 'a.md'], ['episodes/b.Rmd', 'b.md']),
        'a.md': episode('A'),
      }),
    );
    expect(lesson.episodes.map((e) => e.file)).toEqual(['a.md']);
    expect(lesson.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      'md5sum.txt:3  warning  lists episodes/b.Rmd as built into b.md, but there is no b.md; skipped  (md-outputs/missing-file)\n    hint: Build the lesson again with sandpaper, or remove the row.',
    ]);
  });
});
