import { slotPlaceholder } from '../../../src/lib/normalise/directives.ts';
import { describe, expect, it } from 'vitest';
import { DiagnosticBag, formatDiagnostic } from '../../../src/lib/diagnostics.ts';
import { createLessonLiquid, renderLiquid, type LiquidLesson } from '../../../src/lib/liquid.ts';

const includes: Record<string, string> = {
  'self.md': 'again {% include self.md %}',
  'greeting.md': 'Hello {{ page.who }} from {{ site.title }}',
};

const lesson: LiquidLesson = {
  site: {
    title: 'Shell Lesson',
    repo_url: 'https://github.com/o/r',
    source_branch: 'main',
    nested: { depth: 2 },
  },
  readInclude: (name) => (includes[name] === undefined ? undefined : { text: includes[name] }),
  linkTo: (path) => ({ 'reference.md': '/reference/', 'setup.md': '/setup/' })[path],
};

/** Render `text` as a page whose body starts on file line 10. */
function render(text: string, page: Record<string, unknown> = { root: '..' }) {
  const liquid = createLessonLiquid(lesson);
  const bag = new DiagnosticBag('_episodes/x.md');
  const out = renderLiquid(liquid, text, { page, firstLine: 10, bag }, lesson);
  return { out, bag, messages: bag.items.map((d) => formatDiagnostic(d)) };
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

  it('a comment disappears', () => {
    expect(render('a{% comment %} hidden {{ x }} {% endcomment %}b').out).toBe('ab');
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

  it('Jekyll filters the theme used are harmless', () => {
    expect(render('{{ "/fig/x.png" | relative_url }} {{ site.nested | jsonify }}').out).toBe(
      '/fig/x.png {"depth":2}',
    );
  });

  it('include of a lesson file, with the page scope', () => {
    expect(render('{% include greeting.md %}', { root: '..', who: 'Ann' }).out).toBe(
      'Hello Ann from Shell Lesson',
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

  it('an unknown tag and its end tag are dropped with warnings on their lines', () => {
    const r = render('a\n{% highlight python %}\nprint(1)\n{% endhighlight %}\nb');
    expect(r.out).toBe('a\n\nprint(1)\n\nb');
    expect(r.bag.items.map((d) => [d.rule, d.line, d.message])).toEqual([
      [
        'liquid/unknown-tag',
        11,
        '{% highlight %} is a Jekyll tag this generator does not support; it is dropped',
      ],
      [
        'liquid/unknown-tag',
        13,
        '{% endhighlight %} is a Jekyll tag this generator does not support; it is dropped',
      ],
    ]);
  });

  it('{% raw %} keeps braces', () => {
    expect(render('{% raw %}{{ keep }} {% tag %}{% endraw %}').out).toBe('{{ keep }} {% tag %}');
  });

  it('an unclosed block: error on its line, every tag stripped', () => {
    const r = render('one\n\n{% for x in y %}\n{{ x }} text');
    expect(r.out).toBe('one\n\n\n text');
    expect(r.messages).toEqual([
      '_episodes/x.md:12  error  Liquid could not read this page: tag {% for x in y %} not closed  (liquid/syntax)\n    hint: Close every {% if %}/{% for %} with its {% endif %}/{% endfor %}, or wrap literal braces in {% raw %}…{% endraw %}.',
    ]);
  });

  it('an unclosed {{ or {% never reaches the page', () => {
    for (const text of ['Value {{ site.title', 'Value {% if x']) {
      const r = render(text);
      expect(r.bag.items.map((d) => d.rule)).toEqual(['liquid/syntax']);
      expect(r.out).not.toMatch(/\{\{|\{%/);
    }
  });
});
