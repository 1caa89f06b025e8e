/**
 * The whole lesson as one PDF, printed by Chromium from the all-in-one page (print.css: no
 * navigation, solutions open, link targets spelled out, one episode per page):
 *
 *   npm run pdf [-- [output.pdf] [--instructor] [--site dist]]
 *
 * Builds the site first when the output folder has no all-in-one page, serves it on a free port
 * (scripts/serve-static.ts, as the browser tests do) and finds or installs Chromium as `npm test`
 * does (scripts/browser.ts). Writes <site>/lesson.pdf unless told otherwise. Whatever happens
 * (Chromium cannot start, Ctrl-C), the static server is stopped before the script ends.
 * `lesson-site pdf` builds the site itself and then calls printPdf.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fromHtml } from 'hast-util-from-html';
import { chromium } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { chromiumArgs, ensureChromium } from './browser.ts';
import { freePort } from './free-port.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The all-in-one page of a built site, learner or instructor view. */
export const aioPage = (instructor: boolean) =>
  instructor ? 'instructor/aio/index.html' : 'aio/index.html';

/** The base path the site was built for: where its pages link their icon (`/repo/favicon.svg`). */
function basePathOf(html: string): string {
  let icon: string | undefined;
  visit(fromHtml(html), 'element', (element) => {
    const rel = element.properties.rel;
    if (element.tagName === 'link' && Array.isArray(rel) && rel.includes('icon'))
      icon ??= String(element.properties.href ?? '');
  });
  return icon?.endsWith('favicon.svg') ? icon.slice(0, -'favicon.svg'.length) : '/';
}

/**
 * Print `<site>/[instructor/]aio/` to `output`; the number of pages and the address printed.
 * `executablePath` undefined means Playwright's own Chromium.
 */
export async function printPdf({
  site,
  output,
  instructor = false,
  executablePath,
  log = () => {},
}: {
  site: string;
  output: string;
  instructor?: boolean;
  executablePath: string | undefined;
  log?: (line: string) => void;
}): Promise<{ pages: number; url: string }> {
  const base = basePathOf(readFileSync(join(site, aioPage(instructor)), 'utf8'));
  const port = await freePort();
  // The same flags as this process: from an installed package they let Node run TypeScript.
  const server = spawn(
    process.execPath,
    [...process.execArgv, join(root, 'scripts/serve-static.ts'), site, String(port), base],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const stopServer = () => {
    if (server.exitCode === null && server.signalCode === null) server.kill();
  };
  const onSignal = () => {
    stopServer();
    process.exit(130);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, onSignal);
  try {
    await new Promise<void>((ready, fail) => {
      server.once('exit', (code) => fail(new Error(`the static server stopped (exit ${code})`)));
      server.stdout!.once('data', () => ready());
    });
    const url = `http://127.0.0.1:${port}${base}${instructor ? 'instructor/' : ''}aio/`;
    log(`serving ${site} at http://127.0.0.1:${port}${base}`);
    const browser = await chromium
      .launch({ executablePath, args: chromiumArgs })
      .catch((error: Error) => {
        const which = executablePath ?? "Playwright's Chromium";
        throw new Error(
          `Chromium did not start (${which}): ${error.message.split('\n')[0]}\n` +
            '  Install Chromium (on Debian: apt-get install chromium) or set CHROMIUM_PATH to a browser that runs.',
        );
      });
    try {
      const page = await browser.newPage({ colorScheme: 'light' });
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
    stopServer();
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.off(signal, onSignal);
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
  const log = (line: string) => console.log(`pdf: ${line}`);
  try {
    const executablePath = ensureChromium(log);
    const { pages, url } = await printPdf({
      site,
      output,
      instructor: values.instructor,
      executablePath,
      log,
    });
    console.log(`pdf: wrote ${output} (${pages} pages) from ${url}`);
  } catch (error) {
    console.error(`pdf: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
