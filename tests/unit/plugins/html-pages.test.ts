import { describe, expect, it } from 'vitest';
import { renderPage } from '../../helpers/render.ts';

/**
 * A styles page written as HTML (`_episodes/x.html` with frontmatter): Jekyll ran Liquid on it,
 * no Markdown converter, then the layout. Here it is one block of HTML, parsed into elements.
 */
const page = [
  '<h2>Where the data lives</h2>',
  '',
  '<p>The "open data" portal of {{ site.title }}.</p>',
  '',
  '    <div class="note">',
  '',
  '<p>After a blank line and *between stars*.</p>',
  '    </div>',
  '<pre>line one',
  '',
  '  line three</pre>',
  '<p><img src="../fig/plot.png" alt="A plot"></p>',
].join('\n');

const render = (file: string) => renderPage(page, { file, format: 'styles' });

describe('a styles page written as HTML', () => {
  it('is read as HTML, not Markdown: indented lines are not code, stars not emphasis', async () => {
    const { html } = await render('_episodes/01-page.html');
    expect(html).toContain('<div class="note">');
    expect(html).toContain('<p>After a blank line and *between stars*.</p>');
    expect(html).not.toContain('<code>');
    expect(html).not.toContain('<em>');
    // Blank lines inside <pre> are the text's own.
    expect(html).toContain('<pre>line one\n\n  line three</pre>');
  });

  it('has Liquid run on it and keeps its quotes as typed, as Jekyll published it', async () => {
    const { html } = await render('_episodes/01-page.html');
    expect(html).toContain('<p>The "open data" portal of Test lesson.</p>');
  });

  it('goes through the page plugins: heading ids and anchors, URLs resolved for the site', async () => {
    const { html, data } = await render('_episodes/01-page.html');
    expect(html).toMatch(/<h2 id="where-the-data-lives">Where the data lives<\/h2>/);
    expect(html).toContain('href="#where-the-data-lives"');
    expect(html).toContain('src="/fig/plot.png"');
    // The figures page and the table of contents read the same data as for Markdown pages.
    expect(data.images.map((i) => i.alt)).toEqual(['A plot']);
    expect(data.headings.map((h) => h.text)).toEqual(['Where the data lives']);
  });

  it('the same text in a Markdown page is read as Markdown: its indented lines become code', async () => {
    const { html } = await render('_episodes/01-page.md');
    expect(html).toContain('<code>&lt;div class="note"&gt;</code>');
  });
});
