/**
 * The whole lesson as one PDF, printed by Chromium from the all-in-one page (print.css: no
 * navigation, solutions open, link targets spelled out, one episode per page):
 *
 *   npm run pdf [-- [output.pdf] [--instructor] [--site dist]]
 *
 * Builds the site first when the output folder has no all-in-one page, serves it on a free port
 * (scripts/serve-static.ts, as the browser tests do) and uses the same Chromium as the tests
 * (scripts/browser.ts). Writes <site>/lesson.pdf unless told otherwise. `lesson-site pdf` builds
 * the site itself and then calls printPdf.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { freePort } from './free-port.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The all-in-one page of a built site, learner or instructor view. */
export const aioPage = (instructor: boolean) =>
  instructor ? 'instructor/aio/index.html' : 'aio/index.html';

/** Print `<site>/[instructor/]aio/` to `output`; the number of pages and the address printed. */
export async function printPdf({
  site,
  output,
  instructor = false,
  executablePath = chromiumPath(),
}: {
  site: string;
  output: string;
  instructor?: boolean;
  executablePath?: string;
}): Promise<{ pages: number; url: string }> {
  /** The base path the site was built for, read from its own stylesheet links (`/repo/_astro/…`). */
  const aioHtml = readFileSync(join(site, aioPage(instructor)), 'utf8');
  const base = /<link[^>]+href="([^"]*?)_astro\//.exec(aioHtml)?.[1] ?? '/';

  const port = await freePort();
  // The same flags as this process: from an installed package they let Node run TypeScript.
  const server = spawn(
    process.execPath,
    [...process.execArgv, join(root, 'scripts/serve-static.ts'), site, String(port), base],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  try {
    await new Promise<void>((ready, fail) => {
      server.once('exit', (code) => fail(new Error(`the static server stopped (exit ${code})`)));
      server.stdout!.on('data', () => ready());
    });
    const browser = await chromium.launch({ executablePath, args: chromiumArgs });
    try {
      const page = await browser.newPage({ colorScheme: 'light' });
      const url = `http://127.0.0.1:${port}${base}${instructor ? 'instructor/' : ''}aio/`;
      await page.goto(url, { waitUntil: 'load' });
      // What print.css cannot do: open folded solutions (as scripts/print-details.ts does on
      // beforeprint) and load images that would otherwise wait for scrolling.
      await page.evaluate(async () => {
        document
          .querySelectorAll('details.callout')
          .forEach((details) => ((details as HTMLDetailsElement).open = true));
        const images = [...document.images];
        images.forEach((img) => (img.loading = 'eager'));
        const settled = (img: HTMLImageElement) =>
          new Promise((done) => {
            img.addEventListener('load', done, { once: true });
            img.addEventListener('error', done, { once: true });
          });
        await Promise.all(images.filter((img) => !img.complete).map(settled));
        await document.fonts.ready;
      });
      await page.pdf({
        path: output,
        format: 'A4',
        printBackground: true,
        preferCSSPageSize: true,
        outline: true,
        tagged: true,
      });
      const pages = (readFileSync(output, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
      return { pages, url };
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      site: { type: 'string', default: 'dist' },
      instructor: { type: 'boolean', default: false },
    },
  });
  const site = resolve(values.site);
  const output = resolve(positionals[0] ?? join(site, 'lesson.pdf'));
  const aioPath = aioPage(values.instructor);
  if (!existsSync(join(site, aioPath))) {
    console.log(`pdf: no ${aioPath} in ${site}; building the site first`);
    execFileSync(
      process.execPath,
      [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', site],
      { cwd: root, stdio: 'inherit' },
    );
  }
  const { pages, url } = await printPdf({ site, output, instructor: values.instructor });
  console.log(`pdf: wrote ${output} (${pages} pages) from ${url}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
