import { describe, expect, it } from 'vitest';
import { rehomeHtml, scopeIds } from '../../../src/lib/scope-ids.ts';

/** An episode's HTML shown on the all-in-one page, as aio.astro shows it. */
const onAio = (html: string) =>
  rehomeHtml(html, { from: '/02-basics/', to: '/aio/', idPrefix: '02-basics' });

describe('rehomeHtml: a page shown inside another keeps every link leading where it led', () => {
  it('scopes ids, and a link to a place the HTML holds follows its scoped id', () => {
    expect(onAio('<h2 id="shell">Shell</h2><a href="#shell">up</a>')).toBe(
      '<h2 id="02-basics-shell">Shell</h2><a href="#02-basics-shell">up</a>',
    );
  });

  it('a link to an id the HTML does not hold goes to the page it came from', () => {
    // On the episode itself the id is missing too: the same broken anchor, the checker's to report.
    expect(onAio('<a href="#shell-docker">x</a>')).toBe(
      '<a href="../02-basics/#shell-docker">x</a>',
    );
  });

  it('`./`, `./#x` and `?q` links mean the source page', () => {
    expect(onAio('<p id="a"></p><a href="./#a">a</a> <a href="./">self</a>')).toBe(
      '<p id="02-basics-a"></p><a href="#02-basics-a">a</a> <a href="../02-basics/">self</a>',
    );
  });

  it('links to other pages and files with the base path are unchanged', () => {
    const html =
      '<a href="../03-next/#x">n</a><a href="/fig/x.png">f</a><a href="https://x.org/#y">e</a><a href="#">t</a><a href="#top">top</a>';
    expect(onAio(html)).toBe(html);
  });

  it('the scoping reaches the ids a tab set names', () => {
    expect(
      onAio('<button aria-controls="p1" id="t1"></button><div id="p1" aria-labelledby="t1"></div>'),
    ).toBe(
      '<button aria-controls="02-basics-p1" id="02-basics-t1"></button><div id="02-basics-p1" aria-labelledby="02-basics-t1"></div>',
    );
  });

  it('without a prefix (instructor notes), ids stay and missing places go to the source page', () => {
    const note = '<div id="n1"><a href="#n1">here</a> <a href="#noble2009">ref</a></div>';
    expect(rehomeHtml(note, { from: '/what-we-left-out/', to: '/instructor-notes/' })).toBe(
      '<div id="n1"><a href="#n1">here</a> <a href="../what-we-left-out/#noble2009">ref</a></div>',
    );
  });

  it('shown on its own page, nothing changes', () => {
    const html = '<a href="#nowhere">x</a>';
    expect(rehomeHtml(html, { from: '/profiles/', to: '/profiles/' })).toBe(html);
  });
});

describe('scopeIds', () => {
  it('scopes every id and every same-page link, and nothing else', () => {
    expect(
      scopeIds('<h2 id="a">A</h2><a href="#a">a</a> <a href="#b">b</a> <a href="../x/">x</a>', 's'),
    ).toBe('<h2 id="s-a">A</h2><a href="#s-a">a</a> <a href="#s-b">b</a> <a href="../x/">x</a>');
  });
});
