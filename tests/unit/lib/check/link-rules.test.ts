import { describe, expect, it } from 'vitest';
import { checkLesson } from '../../../../src/lib/check/run-check.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';

const wbEpisode = (body: string) =>
  `---\ntitle: "Episode"\nteaching: 5\nexercises: 5\n---\n\n${body}\n\n::: keypoints\n- A point.\n:::\n`;
const stylesEpisode = (body: string) =>
  `---\ntitle: "Episode"\nteaching: 5\nexercises: 5\nkeypoints:\n- A point.\n---\n${body}\n`;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47]);

const workbench = (files: Record<string, string | Uint8Array>) =>
  makeLessonDir({ 'config.yaml': 'title: Test\n', ...files });
const styles = (files: Record<string, string | Uint8Array>) =>
  makeLessonDir({ '_config.yml': 'title: Test\n', ...files });

function run(dir: string, rule: string) {
  const found = checkLesson(dir).diagnostics.filter((d) => d.rule === rule);
  return {
    found: found.map((d) => `${d.file}:${d.line}:${d.column} ${d.severity} ${d.message}`),
    hint: found[0]?.hint,
  };
}

describe('links/broken', () => {
  it('flags a missing page, a missing file, and a path out of the lesson', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode(
        '[next](02-nope.md), [data](data/x.zip), [up](../../elsewhere.md)',
      ),
    });
    const { found, hint } = run(dir, 'links/broken');
    expect(found).toEqual([
      'episodes/01-a.md:7:1 error link "02-nope.md" points to a page or file that does not exist in the lesson',
      'episodes/01-a.md:7:21 error link "data/x.zip" points to a page or file that does not exist in the lesson',
      'episodes/01-a.md:7:41 error link "../../elsewhere.md" points outside the lesson folder',
    ]);
    expect(hint).toBe(
      'Check the spelling and the folder (the published page looks for /02-nope.md), or add the missing file.',
    );
  });
  it('accepts .md sources, Jekyll page URLs, {{ page.root }} links after Liquid, and assets', () => {
    const wb = workbench({
      'episodes/01-a.md': wbEpisode(
        '[b](02-b.md), [setup](../learners/setup.md), [data](data/x.zip)',
      ),
      'episodes/02-b.md': wbEpisode('B.'),
      'episodes/data/x.zip': png,
      'learners/setup.md': '# Setup\n',
    });
    expect(run(wb, 'links/broken').found).toEqual([]);
    const st = styles({
      '_episodes/01-a.md': stylesEpisode(
        '[b]({{ page.root }}/02-b/), [b2](../02-b/index.html), [ref]({{ page.root }}{% link reference.md %}), [f](../files/x.txt)',
      ),
      '_episodes/02-b.md': stylesEpisode('B.'),
      'reference.md': '---\ntitle: Reference\n---\nTerms.\n',
      'files/x.txt': 'x',
    });
    expect(run(st, 'links/broken').found).toEqual([]);
  });

  // `{{ "/data/x.nc" | relative_url }}` and `{{ site.baseurl }}/fig/x.png` give site-root paths.
  it('accepts site-root paths to lesson files, from Liquid or written so', () => {
    const st = styles({
      '_episodes/01-a.md': stylesEpisode(
        '[data]({{ "/data/x.nc" | relative_url }}), [code]({{ "code/a.py" | relative_url }}), ![A plot]({{ site.baseurl }}/fig/a.png), [doc](/files/x.txt)',
      ),
      'data/x.nc': 'x',
      'code/a.py': 'x',
      'fig/a.png': png,
      'files/x.txt': 'x',
    });
    expect(
      checkLesson(st).diagnostics.filter((d) => /links\/broken|images\/missing$/.test(d.rule)),
    ).toEqual([]);
    const missing = styles({ '_episodes/01-a.md': stylesEpisode('[gone](/files/gone.txt)') });
    expect(run(missing, 'links/broken').found).toEqual([
      '_episodes/01-a.md:8:1 error link "/files/gone.txt" points to a page or file that does not exist in the lesson',
    ]);
  });
});

describe('links/missing-anchor', () => {
  it('flags an anchor that no heading has, with a did-you-mean', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode(
        '## Getting started\n\nSee [above](#getting-stared) and [there](02-b.md#nothing).',
      ),
      'episodes/02-b.md': wbEpisode('B.'),
    });
    const { found, hint } = run(dir, 'links/missing-anchor');
    expect(found).toEqual([
      'episodes/01-a.md:9:5 error link "#getting-stared" points to #getting-stared, but this page has no heading or anchor with that id',
      'episodes/01-a.md:9:34 error link "02-b.md#nothing" points to #nothing, but episodes/02-b.md has no heading or anchor with that id',
    ]);
    expect(hint).toBe('Did you mean #getting-started?');
  });
  it("knows each toolchain's ids: pandoc keeps periods, kramdown keeps underscores and digits", () => {
    const wb = workbench({
      'episodes/01-a.md': wbEpisode(
        '## Edit config.yaml\n\n[a](#edit-config.yaml) [b](#edit-configyaml)',
      ),
    });
    expect(run(wb, 'links/missing-anchor').found).toEqual([
      'episodes/01-a.md:9:24 error link "#edit-configyaml" points to #edit-configyaml, but this page has no heading or anchor with that id',
    ]);
    const st = styles({
      '_episodes/01-a.md': stylesEpisode(
        '## 1. The group_concat function\n\n[a](#1-the-group_concat-function)',
      ),
    });
    expect(run(st, 'links/missing-anchor').found).toEqual([]);
  });

  it('accepts heading ids, explicit {#id}, kramdown {: #id}, [text]{#id} spans, definition terms and #top', () => {
    const wb = workbench({
      'episodes/01-a.md': wbEpisode(
        '## Getting started\n\n## Getting started\n\n### Windows {#win}\n\n[term]{#glossary-term}\n\nGit\n:   A tool.\n\n[a](#getting-started) [b](#getting-started-1) [c](#win) [d](#glossary-term) [e](#git) [f](#top) [g](../learners/setup.md#install)',
      ),
      'learners/setup.md': '---\ntitle: Setup\n---\n## Install\n',
    });
    expect(run(wb, 'links/missing-anchor').found).toEqual([]);
    const st = styles({
      '_episodes/01-a.md': stylesEpisode(
        'Para.\n{: #custom}\n\n[x](#custom) [y]({{ page.root }}{% link reference.md %}#commit)',
      ),
      'reference.md': '---\ntitle: Reference\n---\n{:auto_ids}\ncommit\n:   A snapshot.\n',
    });
    expect(run(st, 'links/missing-anchor').found).toEqual([]);
  });
});

describe('links as the toolchains resolved them', () => {
  it("Workbench: the home page's anchors include setup's, which sandpaper merged into it", () => {
    const dir = workbench({
      'index.md': '---\ntitle: Home\n---\n\n## Welcome\n',
      'learners/setup.md': '---\ntitle: Setup\n---\n\n### Installation\n',
      'episodes/01-a.md': wbEpisode(
        '[a](index.html#installation) [b](./index.html#welcome) [c](./index.html#pure-functions)',
      ),
    });
    expect(run(dir, 'links/missing-anchor').found).toEqual([
      'episodes/01-a.md:7:56 error link "./index.html#pure-functions" points to #pure-functions, but index.md has no heading or anchor with that id',
    ]);
  });

  it('styles: a top-level page was at /setup.html, so ../fig/x.png reached /fig/', () => {
    const dir = styles({
      '_episodes/01-a.md': stylesEpisode('Text.'),
      'setup.md':
        '---\ntitle: Setup\n---\n\n![A screen]({{ page.root }}/fig/s.png) [db](../files/s.db)\n',
      'fig/s.png': png,
      'files/s.db': 'db',
    });
    const found = checkLesson(dir).diagnostics.filter((d) =>
      /links\/broken|images\/missing$/.test(d.rule),
    );
    expect(found).toEqual([]);
  });

  it('a file of the lesson a page links to is published with it, never a dot-file', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode('[authors](../AUTHORS) [env](../.env) [notes](../notes.txt)'),
      AUTHORS: 'Ada\n',
      '.env': 'TOKEN=1\n',
    });
    expect(run(dir, 'links/broken').found).toEqual([
      'episodes/01-a.md:7:23 error link "../.env" points to a page or file that does not exist in the lesson',
      'episodes/01-a.md:7:38 error link "../notes.txt" points to a page or file that does not exist in the lesson',
    ]);
  });

  it("anchors into the author's own HTML file: checked when static, not when a script may make them", () => {
    const dir = styles({
      '_episodes/01-a.md': stylesEpisode(
        '[a](../files/static.html#part-1) [b](../files/static.html#part-9) [c](../files/deck.html#p1)',
      ),
      'files/static.html': '<!doctype html><title>x</title><h2 id="part-1">One</h2>',
      'files/deck.html':
        '<!doctype html><title>x</title><textarea id="source"># Slides</textarea><script src="remark.js"></script>',
    });
    const { found, hint } = run(dir, 'links/missing-anchor');
    expect(found).toEqual([
      '_episodes/01-a.md:8:34 error link "../files/static.html#part-9" points to #part-9, but files/static.html has no element with that id',
    ]);
    expect(hint).toBe('Did you mean #part-1?');
  });
});

describe('images/missing and images/missing-alt', () => {
  it('flags a missing local image and an image without alt text', () => {
    const dir = styles({
      '_episodes/01-a.md': stylesEpisode(
        '![A plot]({{ page.root }}/fig/nope.png)\n\n![](../fig/there.png)',
      ),
      'fig/there.png': png,
    });
    const missing = run(dir, 'images/missing');
    expect(missing.found).toEqual([
      '_episodes/01-a.md:8:1 error image "../fig/nope.png" does not exist in the lesson',
    ]);
    expect(missing.hint).toBe(
      'Check the spelling and the folder (the published page looks for /fig/nope.png), or add the image file.',
    );
    const alt = run(dir, 'images/missing-alt');
    expect(alt.found).toEqual([
      '_episodes/01-a.md:10:1 warning image "../fig/there.png" has no alt text, so screen readers cannot describe it',
    ]);
    expect(alt.hint).toBe('Describe the image between the brackets: ![A plot of … ](path).');
    const wb = run(
      workbench({
        'episodes/01-a.md': wbEpisode('<img src="fig/x.png">'),
        'episodes/fig/x.png': png,
      }),
      'images/missing-alt',
    );
    expect(wb.found).toEqual([
      'episodes/01-a.md:7:1 warning image "fig/x.png" has no alt text, so screen readers cannot describe it',
    ]);
    expect(wb.hint).toBe(
      "Describe the image in an alt attribute: ![caption](path){alt='A plot of …'}.",
    );
  });
  it('accepts existing images with alt text, Workbench {alt=…} included, and learners/ paths to episodes/fig', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode("![](fig/x.png){alt='A plot'}\n\n![A plot](fig/x.png)"),
      'learners/setup.md': '---\ntitle: Setup\n---\n![Tree](fig/x.png)\n',
      'episodes/fig/x.png': png,
    });
    expect(run(dir, 'images/missing').found).toEqual([]);
    expect(run(dir, 'images/missing-alt').found).toEqual([]);
  });
});

describe('links/uninformative-text', () => {
  it('flags "here", "click here", "link" and "this"', () => {
    const { found, hint } = run(
      workbench({
        'episodes/01-a.md': wbEpisode(
          '[here](https://a.org) [Click here.](https://b.org)\n[link](https://c.org) [this](https://d.org)',
        ),
      }),
      'links/uninformative-text',
    );
    expect(found).toEqual([
      'episodes/01-a.md:7:1 warning link text "here" does not say where the link goes',
      'episodes/01-a.md:7:23 warning link text "Click here." does not say where the link goes',
      'episodes/01-a.md:8:1 warning link text "link" does not say where the link goes',
      'episodes/01-a.md:8:23 warning link text "this" does not say where the link goes',
    ]);
    expect(hint).toBe(
      'Use words that name the target, e.g. [the setup instructions](…), instead of "here" or "this".',
    );
  });
  it('accepts text that names the target', () => {
    expect(
      run(
        workbench({
          'episodes/01-a.md': wbEpisode(
            '[the Git manual](https://git-scm.com) and [this lesson’s setup](https://e.org)',
          ),
        }),
        'links/uninformative-text',
      ).found,
    ).toEqual([]);
  });
});

describe('links/insecure', () => {
  it('flags http:// links, images and definitions where used', () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode(
        '[docs](http://example.org) ![A logo](http://example.org/a.png) [ref][r]\n\n<iframe src="https://www.youtube.com/embed/abcdefgh"></iframe>\n\n[r]: http://example.org/r',
      ),
    });
    const insecure = run(dir, 'links/insecure');
    expect(insecure.found).toEqual([
      'episodes/01-a.md:7:1 warning link "http://example.org" uses http://, which is not encrypted',
      'episodes/01-a.md:7:28 warning image "http://example.org/a.png" uses http://, which is not encrypted',
      'episodes/01-a.md:7:64 warning link "http://example.org/r" uses http://, which is not encrypted',
    ]);
    expect(insecure.hint).toBe('Change it to https:// (check that the site answers there).');
  });
  it("accepts https:// and a learner's own localhost", () => {
    const dir = workbench({
      'episodes/01-a.md': wbEpisode('[docs](https://example.org) and <http://localhost:8888/lab>'),
    });
    expect(run(dir, 'links/insecure').found).toEqual([]);
  });
});
