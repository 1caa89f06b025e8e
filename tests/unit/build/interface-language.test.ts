import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Nodes } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { en } from '../../../src/lib/i18n/en.ts';
import { es } from '../../../src/lib/i18n/es.ts';
import type { Message } from '../../../src/lib/i18n/types.ts';
import { episode, makeLessonDir } from '../../helpers/lesson-dir.ts';
import { buildLesson, projectRoot, type BuildResult } from './astro-build.ts';

/**
 * The interface in the lesson's language, on real builds of the two Spanish fixture lessons
 * (tests/fixtures/lessons/i18n-es-workbench and i18n-es-styles, `lang: es`), whose own text is
 * Spanish too: every page is `lang="es"`, search is indexed in Spanish, and no page of either view
 * has an English interface word left on it. That last check is what fails when someone writes an
 * English word into a component, a layout or a render plugin instead of the string tables.
 */

const fixtures = ['i18n-es-workbench', 'i18n-es-styles'] as const;
const lessonDir = (name: string) => join(projectRoot, 'tests/fixtures/lessons', name);

// Each fixture is built once for all the tests that read it: a build takes seconds.
const builds = new Map<string, BuildResult>();
const built = (name: string): BuildResult => {
  if (!builds.has(name)) builds.set(name, buildLesson(lessonDir(name)));
  return builds.get(name)!;
};

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, keep);
    return keep(path) ? [path] : [];
  });
}

/** Names that are the same in every language: they say nothing about the interface's. */
const properNames = [
  'The Carpentries Incubator',
  'The Carpentries Lab',
  'The Carpentries',
  'Software Carpentry',
  'Data Carpentry',
  'Library Carpentry',
  'lesson-site',
  'JavaScript',
  'YouTube',
];
const withoutNames = (text: string) =>
  properNames.reduce((rest, name) => rest.replaceAll(name, ' '), text);

/** Lower-case words of two letters or more (single letters are keys, units, variables). */
const wordsOf = (text: string): string[] =>
  (
    withoutNames(text)
      .toLowerCase()
      .match(/\p{L}{2,}/gu) ?? []
  ).filter(Boolean);

const textsOf = (message: Message) =>
  typeof message === 'string' ? [message] : Object.values(message);
const vocabulary = (messages: Record<string, Message>) =>
  new Set(
    Object.values(messages)
      .flatMap(textsOf)
      .flatMap((text) => wordsOf(text.replace(/\{\w+\}/g, ' '))),
  );

/**
 * Words an English interface would show: every word of the English table, and the words any
 * English sentence or button is made of, so a new text that is not in the table yet is caught too.
 */
const commonEnglish = `the and or of to in on at by for from with without this that these those
  is are was be been has have it its you your we our all any not more less see show hide open close
  back next previous page pages lesson lessons episode episodes search menu home view edit copy
  print download link links top here click read note notes time day learn about contents table
  skip main help share settings language loading more only what when where how why which who`;
const englishWords = new Set([...vocabulary(en), ...wordsOf(commonEnglish)]);
const spanishWords = vocabulary(es);

/** The words the author wrote: every Markdown file, and the values (not comments) of the YAML. */
function authorWords(dir: string): Set<string> {
  const words = new Set<string>();
  const add = (text: string) => wordsOf(text).forEach((word) => words.add(word));
  const values = (data: unknown): string[] =>
    typeof data === 'string'
      ? [data]
      : data && typeof data === 'object'
        ? Object.values(data).flatMap(values)
        : [];
  for (const file of filesUnder(dir, (path) => /\.(md|ya?ml|cff)$/.test(path))) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.md')) add(text);
    else values(parseYaml(text)).forEach(add);
  }
  return words;
}

/** What a reader sees or hears of a page: its text and the attributes that name things. */
function readable(html: string): string[] {
  const found: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') {
      if (node.tagName === 'script' || node.tagName === 'style') return;
      const { ariaLabel, title, placeholder, alt } = node.properties;
      for (const value of [ariaLabel, title, placeholder, alt])
        if (typeof value === 'string') found.push(value);
    }
    if (node.type === 'text') found.push(node.value);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(fromHtml(html));
  return found;
}

describe.sequential('a Spanish lesson (lang: es) builds with a Spanish interface', () => {
  for (const name of fixtures) {
    describe(name, () => {
      const pages = () =>
        filesUnder(built(name).outDir, (path) => path.endsWith('.html')).map((file) => ({
          path: relative(built(name).outDir, file),
          html: readFileSync(file, 'utf8'),
        }));

      it('builds, every page of both views marked lang="es", left to right', () => {
        const build = built(name);
        expect(build.status, build.output).toBe(0);
        const all = pages();
        expect(all.length).toBeGreaterThan(10);
        expect(all.some((page) => page.path.startsWith('instructor/'))).toBe(true);
        for (const page of all) {
          const root = fromHtml(page.html).children.find(
            (node) => node.type === 'element' && node.tagName === 'html',
          );
          expect(
            root?.type === 'element' && [root.properties.lang, root.properties.dir],
            page.path,
          ).toEqual(['es', 'ltr']);
        }
      });

      it('leaves no English interface word on any page', () => {
        const author = authorWords(lessonDir(name));
        const leftovers = pages().flatMap((page) => {
          const english = [...new Set(readable(page.html).flatMap(wordsOf))].filter(
            (word) => englishWords.has(word) && !spanishWords.has(word) && !author.has(word),
          );
          return english.length ? [`${page.path}: ${english.join(', ')}`] : [];
        });
        expect(leftovers).toEqual([]);
      });

      it('indexes search in Spanish, in both views', () => {
        for (const index of ['pagefind', 'instructor/pagefind']) {
          const entry = JSON.parse(
            readFileSync(join(built(name).outDir, index, 'pagefind-entry.json'), 'utf8'),
          ) as { languages: Record<string, unknown> };
          expect(Object.keys(entry.languages), index).toEqual(['es']);
        }
      });
    });
  }

  it('finds an English word that a component would leave (the check itself)', () => {
    const html = '<p>Esta lección se rige por el <a>Código de conducta</a>.</p><p>Copy</p>';
    const english = readable(html)
      .flatMap(wordsOf)
      .filter((word) => englishWords.has(word) && !spanishWords.has(word));
    expect(english).toEqual(['copy']);
  });
});

describe.sequential('a lesson in a language without an interface table', () => {
  const lesson = makeLessonDir({
    'config.yaml': "title: '示例课程'\nlang: 'zh'\n",
    'episodes/01-intro.md': episode('介绍', '这是第一课。\n'),
  });
  const notice = /config\.yaml:2.*"zh" is Chinese, which has no interface translation yet/g;

  it('builds in English, marked lang="zh", with the notice printed once', () => {
    const build = buildLesson(lesson);
    expect(build.status, build.output).toBe(0);
    expect(build.output.match(notice), build.output).toHaveLength(1);
    const html = readFileSync(join(build.outDir, '01-intro/index.html'), 'utf8');
    expect(html).toContain('<html lang="zh" dir="ltr"');
    // The header and footer are English, and say so to screen readers.
    expect(html).toMatch(/<header class="site-header" lang="en"/);
    expect(html).toMatch(/<footer class="site-footer" lang="en"/);
  });

  it('npm run check prints the notice once, at the line of lang:', () => {
    const run = spawnSync(
      join(projectRoot, 'node_modules/.bin/node'),
      [join(projectRoot, 'src/cli/check.ts'), '--lesson', lesson],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_ACTIONS: '' } },
    );
    expect(run.stdout.match(notice), run.stdout + run.stderr).toHaveLength(1);
  });
});
