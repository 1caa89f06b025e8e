import { describe, expect, it } from 'vitest';
import { checkNothingLost } from '../../../../src/lib/verify/nothing-lost.ts';

/**
 * The verifier reads a source with CommonMark; kramdown (styles lessons) groups lines into blocks
 * more lazily. Each case is a source CommonMark misreads and the page kramdown made of it: the
 * text is all there, so nothing is lost; take a piece of it away and the loss is still reported.
 */
const check = (body: string, html: string, kramdown = true) =>
  checkNothingLost({
    file: '_episodes/x.md',
    body,
    bodyLine: 1,
    links: '[jekyll]: https://jekyllrb.com/\n',
    html: `<main>${html}</main>`,
    kramdown,
  }).map((d) => `${d.line} ${d.message}`);

const cases: Record<string, { body: string; html: string; lost: string }> = {
  'a definition holding a list': {
    body: '`_config.yml`\n:   The [Jekyll][jekyll] configuration.\n    Edit it.\n    *   `title` is the title,\n        of the lesson.\n    *   `email` is the address.\n',
    html: '<dl><dt><code>_config.yml</code></dt><dd>The <a href="https://jekyllrb.com/">Jekyll</a> configuration.\nEdit it.<ul><li><code>title</code> is the title,\nof the lesson.</li><li><code>email</code> is the address.</li></ul></dd></dl>',
    lost: 'is the address.',
  },
  'code lines a quoted fence runs on over without the marker': {
    body: '> ## Solution\n> ~~~\ntotal 88\ndrwxr-xr-x  4 alex  staff   128 __pycache__\n> ~~~\n{: .solution}\n',
    html: '<blockquote class="solution"><h2>Solution</h2><pre><code>total 88\ndrwxr-xr-x  4 alex  staff   128 __pycache__</code></pre></blockquote>',
    lost: 'drwxr-xr-x  4 alex  staff   128 __pycache__',
  },
  'lines a list item runs on over, after a quote in it': {
    body: '1. First step,\nfirst item.\n    > ## Note\n    > A note.\n    {: .callout}\n![A figure](fig/a.png)\n2. Second step\nof the list.\n\n    ***Note:** only for\n    collaborators.*\n',
    html: '<ol><li>First step,\nfirst item.<blockquote class="callout"><h2>Note</h2><p>A note.</p></blockquote><p><img src="fig/a.png" alt="A figure"></p></li><li><p>Second step\nof the list.</p><p><em><strong>Note:</strong> only for\ncollaborators.</em></p></li></ol>',
    lost: 'only for\ncollaborators.',
  },
  'a table with its attribute list on the line below': {
    body: '| Step | Command |\n|------|---------|\n| save | `git commit` |\n{: style="text-align: center;"}\n',
    html: '<table style="text-align: center;"><thead><tr><th>Step</th><th>Command</th></tr></thead><tbody><tr><td>save</td><td><code>git commit</code></td></tr></tbody></table>',
    lost: 'save',
  },
  'a table with + in its separator lines': {
    body: '|---+---|\n| Key | Note |\n|---+---|\n| Esc | Only first letter capital. |\n|---+---|\n| Home | Use Home. |\n',
    html: '<table><thead><tr><th>Key</th><th>Note</th></tr></thead><tbody><tr><td>Esc</td><td>Only first letter capital.</td></tr></tbody><tbody><tr><td>Home</td><td>Use Home.</td></tr></tbody></table>',
    lost: 'Only first letter capital.',
  },
  'indented closing tags after blank lines inside an HTML element': {
    body: '<div class="tab-content">\n  <article id="a">\n\n<p>Pane text here.</p>\n\n            </article><!-- a -->\n</div>\n\nAfter the panes.\n',
    html: '<div class="tab-content"><article id="a"><p>Pane text here.</p></article></div><p>After the panes.</p>',
    lost: 'After the panes.',
  },
  'a comment, an options tag and abbreviation definitions, which show nothing': {
    body: 'The LHC ring.\n\n{::comment}\nNot for learners.\n{:/comment}\n\n{::options auto_ids="true" /}\n\n*[LHC]: Large Hadron Collider\n',
    html: '<p>The <abbr title="Large Hadron Collider">LHC</abbr> ring.</p><!-- Not for learners. -->',
    lost: 'ring.',
  },
  'a nomarkdown span, whose stars are text': {
    body: 'Quoted in {::nomarkdown}<span class="unit">GeV/*c*</span>{:/nomarkdown} units.\n',
    html: '<p>Quoted in <span class="unit">GeV/*c*</span> units.</p>',
    lost: ' units.',
  },
  'the list a {:toc} follows, replaced by the table of contents': {
    body: '* TOC\n{:toc}\n\n## Jobs\n\nRun them.\n',
    html: '<ul id="markdown-toc"><li><a href="#jobs" id="markdown-toc-jobs">Jobs</a></li></ul><h2 id="jobs">Jobs</h2><p>Run them.</p>',
    lost: 'Run them.',
  },
};

describe('checkNothingLost on kramdown pages', () => {
  for (const [name, { body, html, lost }] of Object.entries(cases)) {
    it(`${name}: all there`, () => {
      expect(check(body, html)).toEqual([]);
    });
    it(`${name}: a lost piece is still reported`, () => {
      expect(check(body, html.replace(lost, ''))).not.toEqual([]);
    });
  }

  it('a Workbench page (pandoc) gets no kramdown reading', () => {
    const { body, html } = cases['lines a list item runs on over, after a quote in it']!;
    expect(check(body, html, false)).not.toEqual([]);
  });

  it('a link whose address is Liquid broken over two lines is still a link', () => {
    const body =
      '* `python x.py` is an [action]({{ page.root\n  }}/reference/#action), a command to run.\n';
    const html =
      '<ul><li><code>python x.py</code> is an <a href="../reference/#action">action</a>, a command to run.</li></ul>';
    expect(check(body, html, false)).toEqual([]);
  });

  it('a list item of code spans between triple backticks opens no fence', () => {
    const body = '* ```value.fn()```\n\n> ## Steps\n> Do it.\n{: .checklist}\n';
    const html = '<ul><li><code>value.fn()</code></li></ul><div><h2>Steps</h2><p>Do it.</p></div>';
    expect(check(body, html, false)).toEqual([]);
  });

  it('an attribute list after a fence opened on a list item line is syntax, not text', () => {
    const body =
      '1. ~~~\n   $ scp -r data host:~/\n   ~~~\n   {: .language-bash}\n2. ~~~\n   $ rsync -ra data host:~/\n   ~~~\n   {: .language-bash}\n';
    const html =
      '<ol><li><pre><code class="language-bash">$ scp -r data host:~/</code></pre></li><li><pre><code class="language-bash">$ rsync -ra data host:~/</code></pre></li></ol>';
    expect(check(body, html, false)).toEqual([]);
  });
});
