import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkLinks } from '../../../../src/lib/verify/links.ts';

const site = fileURLToPath(new URL('../../../fixtures/verify/site', import.meta.url));

describe('checkLinks', () => {
  const problems = checkLinks(site, '/');
  const summary = problems.map((d) => `${d.file} ${d.rule} ${d.message}`);

  it('reports a link to a page that was not built, naming the page, the href and the missing file', () => {
    expect(summary).toContain(
      'index.html links/missing-target link "/missing/" points at missing/index.html, which is not in the output',
    );
  });

  it('reports anchors missing from the target page, cross-page and same-page', () => {
    expect(summary).toContain(
      'index.html links/missing-anchor link "/page/#nope" points at #nope, but page/index.html has no element with that id',
    );
    expect(summary).toContain(
      'index.html links/missing-anchor link "#gone" points at #gone, but index.html has no element with that id',
    );
  });

  it('accepts good links: directory URLs, relative, percent-encoded, a[name], #top, external', () => {
    const hrefs = problems.map((d) => /link "([^"]*)"/.exec(d.message)?.[1]);
    expect(hrefs.sort()).toEqual(['#gone', '/fig/left-out.png', '/missing/', '/page/#nope']);
  });

  it('points at the line of the element in the built page', () => {
    expect(problems.find((d) => d.message.includes('"/missing/"'))).toMatchObject({
      line: 10,
      severity: 'error',
    });
  });

  it('skips targets on the allow-list', () => {
    const allowed = checkLinks(site, '/', { allow: ['fig/left-out.png'] });
    expect(allowed.map((d) => d.message).join('\n')).not.toContain('left-out.png');
    expect(allowed).toHaveLength(3);
  });

  it('respects the base path: root-relative links outside it are reported', () => {
    const underBase = checkLinks(site, '/repo/');
    const rules = new Set(
      underBase.filter((d) => d.message.includes('"/page/"')).map((d) => d.rule),
    );
    expect(rules).toEqual(new Set(['links/outside-base']));
    // Relative links still resolve under a base.
    expect(underBase.some((d) => d.message.includes('"page/#intro"'))).toBe(false);
  });
});
