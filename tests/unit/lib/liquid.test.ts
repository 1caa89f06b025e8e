import { markdownMarker, slotPlaceholder } from '../../../src/lib/normalise/directives.ts';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import {
  createLessonLiquid,
  renderLiquid,
  renderLiquidLines,
  type LiquidLesson,
} from '../../../src/lib/liquid.ts';

const files: Record<string, string> = {
  '_includes/self.md': 'again {% include self.md %}',
  '_includes/greeting.md': 'Hello {{ page.who }} from {{ site.title }}',
  '_includes/param.html': '<b>{{ include.name }}</b>/{{ include.count }}/{{ include.flag }}',
  '_includes/setter.md': '{% assign shared = "from the include" %}',
  '_includes/snips/cluster/info.snip': 'Cluster {{ site.cluster }}',
  '_includes/broken.md': 'before {% if x %} after',
  '_includes/card.html': [
    '<div class="card">',
    '  {% if include.title != "" %}',
    '  <h3>{{ include.title }}</h3>',
    '  {% endif %}',
    '  <p>',
    '    {{ include.body }}',
    '  </p>',
    '</div>',
  ].join('\n'),
  '_episodes/snippet.py': 'print("{{ site.title }}")',
  '_includes/code.html': [
    '{% capture tmp %}',
    '```python',
    '{% include_relative snippet.py %}',
    '',
    'print(2)',
    '```',
    '{% endcapture %}',
    '<div>',
    '{{ tmp | markdownify }}',
    '</div>',
  ].join('\n'),
  '_includes/figure.html': '<figure>{{ include.file }}</figure>',
  '_includes/outside.md': '',
};

const baseLesson: LiquidLesson = {
  site: {
    title: 'Shell Lesson',
    repo_url: 'https://github.com/o/r',
    source_branch: 'main',
    nested: { depth: 2 },
    cluster: 'Hopper',
    snippets: '/snips',
    baseurl: '/config-baseurl',
    episodes: [
      { title: 'Intro', slug: '01-intro', url: '/01-intro/' },
      { title: 'Loops', slug: '02-loops', url: '/02-loops/' },
    ],
  },
  readFile: (path) =>
    path === '_includes/outside.md'
      ? { refused: 'links outside the lesson (to /etc/passwd); not published' }
      : files[path] === undefined
        ? undefined
        : { text: files[path] },
  linkTo: (path) => ({ 'reference.md': '/reference/', 'setup.md': '/setup/' })[path],
  format: 'styles',
};

/** Render `text` as `_episodes/x.md` whose body starts on file line 10. */
function render(
  text: string,
  page: Record<string, unknown> = { root: '..' },
  lesson: Partial<LiquidLesson> = {},
) {
  const merged = { ...baseLesson, ...lesson };
  const liquid = createLessonLiquid(merged);
  const bag = new DiagnosticBag('_episodes/x.md');
  const out = renderLiquid(
    liquid,
    text,
    { page, firstLine: 10, bag, file: '_episodes/x.md' },
    merged,
  );
  return {
    out,
    bag,
    rules: bag.items.map((d) => [d.line, d.rule]),
    messages: bag.items.map((d) => formatDiagnostic(d)),
  };
}

/** The file line each output line is reported at. */
function lines(text: string, lesson: Partial<LiquidLesson> = {}) {
  const merged = { ...baseLesson, ...lesson };
  const bag = new DiagnosticBag('_episodes/x.md');
  return renderLiquidLines(
    createLessonLiquid(merged),
    text,
    { page: { root: '..' }, firstLine: 10, bag, file: '_episodes/x.md' },
    merged,
  ).map((l) => `${l.line}:${l.text}`);
}

describe('renderLiquid', () => {
  it('text without Liquid is returned as is', () => {
    expect(render('Plain *markdown* with { braces }.').out).toBe(
      'Plain *markdown* with { braces }.',
    );
  });

  it('{{ page.root }}{% link reference.md %}', () => {
    const r = render('[ref]({{ page.root }}{% link reference.md %})');
    expect(r.out).toBe('[ref](../reference/)');
    expect(r.messages).toEqual([]);
  });

  it('{% link %} to a page that is not built warns and still writes a URL', () => {
    const r = render('x\n{% link nope.md %}');
    expect(r.out).toBe('x\n/nope/');
    expect(r.messages).toEqual([
      '_episodes/x.md:11  warning  {% link nope.md %}: no page is built from nope.md  (liquid/missing-link)\n    hint: Check the file name and folder.',
    ]);
  });

  it('{{ site.X }}, nested values and missing values', () => {
    expect(
      render(
        '{{ site.title }}|{{ site.nested.depth }}|{{ site.missing }}|{{ repo_url }}|{{ source_branch }}',
      ).out,
    ).toBe('Shell Lesson|2||https://github.com/o/r|main');
  });

  it('whitespace control trims around tags', () => {
    expect(render('a\n  {%- if true -%}\n  b\n  {%- endif -%}\n  c').out).toBe('abc');
    expect(render('a  {{- "b" -}}  c').out).toBe('abc');
  });

  it('for, if/else and assign', () => {
    const r = render(
      '{% assign xs = "a,b,c" | split: "," %}{% for x in xs %}[{{ x }}]{% endfor %}{% if xs.size > 2 %} many{% else %} few{% endif %}',
    );
    expect(r.out).toBe('[a][b][c] many');
    expect(r.messages).toEqual([]);
  });

  it('{% raw %} keeps braces', () => {
    expect(render('{% raw %}{{ keep }} {% tag %}{% endraw %}').out).toBe('{{ keep }} {% tag %}');
  });

  it('jekyll.environment is production, page.path the page file', () => {
    expect(render('{{ jekyll.environment }} {{ page.path }}').out).toBe(
      'production _episodes/x.md',
    );
  });
});

describe('comments', () => {
  it('a comment disappears', () => {
    expect(render('a{% comment %} hidden {{ x }} {% endcomment %}b').out).toBe('ab');
  });

  it('comments nest, as in Ruby Liquid', () => {
    const r = render('a{% comment %}x{% comment %}y{% endcomment %}z{% endcomment %}b');
    expect(r.out).toBe('ab');
    expect(r.messages).toEqual([]);
  });

  it('a comment hides unknown tags and {% raw %} that holds an end tag', () => {
    const r = render(
      'a{% comment %}{% seo %}{% raw %}{% endcomment %}{% endraw %}{% endcomment %}b',
    );
    expect(r.out).toBe('ab');
    expect(r.messages).toEqual([]);
  });

  it('an unclosed comment: Ruby Liquid raises; the text stays, with a warning on its line', () => {
    const r = render('one\n{% comment %}\nnot hidden\n');
    expect(r.out).toBe('one\n{% comment %}\nnot hidden\n');
    expect(r.messages).toEqual([
      '_episodes/x.md:11  warning  Liquid cannot read {% comment %} (tag {% comment %} not closed); Jekyll stops on this, so the page was never published this way; it is shown as written  (liquid/syntax)\n    hint: Close every {% if %}/{% for %} with its {% endif %}/{% endfor %}, or wrap literal braces in {% raw %}…{% endraw %}.',
    ]);
  });

  it('a stray {% endcomment %} is kept as text', () => {
    const r = render('a {% comment %}x{% endcomment %} b {% endcomment %} c');
    expect(r.out).toBe('a  b {% endcomment %} c');
    expect(r.rules).toEqual([[10, 'liquid/syntax']]);
  });

  it('lines after a multi-line comment keep their file lines; the comment leaves no lines', () => {
    expect(lines('one\n{% comment %}\ntwo\nthree\n{% endcomment %}\nfour\n{{ bad')).toEqual([
      '10:one',
      '11:',
      '15:four',
      '16:{{ bad',
    ]);
  });
});

describe('include', () => {
  it('include of a lesson file, with the page scope', () => {
    expect(render('{% include greeting.md %}', { root: '..', who: 'Ann' }).out).toBe(
      'Hello Ann from Shell Lesson',
    );
  });

  it('parameters: quoted, unquoted (a variable), bare; read as include.key', () => {
    const r = render('{% assign n = 3 %}{% include param.html name="Ada <x>" count=n flag %}');
    expect(r.out).toBe('<b>Ada <x></b>/3/true');
    expect(r.messages).toEqual([]);
  });

  it('a tag spread over several lines, with hyphenated keys', () => {
    const r = render(
      'Before\n{% include figure.html url="" max-width="40%"\n   file="/fig/a.png"\n   alt="An A" %}\nAfter',
    );
    expect(r.out).toBe('Before\n<figure>/fig/a.png</figure>\nAfter');
  });

  it('a name built from variables: {% include {{ site.snippets }}/cluster/info.snip %}', () => {
    const r = render('{% include {{ site.snippets }}/cluster/info.snip %}');
    expect(r.out).toBe('Cluster Hopper');
    expect(r.messages).toEqual([]);
  });

  it('assignments in an included file stay visible after it (one scope, as in Ruby Liquid)', () => {
    expect(render('{% include setter.md %}[{{ shared }}]').out).toBe('[from the include]');
  });

  it('include_relative reads beside the page, through the lesson-file gate', () => {
    expect(render('{% include_relative snippet.py %}').out).toBe('print("Shell Lesson")');
    const refused = render('{% include_relative ../_includes/greeting.md %}');
    expect(refused.out).toBe('');
    expect(refused.rules).toEqual([[10, 'liquid/refused-include']]);
  });

  it('a name Jekyll refuses (".." or "//") is dropped with a warning', () => {
    const r = render('{% include ../secret.md %}');
    expect(r.out).toBe('');
    expect(r.messages[0]).toContain(
      '{% include ../secret.md %}: Jekyll refuses this file name (".." or "//", or characters outside letters, digits and /._-()+~#@); the tag is dropped  (liquid/refused-include)',
    );
  });

  it('a file the gate refuses (a link out of the lesson) is dropped with its reason', () => {
    const r = render('{% include outside.md %}');
    expect(r.out).toBe('');
    expect(r.messages[0]).toContain(
      '{% include outside.md %}: _includes/outside.md links outside the lesson (to /etc/passwd); not published; the tag is dropped  (liquid/refused-include)',
    );
  });

  it('theme includes map to the generator: links.md to nothing, syllabus to a marker', () => {
    const r = render('{% include links.md %}|{% include syllabus.html %}');
    expect(r.out).toBe(`|${slotPlaceholder('schedule')}`);
    expect(r.messages).toEqual([]);
  });

  it('include of a missing file: dropped with a warning on its line', () => {
    const r = render('line one\n{% include missing.md %}');
    expect(r.out).toBe('line one\n');
    expect(r.messages).toEqual([
      '_episodes/x.md:11  warning  {% include missing.md %}: no file _includes/missing.md in the lesson; the tag is dropped  (liquid/missing-include)\n    hint: Create _includes/missing.md or remove the tag.',
    ]);
  });

  it('an include that includes itself: a warning, and no hang', () => {
    const started = Date.now();
    const r = render('x {% include self.md %} y');
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.bag.items.map((d) => [d.severity, d.rule])).toEqual([
      ['warning', 'liquid/include-loop'],
    ]);
    expect(r.out.startsWith('x again')).toBe(true);
    expect(r.out.endsWith(' y')).toBe(true);
  });

  it('Liquid an included file cannot read: kept as text, reported at the include tag', () => {
    const r = render('one\n{% include broken.md %}');
    expect(r.out).toBe('one\nbefore {% if x %} after');
    expect(r.messages[0]).toContain(
      '_episodes/x.md:11  warning  _includes/broken.md, included here: Liquid cannot read {% if x %} (tag {% if x %} not closed); it is shown as written  (liquid/syntax)',
    );
  });

  it('an HTML include loses the lines its tags left blank (one HTML block), not its values', () => {
    expect(render('{% include card.html title="" body="text" %}').out).toBe(
      '<div class="card">\n  <p>\n    text\n  </p>\n</div>',
    );
    // A captured code block with a blank line, through markdownify: the blank line stays, and
    // marker lines say the Markdown is Markdown even inside the HTML block.
    expect(render('{% include code.html %}').out).toBe(
      `<div>\n\n\n${markdownMarker}\n\`\`\`python\nprint("Shell Lesson")\n\nprint(2)\n\`\`\`\n${markdownMarker}\n\n\n</div>`,
    );
  });

  it('what an include writes is reported at the include line; later lines keep theirs', () => {
    expect(lines('a\n{% include card.html title="T" body="B" %}\nb')).toEqual([
      '10:a',
      ...['<div class="card">', '  <h3>T</h3>', '  <p>', '    B', '  </p>', '</div>'].map(
        (t) => `11:${t}`,
      ),
      '12:b',
    ]);
  });
});

describe('theme includes the lesson does not have', () => {
  const noFiles: Partial<LiquidLesson> = { readFile: () => undefined, base: '/lesson/' };

  it('figure.html: the image, linked when url is set, and its caption in a <figure>', () => {
    const r = render(
      '{% include figure.html url="" max-width="50%"\n  file="/fig/queue.svg" alt=\'A "queue"\'\n  caption="<i>Source:</i> me" %}',
      { root: '..' },
      noFiles,
    );
    expect(r.out).toBe(
      '<figure>\n<img src="/lesson/fig/queue.svg" alt="A &quot;queue&quot;" style="max-width: 50%">\n<figcaption><i>Source:</i> me</figcaption>\n</figure>',
    );
    expect(r.messages).toEqual([]);
    expect(
      render('{% include figure.html url="https://x.org/" file="a.png" alt="A" %}', {}, noFiles)
        .out,
    ).toBe('<figure>\n<a href="https://x.org/"><img src="/lesson/a.png" alt="A"></a>\n</figure>');
  });

  it("the lesson's own figure.html wins over the theme's", () => {
    expect(render('{% include figure.html file="x.png" %}').out).toBe('<figure>x.png</figure>');
  });

  it('gh_variables.html assigns the repository variables from site.github', () => {
    const github = {
      from: 'GITHUB_REPOSITORY',
      values: {
        repository_name: 'r',
        repository_url: 'https://github.com/o/r',
        project_title: 'r',
        url: 'https://o.github.io/r',
        public_repositories: [{ name: 'r', default_branch: 'gh-pages' }],
      },
    };
    const r = render(
      '{% include gh_variables.html %}{{ repo_url }}/blob/{{ default_branch }} {{ repo_name }} {{ search_domain_url }}',
      {},
      { ...noFiles, github },
    );
    expect(r.out).toBe('https://github.com/o/r/blob/gh-pages r https://o.github.io/r');
    expect(r.messages).toEqual([]);
  });

  it('gh_variables.html without a known repository: one warning, links lose their address', () => {
    const r = render(
      'x\n{% include gh_variables.html %}<a href="{{ repo_url }}/blob/x">the source</a>\n[issues]({{ repo_url }}/issues)\n{% include gh_variables.html %}{{ site.github.url }}',
      {},
      noFiles,
    );
    expect(r.out).toBe('x\n<a>the source</a>\nissues\n');
    // Once per page: the cause is the same everywhere.
    expect(r.rules).toEqual([[11, 'liquid/unknown-github']]);
  });

  it('curriculum.html (HSF theme): a callout naming the HSF Training Center', () => {
    const r = render('{% include curriculum.html %}', {}, noFiles);
    expect(r.out).toContain('> ## HSF Software Training');
    expect(r.out).toContain('https://hepsoftwarefoundation.org/training/curriculum.html');
    expect(r.out.endsWith('{: .callout}')).toBe(true);
  });
});

describe('site and base path', () => {
  it('site.baseurl, relative_url and absolute_url follow the base path of the build', () => {
    const r = render(
      '{{ site.baseurl }}|{{ "/data/a.nc" | relative_url }}|{{ "code/b.py" | relative_url }}|{{ "/x" | absolute_url }}|{{ "https://e.org/" | relative_url }}|{{ site.url }}',
      {},
      { base: '/fork/', siteUrl: 'https://me.github.io/' },
    );
    expect(r.out).toBe(
      '/fork|/fork/data/a.nc|/fork/code/b.py|https://me.github.io/fork/x|https://e.org/|https://me.github.io',
    );
  });

  it('at the root, site.baseurl is empty whatever the config says', () => {
    expect(render('{{ site.baseurl }}/fig/a.png {{ "/a" | absolute_url }}').out).toBe(
      '/fig/a.png /a',
    );
  });

  it('site.github values, and a warning where one is unknown', () => {
    const github = { from: 'config', values: { repository_url: 'https://github.com/o/r' } };
    const known = render('[issues]({{ site.github.repository_url }}/issues)', {}, { github });
    expect(known.out).toBe('[issues](https://github.com/o/r/issues)');
    expect(known.messages).toEqual([]);
    const api = render('Tagline: {{ site.github.project_tagline }}.', {}, { github });
    expect(api.out).toBe('Tagline: .');
    expect(api.messages[0]).toContain(
      "site.github.project_tagline comes from GitHub's API, which this build does not ask",
    );
  });

  it('unknown repository: a link built from site.github keeps its text, loses its address', () => {
    const r = render(
      'Please [open an *issue*]({{ site.github.repository_url }}/issues/new).\n\n![logo]({{ site.github.url }}/logo.png)',
    );
    expect(r.out).toBe('Please open an *issue*.\n\nlogo');
    expect(r.rules).toEqual([[10, 'liquid/unknown-github']]);
  });

  it('repo_url without a known repository: a warning at its first use, the link keeps its text', () => {
    const r = render(
      'x\n\n[contributing]: {{ repo_url }}/blob/{{ source_branch }}/CONTRIBUTING.md\n\nSee [contributing].',
      {},
      { site: { ...baseLesson.site, repo_url: undefined } },
    );
    expect(r.out).toBe('x\n\n\n\nSee contributing.');
    expect(r.rules).toEqual([[12, 'liquid/unknown-github']]);
  });

  it('a link definition with an unknown address goes, and so do its uses', () => {
    const r = render(
      'See [the guide][contributing] and [contributing].\n\n[contributing]: {{ site.github.repository_url }}/CONTRIBUTING.md\n',
    );
    expect(r.out).toBe('See the guide and contributing.\n\n\n');
  });

  it('site.episodes with where, sort and map', () => {
    expect(
      render(
        '{% assign e = site.episodes | where: "slug", "02-loops" | first %}{{ e.title }}|{{ site.episodes | map: "title" | sort | join: "," }}',
      ).out,
    ).toBe('Loops|Intro,Loops');
  });
});

describe('filters Jekyll lessons use', () => {
  it('slugify, jsonify, date, strip_html, number_of_words, markdownify of one line', () => {
    const r = render(
      '{{ "Hello, World! Ünïcode_x" | slugify }}|{{ site.nested | jsonify }}|{{ "2024-03-05" | date: "%Y/%m" }}|{{ "<p>two <b>words</b></p>" | strip_html | number_of_words }}|{{ "*em*" | markdownify }}',
    );
    expect(r.out).toBe('hello-world-ünïcode-x|{"depth":2}|2024/03|2|*em*');
  });
});

describe('highlight', () => {
  it('{% highlight lang %} becomes a fenced code block in that language, lines kept', () => {
    const text = 'a\n{% highlight python %}\nprint("{{ site.title }}")\n{% endhighlight %}\nb';
    const r = render(text);
    expect(r.out).toBe('a\n```python\nprint("Shell Lesson")\n```\nb');
    expect(r.messages).toEqual([]);
    expect(lines(text)).toEqual([
      '10:a',
      '11:```python',
      '12:print("Shell Lesson")',
      '13:```',
      '14:b',
    ]);
  });

  it('a fence longer than any backtick run inside; on its own lines even when written inline', () => {
    expect(render('x {% highlight md %}```{% endhighlight %} y').out).toBe(
      'x \n````md\n```\n````\n y',
    );
  });
});

describe('tags this generator does not support', () => {
  it('an unknown tag and its end tag are dropped with warnings on their lines', () => {
    const r = render('a\n{% seo %}\n{% tabs x %}\nT\n{% endtabs %}\nb');
    expect(r.out).toBe('a\n\n\nT\n\nb');
    expect(r.bag.items.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'liquid/unknown-tag',
        11,
        '{% seo %} is a Jekyll tag this generator does not support; it is dropped',
      ],
      [
        'liquid/unknown-tag',
        12,
        '{% tabs %} is a Jekyll tag this generator does not support; it is dropped',
      ],
      [
        'liquid/unknown-tag',
        14,
        '{% endtabs %} is a Jekyll tag this generator does not support; it is dropped',
      ],
    ]);
  });
});

describe('Liquid that cannot be read', () => {
  it('an unclosed block: a warning on its line; the tag stays as text, the rest renders', () => {
    const r = render('one\n\n{% for x in y %}\n{{ site.title }} text');
    expect(r.out).toBe('one\n\n{% for x in y %}\nShell Lesson text');
    expect(r.bag.items.map((d) => [d.severity, d.line, d.message])).toEqual([
      [
        'warning',
        12,
        'Liquid cannot read {% for x in y %} (tag {% for x in y %} not closed); Jekyll stops on this, so the page was never published this way; it is shown as written',
      ],
    ]);
  });

  it('an unclosed {{ or {% stays as text from there; Liquid after it still renders', () => {
    expect(render('Value {{ site.title').out).toBe('Value {{ site.title');
    expect(render('Value {% if x\n{{ site.title }}').out).toBe('Value {% if x\nShell Lesson');
  });

  it('several problems on one page: each kept, each reported on its line', () => {
    const r = render('{{ }}\n{% endif %}\n{% if %}x{% endif %}\n{{ site.title }}');
    expect(r.out).toBe('{{ }}\n{% endif %}\n{% if %}x{% endif %}\nShell Lesson');
    expect(r.rules).toEqual([
      [10, 'liquid/syntax'],
      [11, 'liquid/syntax'],
      [12, 'liquid/syntax'],
      [12, 'liquid/syntax'],
    ]);
  });

  it('a Workbench page: the message says sandpaper showed it as written', () => {
    const r = render('The `x` and {{ }} are literal.', {}, { format: 'workbench' });
    expect(r.out).toBe('The `x` and {{ }} are literal.');
    expect(r.bag.items[0]!.message).toBe(
      'Liquid cannot read {{ }} (invalid value expression: ""); sandpaper does not run Liquid and showed it as written, and so does this site',
    );
  });

  it('a render error (an include with no name) is kept as text too', () => {
    const r = render('a {% include %} b');
    expect(r.out).toBe('a  b');
    expect(r.rules).toEqual([[10, 'liquid/include-syntax']]);
  });
});
