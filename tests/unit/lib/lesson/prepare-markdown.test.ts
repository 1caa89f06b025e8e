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

  it.each(['styles', 'workbench'] as const)(
    '%s: an address with a space, in links.md or on the page, is read as the toolchains read it',
    async (format) => {
      const r = await renderPage(
        'Get [the data][raw] and [the notes][notes].\n\n[notes]: ../files/my notes.txt\n',
        {
          format,
          links: '[raw]: https://example.org/raw data.csv "Raw"\n',
        },
      );
      expect(r.html.trim()).toBe(
        '<p>Get <a href="https://example.org/raw%20data.csv" title="Raw">the data</a> and <a href="/files/my%20notes.txt">the notes</a>.</p>',
      );
      expect(r.diagnostics.map((d) => [d.file, d.line, d.rule])).toEqual([
        [format === 'styles' ? '_includes/links.md' : 'links.md', 1, 'links/space-in-url'],
        [
          format === 'styles' ? '_episodes/01-page.md' : 'episodes/01-page.md',
          3,
          'links/space-in-url',
        ],
      ]);
    },
  );

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

  // Jekyll stops on a page Liquid cannot parse, so it was never published that way; sandpaper
  // never runs Liquid. The build goes on: the construct is kept as the author wrote it.
  it('a Liquid syntax error: a warning on its line, the tag kept as text, the rest rendered', async () => {
    const r = await renderPage('First.\n\n{% if site.x %}\n{{ site.title }} still renders.\n', {
      bodyLine: 5,
    });
    expect(r.html).toBe('<p>First.</p>\n<p>{% if site.x %}\nTest lesson still renders.</p>\n');
    expect(r.messages).toEqual([
      '_episodes/01-page.md:7  warning  Liquid cannot read {% if site.x %} (tag {% if site.x %} not closed); Jekyll stops on this, so the page was never published this way; it is shown as written  (liquid/syntax)\n    hint: Close every {% if %}/{% for %} with its {% endif %}/{% endfor %}, or wrap literal braces in {% raw %}…{% endraw %}.',
    ]);
  });

  it('an unclosed {{ output: a warning, the braces kept as text', async () => {
    const r = await renderPage('Value: {{ site.title\n\nNext paragraph.\n');
    expect(r.diagnostics.map((d) => [d.severity, d.rule])).toEqual([['warning', 'liquid/syntax']]);
    expect(r.html).toBe('<p>Value: {{ site.title</p>\n<p>Next paragraph.</p>\n');
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

  it('Workbench code spans keep {{ }} as written, on a line Liquid still renders', async () => {
    const r = await renderPage(
      'The `{{ }}` and ``${{ matrix.os }}`` are GitHub syntax; this is {{ site.title }}.\n',
      { format: 'workbench' },
    );
    expect(r.html).toBe(
      '<p>The <code>{{ }}</code> and <code>${{ matrix.os }}</code> are GitHub syntax; this is Test lesson.</p>\n',
    );
    expect(r.diagnostics).toEqual([]);
  });

  it('a Workbench code span with its own {% raw %} is left to it', async () => {
    const r = await renderPage('Items `{% raw %}{{item}}{% endraw %}` count.\n', {
      format: 'workbench',
    });
    expect(r.html).toBe('<p>Items <code>{{item}}</code> count.</p>\n');
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

/** Prepare one page of a lesson on disk, as the build does. */
function prepareFile(dir: string, file: string, options = {}) {
  const lesson = loadLesson(dir);
  const { prepare, sharedDiagnostics } = createMarkdownPreparer(lesson, options);
  const source = [...lesson.episodes, ...lesson.pages].find((s) => s.file === file)!;
  const bag = new DiagnosticBag(source.file);
  const prepared = prepare(
    { ...source, frontmatter: source.frontmatter as Record<string, unknown> },
    bag,
  );
  return { ...prepared, diagnostics: [...sharedDiagnostics, ...bag.items] };
}

describe('Liquid as Jekyll ran it, in the page pipeline', () => {
  it('relative_url and site.baseurl follow the base path the site is built for', async () => {
    const r = await renderPage(
      '![plot]({{ "/fig/plot.png" | relative_url }}) [data]({{ site.baseurl }}/data/a.nc)\n',
      { base: '/fork/', siteVariables: { baseurl: '/upstream' } },
    );
    expect(r.html).toBe(
      '<p><img src="/fork/fig/plot.png" alt="plot"> <a href="/fork/data/a.nc">data</a></p>\n',
    );
  });

  it('the theme figure.html renders as one figure with its image and caption', async () => {
    const r = await renderPage(
      '{% include figure.html url="" max-width="40%"\n   file="/fig/dag.svg"\n   alt="A graph" caption="The <i>graph</i>" %}\n\nAfter.\n',
      { base: '/lesson/' },
    );
    expect(r.html).toBe(
      '<figure>\n<img src="/lesson/fig/dag.svg" alt="A graph" style="max-width: 40%">\n<figcaption>The <i>graph</i></figcaption>\n</figure>\n<p>After.</p>\n',
    );
    expect(r.diagnostics).toEqual([]);
  });

  it("a lesson's own figure.html, whose tags leave blank lines, stays one figure", () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Figures\n',
      '_includes/figure.html': [
        '<figure>',
        '  {% if include.url != "" %}',
        '  <a href="{{ include.url }}">',
        '  {% endif %}',
        '    <img src="{{ include.file | relative_url }}" alt="{{ include.alt }}"/>',
        '  <figcaption>',
        '    <small>',
        '      {{ include.caption }}',
        '    </small>',
        '  </figcaption>',
        '</figure>',
        '',
      ].join('\n'),
      '_episodes/01-a.md':
        '---\ntitle: A\n---\n{% include figure.html url="" caption=""\n   file="/fig/x.png" alt="X" %}\n\n~~~\nx\n~~~\n{: output}\n',
    });
    const r = prepareFile(dir, '_episodes/01-a.md');
    expect(r.markdown.slice(0, r.bodyEnd)).toContain(
      '<figure>\n    <img src="/fig/x.png" alt="X"/>\n  <figcaption>\n    <small>\n    </small>\n  </figcaption>\n</figure>\n',
    );
    // The include wrote eight lines for two; the IAL after it is still on its own line, 10.
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([['kramdown/ial-without-dot', 10]]);
  });

  it('include with a name from the config, and include_relative beside the page', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: HPC\nsnippets: "/snippets_library/Cluster_A"\n',
      '_includes/snippets_library/Cluster_A/queue.snip': '```\nsqueue -u {{ site.title }}\n```\n',
      '_episodes/01-a.md':
        '---\ntitle: A\n---\n{% include {{ site.snippets }}/queue.snip %}\n\n{% include_relative 01-a.py %}\n',
      '_episodes/01-a.py': 'print(1)\n',
    });
    const r = prepareFile(dir, '_episodes/01-a.md');
    expect(r.markdown.slice(0, r.bodyEnd)).toBe('```\nsqueue -u HPC\n```\n\n\nprint(1)\n\n');
    expect(r.diagnostics).toEqual([]);
  });

  it('site.data reads _data/ through the gate; an unreadable file is a warning', () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: Data\n',
      '_data/team/leads.yml': '- name: Ada\n- name: Grace\n',
      '_data/terms.json': '{"cpu": "central processing unit"}',
      '_data/nodes.csv': 'name,cores\nworker-1,4\n',
      '_data/broken.yml': 'a: [\n',
      '_episodes/01-a.md':
        '---\ntitle: A\n---\n{% for p in site.data.team.leads %}{{ p.name }} {% endfor %}{{ site.data.terms.cpu }}; {% for n in site.data.nodes %}{{ n.name }} has {{ n.cores }} cores{% endfor %}\n',
    });
    const r = prepareFile(dir, '_episodes/01-a.md');
    expect(r.markdown.slice(0, r.bodyEnd)).toBe(
      'Ada Grace central processing unit; worker-1 has 4 cores\n',
    );
    expect(r.diagnostics.map((d) => [d.file, d.rule])).toEqual([
      ['_data/broken.yml', 'data/syntax'],
    ]);
  });

  it('site.github from the metadata the caller resolved', () => {
    const dir = makeLessonDir({
      'config.yaml': 'title: Workbench\n',
      'episodes/01-a.md':
        '---\ntitle: A\n---\nPlease [open an issue]({{ site.github.repository_url }}/issues/new).\n',
    });
    const github = { from: 'config', values: { repository_url: 'https://github.com/o/r' } };
    const r = prepareFile(dir, 'episodes/01-a.md', { github });
    expect(r.markdown.slice(0, r.bodyEnd)).toBe(
      'Please [open an issue](https://github.com/o/r/issues/new).\n',
    );
  });

  it('markdownify inside an HTML block: the Markdown is read as Markdown', async () => {
    const r = await renderPage(
      '<div class="note">\n{% capture tmp %}\n~~~bash\nls -l\n~~~\n{% endcapture %}\n{{ tmp | markdownify }}\n</div>\n',
    );
    expect(r.html).toMatch(
      /^<div class="note">\n<div class="code-block code-input language-bash">/,
    );
    expect(r.html).not.toContain('~~~');
  });
});

describe('site.<collection> in Liquid (styles)', () => {
  it("lists each collection's documents, as Jekyll gives them to Liquid", () => {
    const dir = makeLessonDir({
      '_config.yml': 'title: T\ncollections:\n  slides:\n    output: true\n',
      '_episodes/01-intro.md': '---\ntitle: Intro\n---\n',
      '_extras/guide.md': '---\ntitle: Guide\n---\n',
      '_slides/deck.md': '---\ntitle: Deck\n---\n',
    });
    const lesson = loadLesson(dir);
    const { prepare } = createMarkdownPreparer(lesson);
    const body =
      '{% for s in site.slides %}[{{ s.title }}]({{ s.url }}){% endfor %} {{ site.extras | map: "title" | join: "," }}';
    const prepared = prepare(
      { file: '_episodes/01-intro.md', slug: '01-intro', frontmatter: {}, body, bodyLine: 4 },
      new DiagnosticBag('_episodes/01-intro.md'),
    );
    expect(prepared.markdown).toContain('[Deck](/slides-deck/) Guide');
  });
});
