import { spawn } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { freePort } from '../../../scripts/free-port.ts';
import { projectRoot } from './astro-build.ts';

/**
 * The instructor's live preview: `npm run dev` on a lesson, the same episode saved again and
 * again, and each save shows on the page. (Every save after the first once served the page as it
 * was at start-up, then failed on an HTML file that sync had removed.)
 */
const lesson = mkdtempSync(join(tmpdir(), 'dev-preview-'));
cpSync(join(projectRoot, 'tests/fixtures/lessons/workbench-mini'), lesson, { recursive: true });
const port = await freePort();
const server = spawn(
  process.execPath,
  [join(projectRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port)],
  {
    cwd: projectRoot,
    // The environment a terminal has: under vitest's own variables (VITEST, NODE_ENV=test) Astro's
    // dev server serves no page.
    env: {
      ...terminalEnv(),
      LESSON_DIR: lesson,
      SITE_URL: '',
      BASE_PATH: '',
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  },
);
let log = '';
server.stdout.on('data', (chunk) => (log += chunk));
server.stderr.on('data', (chunk) => (log += chunk));
afterAll(() => void server.kill());

function terminalEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env))
    if (key.startsWith('VITEST') || key === 'TEST' || key === 'NODE_ENV') delete env[key];
  return env;
}

const page = `http://127.0.0.1:${port}/intro/`;
/** The page's HTML once it holds `text`, or a failure with the server's log. */
async function pageWith(text: string, timeoutMs: number): Promise<string> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < timeoutMs) {
    try {
      const response = await fetch(page);
      last = `${response.status} ${await response.text()}`;
      if (response.ok && last.includes(text)) return last;
    } catch {
      // Not listening yet.
    }
    // Often, so that some requests land while a sync is being committed.
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`${page} never showed "${text}"; last answer: ${last.slice(0, 300)}\n${log}`);
}

it('shows every save of an episode, not only the first', { timeout: 120_000 }, async () => {
  await pageWith('</html>', 60_000);
  for (const n of [1, 2, 3]) {
    const marker = `Saved for the ${n}. time.`;
    appendFileSync(join(lesson, 'episodes/intro.md'), `\n${marker}\n`);
    await pageWith(marker, 20_000);
  }
  expect(log).not.toMatch(/ENOENT/);
});
