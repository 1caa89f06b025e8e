import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deferSearchIndexEnv,
  pagefindIntegration,
} from '../../../src/integration/pagefind-integration.ts';
import { globOf } from '../../../src/integration/search-index.ts';

let out = '';
afterAll(() => rmSync(out, { recursive: true, force: true }));

const page = (words: string) =>
  `<!doctype html><html lang="en"><head><title>${words}</title></head><body><main data-pagefind-body><h1>${words}</h1><p>${words} <span data-instructor-only>whisper ${words}</span></p></main></body></html>`;

/** Each view's lesson pages, an aggregate and a redirect page, and a slug full of glob syntax. */
const files: Record<string, string> = {
  'index.html': page('home'),
  'rivers/index.html': page('rivers'),
  'a(b)[c]{d},e!#$:/index.html': page('oddly'),
  'aio/index.html': page('aggregate'),
  'rivers.html': page('redirected'),
  'instructor/index.html': page('home'),
  'instructor/rivers/index.html': page('rivers'),
  'instructor/a(b)[c]{d},e!#$:/index.html': page('oddly'),
  'instructor/aio/index.html': page('aggregate'),
};

/** The URL and text of every page in an index (pagefind's fragments: gzip, a marker, JSON). */
function indexed(index: string): Array<{ url: string; content: string }> {
  const folder = join(out, index, 'fragment');
  return readdirSync(folder)
    .map((name) => gunzipSync(readFileSync(join(folder, name))).toString('utf8'))
    .map(
      (text) => JSON.parse(text.slice('pagefind_dcd'.length)) as { url: string; content: string },
    )
    .sort((a, b) => a.url.localeCompare(b.url));
}

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'pagefind-pages-'));
  for (const [file, html] of Object.entries(files)) {
    mkdirSync(dirname(join(out, file)), { recursive: true });
    writeFileSync(join(out, file), html);
  }
  const warnings: string[] = [];
  const logger = {
    info: () => {},
    warn: (message: string) => warnings.push(message),
    error: () => {},
    debug: () => {},
  } as unknown as AstroIntegrationLogger;
  const hook = pagefindIntegration().hooks['astro:build:done'] as (options: {
    dir: URL;
    logger: AstroIntegrationLogger;
  }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${out}/`), logger });
  expect(warnings).toEqual([]);
}, 30_000);

describe('each view’s search index holds that view’s lesson pages, and only them', () => {
  // pagefind percent-encodes what a URL cannot hold as it is.
  it('the learner index: the home page and episodes, without instructor notes', () => {
    const pages = indexed('pagefind');
    expect(pages.map((p) => p.url)).toEqual(['/', '/a(b)[c]%7Bd%7D,e!%23$:/', '/rivers/']);
    expect(pages.map((p) => p.content).join(' ')).not.toContain('whisper');
  });

  it('the instructor index: the same pages under /instructor/, notes included', () => {
    const pages = indexed('instructor/pagefind');
    expect(pages.map((p) => p.url)).toEqual([
      '/instructor/',
      '/instructor/a(b)[c]%7Bd%7D,e!%23$:/',
      '/instructor/rivers/',
    ]);
    expect(pages.find((p) => p.url === '/instructor/rivers/')?.content).toContain('whisper rivers');
  });
});

describe('under lesson-site build', () => {
  it('the integration leaves the indexes to the command, which writes them once Astro exits', async () => {
    const site = mkdtempSync(join(tmpdir(), 'pagefind-deferred-'));
    writeFileSync(join(site, 'index.html'), page('home'));
    const hook = pagefindIntegration().hooks['astro:build:done'] as (options: {
      dir: URL;
      logger: AstroIntegrationLogger;
    }) => Promise<void>;
    const said: string[] = [];
    const logger = { info: (m: string) => said.push(m) } as unknown as AstroIntegrationLogger;
    process.env[deferSearchIndexEnv] = '1';
    try {
      await hook({ dir: pathToFileURL(`${site}/`), logger });
      expect(readdirSync(site)).toEqual(['index.html']);
    } finally {
      delete process.env[deferSearchIndexEnv];
      rmSync(site, { recursive: true, force: true });
    }
    expect(said).toEqual(['search indexes: written once Astro has exited']);
  });
});

describe('globOf', () => {
  it.each([
    [['index.html'], '{index.html}'],
    [['a b/index.html', 'c-d_e.f/x.html'], '{a b/index.html,c-d_e.f/x.html}'],
    [['ü(1)/index.html'], '{ü\\(1\\)/index.html}'],
    [['{a,b}*?[!x]/i.html'], '{\\{a\\,b\\}\\*\\?\\[!x\\]/i.html}'],
    [['#~%$:<>\\/i.html'], '{#~%\\$\\:\\<\\>\\\\/i.html}'],
  ])('%j → %s', (paths, glob) => {
    expect(globOf(paths)).toBe(glob);
  });
});
