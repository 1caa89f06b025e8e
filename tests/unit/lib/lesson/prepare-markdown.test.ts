import { describe, expect, it } from 'vitest';
import { DiagnosticBag } from '../../../../src/lib/diagnostics.ts';
import { loadLesson } from '../../../../src/lib/lesson/load-lesson.ts';
import { createMarkdownPreparer } from '../../../../src/lib/lesson/prepare-markdown.ts';
import { makeLessonDir } from '../../../helpers/lesson-dir.ts';
import { renderPage } from '../../../helpers/render.ts';

const links =
  '[py-docs]: https://docs.python.org/3/\n[lesson-setup]: {{ page.root }}{% link setup.md %}\n';
const pages = { 'setup.md': 'setup' };

describe('links.md: shared reference definitions', () => {
  it('[text][ref] defined only in links.md renders a link to the right URL', async () => {
    const r = await renderPage('Read [the docs][py-docs] first.\n', { links, pages });
    expect(r.html).toContain('<a href="https://docs.python.org/3/">the docs</a>');
    expect(r.html).not.toContain('[py-docs]');
    expect(r.diagnostics).toEqual([]);
  });

  it('Liquid inside links.md resolves against the page, to the site URL', async () => {
    const r = await renderPage('See [setup][lesson-setup].\n', { links, pages });
    expect(r.html).toContain('<a href="../setup/">setup</a>');
  });

  it('works the same in a Workbench lesson', async () => {
    const r = await renderPage('Read [the docs][py-docs].\n', {
      format: 'workbench',
      links: '[py-docs]: https://docs.python.org/3/\n',
    });
    expect(r.html).toContain('<a href="https://docs.python.org/3/">the docs</a>');
  });

  it('{% include links.md %} leaves no raw Liquid and no visible definitions', async () => {
    const r = await renderPage('Read [the docs][py-docs].\n\n{% include links.md %}\n', {
      links,
      pages,
    });
    expect(r.html).not.toMatch(/\{%|%\}|include links/);
    expect(r.html).not.toContain('https://docs.python.org/3/</');
    expect(r.html.trim()).toBe('<p>Read <a href="https://docs.python.org/3/">the docs</a>.</p>');
    expect(r.diagnostics).toEqual([]);
  });

  it('a page without links.md still renders an unresolved reference as text', async () => {
    const r = await renderPage('See [x][nowhere].\n');
    expect(r.html.trim()).toBe('<p>See [x][nowhere].</p>');
  });
});

describe('Liquid in a page', () => {
  it('an unknown tag is removed with a warning on its line', async () => {
    const r = await renderPage('Intro.\n\n{% figure src="x.png" %}\n\nAfter.\n', { bodyLine: 4 });
    expect(r.html).not.toContain('{%');
    expect(r.html).not.toContain('figure');
    expect(r.messages).toEqual([
      '_episodes/01-page.md:6  warning  {% figure %} is a Jekyll tag this generator does not support; it is dropped  (liquid/unknown-tag)\n    hint: Remove the tag or replace it with plain Markdown.',
    ]);
  });

  it('{% raw %} text is preserved verbatim', async () => {
    const r = await renderPage('{% raw %}Use {{ name }} and {% if %} literally.{% endraw %}\n');
    expect(r.html.trim()).toBe('<p>Use {{ name }} and {% if %} literally.</p>');
    expect(r.diagnostics).toEqual([]);
  });

  it('a Liquid syntax error: an error diagnostic on its line and no raw {% in the output', async () => {
    const r = await renderPage('First.\n\n{% if site.x %}\nNever closed.\n', { bodyLine: 5 });
    expect(r.html).not.toContain('{%');
    expect(r.html).toContain('Never closed.');
    expect(r.messages).toEqual([
      '_episodes/01-page.md:7  error  Liquid could not read this page: tag {% if site.x %} not closed  (liquid/syntax)\n    hint: Close every {% if %}/{% for %} with its {% endif %}/{% endfor %}, or wrap literal braces in {% raw %}…{% endraw %}.',
    ]);
  });

  it('an unclosed {{ output: error, and no raw {{ in the output', async () => {
    const r = await renderPage('Value: {{ site.title\n\nNext paragraph.\n');
    expect(r.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['error', 'liquid/syntax']]);
    expect(r.html).not.toContain('{{');
    expect(r.html).toContain('Next paragraph.');
  });

  it('site variables and page.root reach the page', async () => {
    const r = await renderPage(
      '{{ site.title }} by {{ site.carpentry }}: [ref]({{ page.root }}{% link reference.md %})\n',
      {
        siteVariables: { carpentry: 'swc' },
        pages: { 'reference.md': 'reference' },
      },
    );
    expect(r.html.trim()).toBe('<p>Test lesson by swc: <a href="../reference/">ref</a></p>');
  });

  it('Workbench code blocks keep {{ }} as written (no Liquid in code)', async () => {
    const r = await renderPage('```r\nglue("{{ x }}")\n```\n', { format: 'workbench' });
    expect(r.html).toContain('{{ x }}');
    expect(r.diagnostics).toEqual([]);
  });

  // Normalisers must keep line numbers; Liquid that removes lines (a multi-line comment)
  // shifts every later diagnostic unless the removed lines are kept as blank lines.
  it("diagnostics after a multi-line {% comment %} still point at the author's line", async () => {
    const body = [
      '{% comment %}',
      'Instructor: skip this.',
      'Really.',
      '{% endcomment %}',
      '',
      '~~~',
      'hello',
      '~~~',
      '{: output}',
      '',
    ].join('\n');
    const r = await renderPage(body, { bodyLine: 4 });
    // File lines: body starts at 4, so `{: output}` is on line 4 + 8 = 12.
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([['kramdown/ial-without-dot', 12]]);
  });

  // Styles lessons ship their own _includes/ (the Liquid table maps only the theme's ones).
  it("{% include %} of a lesson's own _includes file inserts it", () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Git\n',
      '_episodes/01-intro.md': '---\ntitle: Intro\n---\nBefore.\n\n{% include note.md %}\n',
      '_includes/note.md': 'Included note text.\n',
    });
    const lesson = loadLesson(dir);
    const { prepare } = createMarkdownPreparer(lesson);
    const ep = lesson.episodes[0]!;
    const bag = new DiagnosticBag(ep.file);
    const { markdown } = prepare(
      {
        file: ep.file,
        slug: ep.slug,
        body: ep.body,
        bodyLine: ep.bodyLine,
        frontmatter: ep.frontmatter,
      },
      bag,
    );
    expect(markdown).toContain('Included note text.');
    expect(bag.items).toEqual([]);
  });
});
