import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  normaliseBase,
  pageFileFor,
  readSiteFiles,
  resolveUrlPath,
  urlPathOf,
} from '../../../../src/lib/verify/site-files.ts';

const dir = fileURLToPath(new URL('../../../fixtures/verify/site', import.meta.url));

describe('site files', () => {
  it('lists the built pages of an output folder', () => {
    expect(readSiteFiles(dir).pages).toEqual(['index.html', 'page/index.html']);
  });

  it('normalises base paths', () => {
    expect(['', '/', 'repo', '/repo', 'repo/', '/repo/'].map(normaliseBase)).toEqual([
      '/',
      '/',
      '/repo/',
      '/repo/',
      '/repo/',
      '/repo/',
    ]);
  });

  it('maps files to URL paths in directory format, under a base', () => {
    expect(urlPathOf('index.html')).toBe('/');
    expect(urlPathOf('page/index.html', '/repo/')).toBe('/repo/page/');
    expect(urlPathOf('fig/a b.png', 'repo')).toBe('/repo/fig/a b.png');
  });

  it('maps URL paths to files', () => {
    const site = readSiteFiles(dir, '/repo/');
    expect(resolveUrlPath(site, '/repo/')).toEqual({ kind: 'file', file: 'index.html' });
    expect(resolveUrlPath(site, '/repo')).toEqual({ kind: 'file', file: 'index.html' });
    expect(resolveUrlPath(site, '/repo/page')).toEqual({ kind: 'file', file: 'page/index.html' });
    expect(resolveUrlPath(site, '/repo/fig/a b.png')).toEqual({
      kind: 'file',
      file: 'fig/a b.png',
    });
    expect(resolveUrlPath(site, '/repo/nope/')).toEqual({
      kind: 'missing',
      expected: 'nope/index.html',
    });
    expect(resolveUrlPath(site, '/page/')).toEqual({ kind: 'outside-base' });
    expect(resolveUrlPath(site, '/repo/../x')).toEqual({ kind: 'outside-base' });
    expect(pageFileFor(site, '/page/')).toBe('page/index.html');
    expect(pageFileFor(site, '/')).toBe('index.html');
  });
});
