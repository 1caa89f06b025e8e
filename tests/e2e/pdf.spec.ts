/**
 * `npm run pdf`: the whole default lesson as one PDF, printed from the all-in-one page. The PDF
 * must hold every episode in lesson order, each starting on a new page, with solutions printed
 * open, link targets spelled out, and no navigation chrome.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { extractText, getDocumentProxy } from 'unpdf';
import { distDir, inlineText, lessonRoot, readEpisodes } from './helpers.ts';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The first words of the first solution's body on the built all-in-one page (hidden on screen). */
function firstSolutionWords(): string | undefined {
  const tree = fromHtml(readFileSync(join(distDir, 'aio/index.html'), 'utf8')) as Root;
  let found: string | undefined;
  const visit = (node: Root | Element) => {
    for (const child of node.children) {
      if (found || child.type !== 'element') continue;
      if (child.tagName === 'details' && child.properties.dataKind === 'solution') {
        const body = {
          ...child,
          children: child.children.filter(
            (c) => !(c.type === 'element' && c.tagName === 'summary'),
          ),
        };
        found = squash(toText(body)).split(' ').slice(0, 6).join(' ');
      } else visit(child);
    }
  };
  visit(tree);
  return found || undefined;
}

test('npm run pdf prints every episode, in order, one per page, solutions open', async () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'lesson-pdf-'));
  try {
    const output = join(work, 'lesson.pdf');
    execFileSync(process.execPath, [join(lessonRoot, 'scripts/pdf.ts'), output], {
      cwd: lessonRoot,
      stdio: 'pipe',
    });
    const pdf = await getDocumentProxy(new Uint8Array(readFileSync(output)));
    const { totalPages, text } = await extractText(pdf, { mergePages: false });
    const pages = (text as string[]).map(squash);
    const all = pages.join(' ');

    const episodes = readEpisodes();
    expect(totalPages).toBeGreaterThanOrEqual(episodes.length);
    // Each episode starts a page with its title (the first one follows the page's own heading),
    // and they come in lesson order.
    const firstPages = episodes.map((e, i) => {
      const title = squash(inlineText(e.title));
      return pages.findIndex((page) => (i === 0 ? page.includes(title) : page.startsWith(title)));
    });
    expect(
      firstPages.every((p) => p >= 0),
      `every title in the PDF: ${JSON.stringify(firstPages)}`,
    ).toBe(true);
    for (let i = 1; i < firstPages.length; i++)
      expect(firstPages[i]!, `${episodes[i]!.title} starts a later page`).toBeGreaterThan(
        firstPages[i - 1]!,
      );

    const solution = firstSolutionWords();
    if (solution) expect(all, 'folded solutions print open').toContain(solution);
    expect(all, 'external links show their target').toMatch(/\(https?:\/\/[^)\s]+\)/);
    expect(all, 'no navigation chrome').not.toContain('Skip to main content');
    expect(all).not.toContain('Instructor view');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});

test('lesson-site pdf, run in a lesson folder, builds it and prints it into dist/lesson.pdf', async () => {
  test.setTimeout(120_000);
  const work = mkdtempSync(join(tmpdir(), 'lesson-site-pdf-'));
  try {
    const lesson = join(work, 'lesson');
    cpSync(join(lessonRoot, 'tests/fixtures/lessons/workbench-mini'), lesson, { recursive: true });
    const before = readdirSync(lesson).sort();
    execFileSync(process.execPath, [join(lessonRoot, 'bin/lesson-site.mjs'), 'pdf'], {
      cwd: join(lesson, 'episodes'),
      stdio: 'pipe',
      env: { ...process.env, LESSON_DIR: '', INIT_CWD: '' },
    });
    expect(readdirSync(lesson).sort()).toEqual([...before, 'dist'].sort());
    const pdf = await getDocumentProxy(
      new Uint8Array(readFileSync(join(lesson, 'dist/lesson.pdf'))),
    );
    const { text } = await extractText(pdf, { mergePages: true });
    const all = squash(text as string);
    // The fixture's two episodes, in the order its config.yaml lists them.
    const first = all.indexOf('Introducing the Terminal');
    expect(first).toBeGreaterThanOrEqual(0);
    expect(all.indexOf('Working with Files', first)).toBeGreaterThan(first);
    expect(all).not.toContain('Skip to main content');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
