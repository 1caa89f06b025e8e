/**
 * How long `npm run dev` takes to show an edit: starts the dev server on a lesson, loads one
 * episode page, then appends a marker sentence to that episode's source several times and times,
 * from each save, how long until the page the server returns contains the marker (polled every
 * 10 ms). The browser's own reload comes on top (Astro's HMR asks it to reload the page).
 *
 *   node bench/dev-reload.ts LESSON_DIR EPISODE_FILE URL_PATH [--edits 5]
 */
import { spawn } from 'node:child_process';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { freePort } from '../scripts/free-port.ts';
import { median } from './measure.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export interface DevReload {
  /** Milliseconds from each save to the first response that shows it. */
  times: number[];
  median: number;
}

export async function measureDevReload(
  lessonDir: string,
  episodeFile: string,
  path: string,
  edits = 5,
): Promise<DevReload> {
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
    {
      cwd: root,
      env: { ...process.env, LESSON_DIR: lessonDir, SITE_URL: '', BASE_PATH: '', NO_COLOR: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  server.stdout.on('data', (chunk) => (log += chunk));
  server.stderr.on('data', (chunk) => (log += chunk));
  const original = readFileSync(episodeFile, 'utf8');
  const url = `http://127.0.0.1:${port}${path}`;
  const page = async () => {
    try {
      const response = await fetch(url);
      return response.ok ? await response.text() : '';
    } catch {
      return '';
    }
  };
  const until = async (test: (html: string) => boolean, timeoutMs: number) => {
    const started = performance.now();
    while (performance.now() - started < timeoutMs) {
      if (test(await page())) return performance.now() - started;
      await new Promise((r) => setTimeout(r, 10));
    }
    throw new Error(`dev server: ${url} did not show the edit within ${timeoutMs} ms\n${log}`);
  };
  try {
    await until((html) => html.includes('</html>'), 180_000);
    const times: number[] = [];
    for (let k = 1; k <= edits; k++) {
      const marker = `Dev reload marker ${k} ${Date.now()}`;
      // Let the watcher settle after the previous edit.
      await new Promise((r) => setTimeout(r, 500));
      const saved = performance.now();
      appendFileSync(episodeFile, `\n${marker}\n`);
      await until((html) => html.includes(marker), 30_000);
      times.push(performance.now() - saved);
    }
    if (process.env.DEV_RELOAD_LOG) console.log(log);
    return { times, median: median(times) };
  } finally {
    writeFileSync(episodeFile, original);
    server.kill();
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { edits: { type: 'string', default: '5' } },
  });
  const [lessonDir, episodeFile, path] = positionals;
  if (!lessonDir || !episodeFile || !path) {
    console.error('usage: node bench/dev-reload.ts LESSON_DIR EPISODE_FILE URL_PATH [--edits N]');
    process.exit(2);
  }
  const result = await measureDevReload(
    resolve(lessonDir),
    resolve(episodeFile),
    path,
    Number(values.edits),
  );
  console.log(
    `dev reload: median ${result.median.toFixed(0)} ms (${result.times.map((t) => t.toFixed(0)).join(', ')})`,
  );
}
