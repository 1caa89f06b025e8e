/**
 * The all-in-one pages' episodes, written in after Astro: each of this build's markers becomes the
 * bytes of the file it names, and nothing else in the page changes.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { deferredHtmlMarker, fillDeferredHtml } from '../../../src/integration/deferred-html.ts';

const scratch = mkdtempSync(join(tmpdir(), 'deferred-html-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const token = 'c0ffee';
let folders = 0;

/** A cache folder with these files, and a page with this text; their paths. */
function setUp(files: Record<string, string>, page: string) {
  const dir = join(scratch, String(folders++));
  const htmlDir = join(dir, 'lesson-html');
  mkdirSync(htmlDir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(htmlDir, name), text);
  const pagePath = join(dir, 'index.html');
  writeFileSync(pagePath, page);
  return { htmlDir, pagePath };
}

describe('fillDeferredHtml', () => {
  it('puts each file where its marker is, byte for byte, in order', () => {
    const files = {
      'a.aio.html': '<p>Première — ü</p>\n',
      'b.aio.html': '',
      'c.aio.html': '<h2 id="c">C</h2>',
    };
    const page = `<main>${Object.keys(files)
      .map((name) => `<section>${deferredHtmlMarker(token, `/anywhere/${name}`)}</section>`)
      .join('')}</main>`;
    const { htmlDir, pagePath } = setUp(files, page);
    expect(fillDeferredHtml(pagePath, htmlDir, token)).toBe(3);
    expect(readFileSync(pagePath, 'utf8')).toBe(
      `<main>${Object.values(files)
        .map((html) => `<section>${html}</section>`)
        .join('')}</main>`,
    );
    expect(() => statSync(`${pagePath}.partial`)).toThrow();
  });

  it("leaves a marker with another build's token as it is: text in a lesson cannot pose as one", () => {
    const page = `<p>${deferredHtmlMarker('forged', 'a.aio.html')}</p>`;
    const { htmlDir, pagePath } = setUp({ 'a.aio.html': 'secret' }, page);
    const before = statSync(pagePath).mtimeMs;
    expect(fillDeferredHtml(pagePath, htmlDir, token)).toBe(0);
    expect(readFileSync(pagePath, 'utf8')).toBe(page);
    expect(statSync(pagePath).mtimeMs).toBe(before);
  });

  it.each([
    [
      'a path out of the cache folder',
      `<!--lesson-site-deferred:${token}:../index.html-->`,
      /not a file of/,
    ],
    ['a hidden file', `<!--lesson-site-deferred:${token}:.hidden-->`, /not a file of/],
    [
      'a file the cache no longer has',
      deferredHtmlMarker(token, 'gone.aio.html'),
      /is missing.*build again/,
    ],
  ])('refuses %s, and leaves the page as it was', (_, marker, message) => {
    const page = `<p>before</p>${marker}<p>after</p>`;
    const { htmlDir, pagePath } = setUp({ '.hidden': 'x' }, page);
    expect(() => fillDeferredHtml(pagePath, htmlDir, token)).toThrow(message);
    expect(readFileSync(pagePath, 'utf8')).toBe(page);
    expect(() => statSync(`${pagePath}.partial`)).toThrow();
  });

  it('does nothing for a page the site does not have', () => {
    expect(fillDeferredHtml(join(scratch, 'no-such-page.html'), scratch, token)).toBe(0);
  });
});
