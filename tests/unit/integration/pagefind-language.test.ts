import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { afterAll, describe, expect, it } from 'vitest';
import { pagefindIntegration } from '../../../src/integration/pagefind-integration.ts';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site of one page, in both views, marked with `lang`. */
function site(lang: string): string {
  const out = mkdtempSync(join(tmpdir(), 'pagefind-language-'));
  made.push(out);
  const page = `<!doctype html><html lang="${lang}"><head><title>Dados</title></head><body><main data-pagefind-body><h1>Dados</h1><p>Os dados estão nas tabelas.</p></main></body></html>`;
  for (const root of ['', 'instructor/']) {
    mkdirSync(join(out, root, 'dados'), { recursive: true });
    writeFileSync(join(out, root, 'index.html'), page);
    writeFileSync(join(out, root, 'dados/index.html'), page);
  }
  return out;
}

const quiet = {
  info: () => {},
  warn: () => {},
  error: () => {},
  debug: () => {},
  fork: () => quiet,
} as unknown as AstroIntegrationLogger;

async function indexLanguages(lang: string, language?: string): Promise<string[]> {
  const out = site(lang);
  const hook = pagefindIntegration({ language }).hooks['astro:build:done'] as (options: {
    dir: URL;
    logger: AstroIntegrationLogger;
  }) => Promise<void>;
  await hook({ dir: pathToFileURL(`${out}/`), logger: quiet });
  const entry = (index: string) =>
    JSON.parse(readFileSync(join(out, index, 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, unknown>;
    };
  const learner = Object.keys(entry('pagefind').languages);
  expect(Object.keys(entry('instructor/pagefind').languages)).toEqual(learner);
  return learner;
}

describe('the search index speaks the lesson’s language', () => {
  it('indexes a pt-BR lesson in Portuguese (stemmed), not in an unknown "pt-br"', async () => {
    expect(await indexLanguages('pt-BR', 'pt')).toEqual(['pt']);
  });

  it('without a language, each page’s lang decides, as pagefind does by itself', async () => {
    expect(await indexLanguages('pt-BR')).toEqual(['pt-br']);
  });
});
