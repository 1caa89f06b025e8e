import { describe, expect, it } from 'vitest';
import { jekyllStructure } from '../../../../src/lib/sweep/jekyll-structure.ts';
import { ourStructure } from '../../../../src/lib/sweep/our-structure.ts';
import { pandocStructure } from '../../../../src/lib/sweep/pandoc-structure.ts';
import { normaliseLanguage, resolveImage } from '../../../../src/lib/sweep/structure.ts';

/** The styles theme's episode layout around a kramdown body, cut down to what the extractor reads. */
const jekyllPage = `<!doctype html><html><body>
<nav class="navbar"><h2 id="nav-heading">Menu</h2><img src="../assets/img/logo.png"></nav>
<div class="row"><div class="col-xs-10"><h3 class="maintitle"><a href="../">Lesson</a></h3></div></div>
<article>
<div class="row"><div class="col-md-10"><h1 class="maintitle">Tracking</h1></div></div>
<blockquote class="objectives"><h2>Overview</h2><div class="row"><strong>Questions</strong><ul><li>Why?</li></ul></div></blockquote>
<p>Intro with <code class="language-plaintext highlighter-rouge">inline</code> code.</p>
<div class="language-bash highlighter-rouge"><div class="highlight"><pre class="highlight"><code>$ ls</code></pre></div></div>
<div class="language-plaintext output highlighter-rouge"><div class="highlight"><pre class="highlight"><code>a b</code></pre></div></div>
<h2 id="a_section">A_section</h2>
<p><img src="../fig/plot.png" alt="A plot"></p>
<blockquote><p>Just a quotation.</p></blockquote>
<blockquote class="challenge">
  <h2 id="try-it">Try it</h2>
  <pre><code class="language-python">print(1)</code></pre>
  <blockquote class="solution"><h2 id="solution">Solution</h2><p>Yes.</p></blockquote>
</blockquote>
<h3 id="sub">Sub</h3>
<table><tr><td>1</td></tr></table>
<img src="/my-lesson/fig/abs.png" alt="absolute">
<blockquote class="keypoints"><h2>Key Points</h2><ul><li>Point</li></ul></blockquote>
</article>
<footer><h2 id="footer">Footer</h2><table><tr><td>x</td></tr></table></footer>
</body></html>`;

/** pandoc -t html5 of a Workbench episode body: a fragment. */
const pandocPage = `<div class="objectives"><ul><li>Lifted by sandpaper</li></ul></div>
<div class="questions"><h2 id="q">Questions</h2><ul><li>Lifted</li></ul></div>
<h2 id="intro-section">Intro section</h2>
<div class="sourceCode" id="cb1"><pre class="sourceCode bash"><code class="sourceCode bash">ls</code></pre></div>
<pre class="output"><code>a b</code></pre>
<section id="good-names" class="callout">
<h2>Good names</h2>
<p>Text.</p>
</section>
<div class="challenge">
<h2 id="a-challenge">A challenge</h2>
<pre class="python"><code>print(1)</code></pre>
<section id="solution" class="solution"><h2>Solution</h2><p>Yes.</p></section>
</div>
<div class="instructor"><p>A note.</p></div>
<div class="unknownthing"><p>Not a callout.</p></div>
<p><img src="fig/plot.png" alt="A plot" /></p>
<table><tr><td>1</td></tr></table>
<h3 id="whats-in-a-name">What’s In A Name?</h3>
<div class="keypoints"><ul><li>Lifted</li></ul></div>`;

/** One of our built episode pages, cut down: furniture around the body must not count. */
const ourPage = `<!doctype html><html><body>
<header class="site-header"><a class="site-title" href="/">Lesson</a><img src="/logo.png" alt=""></header>
<main id="main"><article class="episode">
<header class="episode-header"><h1>Tracking</h1></header>
<section class="overview"><h2 id="overview-heading">Overview</h2><div class="overview-lists"><h3>Questions</h3><ul><li>Why?</li></ul></div></section>
<div class="lesson-content">
<div class="code-block code-input language-sh"><p class="code-label">sh</p><pre class="shiki"><code>ls</code></pre></div>
<div class="code-block code-output"><p class="code-label">Output</p><pre><code>a b</code></pre></div>
<div class="heading-wrapper heading-wrapper-h2"><h2 id="a-section">A_section</h2><a class="heading-anchor" href="#a-section">#</a></div>
<p><picture><source srcset="/fig/plot-dark.png" media="(prefers-color-scheme: dark)"><img src="/fig/plot.png" alt="A plot"></picture></p>
<div class="callout" data-kind="challenge" data-tone="challenge"><p class="callout-label">Challenge</p>
  <div class="heading-wrapper heading-wrapper-h2"><h2 id="try-it">Try it</h2><a class="heading-anchor" href="#try-it">#</a></div>
  <div class="code-block code-input language-python"><p class="code-label">python</p><pre><code>print(1)</code></pre></div>
  <details class="callout" data-kind="solution" data-tone="solution"><summary><h2 id="solution">Solution</h2></summary><p>Yes.</p></details>
</div>
<div class="callout" data-kind="instructor" data-tone="instructor" data-instructor-only=""><p class="callout-label">Instructor note</p><p>A note.</p></div>
<div class="tabs" data-tabs="group"><section class="tab-panel" data-tab="Windows"><h3 id="windows">Windows</h3></section></div>
<div class="table-wrapper"><table><tr><td>1</td></tr></table></div>
<figure class="video-embed"><div class="video-frame"><button type="button" class="video-play">Play</button></div></figure>
<section data-footnotes="" class="footnotes"><div class="heading-wrapper heading-wrapper-h2"><h2 class="sr-only" id="footnote-label">Footnotes</h2></div><ol><li id="user-content-fn-1"><p>A note.</p></li></ol></section>
</div>
<section class="keypoints-box"><h2 id="keypoints-heading">Key Points</h2><ul><li>Point</li></ul></section>
<nav class="pagination"><a href="/02/">Next</a></nav>
</article></main>
<footer class="site-footer"><h2 id="f">Footer</h2></footer>
</body></html>`;

describe('jekyllStructure', () => {
  const s = jekyllStructure(jekyllPage, '/my-lesson/04-changes/', '/my-lesson/')!;

  it('takes the rendered Markdown only: not the title row, overview box, key points box, navigation or footer', () => {
    expect(s.headings.map((h) => h.id)).toEqual(['a_section', 'try-it', 'solution', 'sub']);
    expect(s.tables).toBe(1);
  });

  it('reads kramdown callouts from blockquote classes; a plain blockquote is not one', () => {
    expect(s.callouts).toEqual(['challenge', 'solution']);
  });

  it('counts code blocks, not inline code, with the language rouge or kramdown wrote (plaintext is none)', () => {
    expect(s.code).toEqual([
      { language: 'bash', text: '$ ls' },
      { language: undefined, text: 'a b' },
      { language: 'python', text: 'print(1)' },
    ]);
  });

  it('resolves images against the page URL and the baseurl', () => {
    expect(s.images).toEqual(['fig/plot.png', 'fig/abs.png']);
  });

  it('is undefined for a page without the layout it knows', () => {
    expect(jekyllStructure('<p>no article</p>', '/x/')).toBeUndefined();
  });

  it('reads a Bootstrap tab set the author wrote in HTML as tabs, as this project renders it', () => {
    const page = jekyllPage.replace(
      '<h3 id="sub">',
      '<ul class="nav nav-tabs"><li><a href="#a" data-toggle="tab">A</a></li></ul><div class="tab-content"><article class="tab-pane active" id="a"><p>x</p></article></div><h3 id="sub">',
    );
    expect(jekyllStructure(page, '/x/')!.callouts).toEqual(['challenge', 'solution', 'tab']);
  });

  it('reads a box written in HTML for the theme by its class, as this project renders it', () => {
    const page = jekyllPage.replace(
      '<h3 id="sub">',
      '<div class="challenge"><h2>Try</h2><div class="solution"><p>Yes</p></div></div><div class="row"><p>layout</p></div><div class="language-plaintext warning highlighter-rouge"><div class="highlight"><pre class="highlight"><code>careful</code></pre></div></div><h3 id="sub">',
    );
    expect(jekyllStructure(page, '/x/')!.callouts).toEqual([
      'challenge',
      'solution',
      'challenge',
      'solution',
    ]);
  });

  it('keeps an author-written key points box that is not the last element', () => {
    const page = jekyllPage.replace(
      '<h3 id="sub">',
      '<blockquote class="keypoints"><h2 id="key-points">Key Points</h2></blockquote><h3 id="sub">',
    );
    expect(jekyllStructure(page, '/x/')!.callouts).toEqual(['challenge', 'solution', 'keypoints']);
  });
});

describe('pandocStructure', () => {
  const s = pandocStructure(pandocPage, 'episodes/03-create.md');

  it('reads fenced divs and sections by class, leaving out the divs sandpaper lifts and unknown classes', () => {
    expect(s.callouts).toEqual(['callout', 'challenge', 'solution', 'instructor']);
  });

  it("takes a section's id for its first heading", () => {
    expect(s.headings.map((h) => h.id)).toEqual([
      'intro-section',
      'good-names',
      'a-challenge',
      'solution',
      'whats-in-a-name',
    ]);
  });

  it('reads the language from the pre classes; output blocks state none', () => {
    expect(s.code).toEqual([
      { language: 'bash', text: 'ls' },
      { language: undefined, text: 'a b' },
      { language: 'python', text: 'print(1)' },
    ]);
  });

  it('resolves images against the source file, to lesson paths', () => {
    expect(s.images).toEqual(['episodes/fig/plot.png']);
    expect(s.tables).toBe(1);
  });
});

describe('ourStructure', () => {
  const s = ourStructure(ourPage, '/04-changes/')!;

  it('takes the lesson content only, not the overview and key points boxes, header, pagination, footer or the footnotes heading', () => {
    expect(s.headings.map((h) => h.id)).toEqual(['a-section', 'try-it', 'solution', 'windows']);
  });

  it('maps callout classes, folding callouts, instructor notes and tabs to kinds', () => {
    expect(s.callouts).toEqual(['challenge', 'solution', 'instructor', 'group-tab']);
  });

  it('reads the code language from the block wrapper, normalised (sh is bash)', () => {
    expect(s.code).toEqual([
      { language: 'bash', text: 'ls' },
      { language: undefined, text: 'a b' },
      { language: 'python', text: 'print(1)' },
    ]);
  });

  it('counts the image of a <picture> once, and no video facade', () => {
    expect(s.images).toEqual(['fig/plot.png']);
    expect(s.tables).toBe(1);
  });

  it('reads heading text without the anchor link, so it pairs with the reference heading', () => {
    expect(s.headings[0]!.text).toBe('a_section');
  });
});

describe('helpers', () => {
  it('normalises languages: aliases, case, and names that state none', () => {
    expect(
      ['Python', 'py', 'shell', 'R', 'plaintext', 'output', undefined].map(normaliseLanguage),
    ).toEqual(['python', 'python', 'bash', 'r', undefined, undefined, undefined]);
  });

  it('resolves image sources; external URLs stay whole', () => {
    expect(resolveImage('../fig/a%20b.png', '/ep/')).toBe('fig/a b.png');
    expect(resolveImage('https://x.org/a.png', '/ep/')).toBe('https://x.org/a.png');
    expect(resolveImage('//x.org/a.png', '/ep/')).toBe('https://x.org/a.png');
    expect(resolveImage('data:image/png;base64,AAAA', '/ep/')).toBe('data:');
    // An empty path segment names the same file.
    expect(resolveImage('fig//a.png', '/ep/')).toBe('ep/fig/a.png');
  });
});
