import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { browserPlan } from '../../../scripts/browser.ts';

const projectRoot = resolve(import.meta.dirname, '../../..');

/** Whether something still accepts connections on the port. */
const listening = (port: number) =>
  new Promise<boolean>((done) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), done(true)));
    socket.once('error', () => done(false));
  });

describe('npm run pdf', () => {
  it('stops its static server and says how to fix it when Chromium cannot start', async () => {
    const work = mkdtempSync(join(tmpdir(), 'pdf-no-browser-'));
    mkdirSync(join(work, 'site/aio'), { recursive: true });
    writeFileSync(
      join(work, 'site/aio/index.html'),
      '<!doctype html><html><head><link rel="icon" href="/favicon.svg"></head><body>x</body></html>',
    );
    // A file that exists but is no browser: found like a system Chromium, then fails to launch.
    const run = spawnSync(
      process.execPath,
      ['scripts/pdf.ts', '--site', join(work, 'site'), join(work, 'out.pdf')],
      {
        cwd: projectRoot,
        env: { ...process.env, CHROMIUM_PATH: '/bin/false' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    const output = run.stdout + run.stderr;
    expect(run.status, output).toBe(1);
    // Found the way `npm test` finds its browser, and said so.
    expect(run.stdout).toContain('pdf: browser: /bin/false');
    expect(run.stderr).toContain('pdf: Chromium did not start (/bin/false)');
    expect(run.stderr).toContain('set CHROMIUM_PATH to a browser that runs');
    const port = Number(/127\.0\.0\.1:(\d+)\//.exec(run.stdout)?.[1]);
    expect(port, output).toBeGreaterThan(0);
    expect(await listening(port), 'the static server is stopped').toBe(false);
  });
});

describe('browserPlan (npm test and npm run pdf)', () => {
  it('uses the Chromium it found', () => {
    expect(browserPlan('/usr/bin/chromium', false, false)).toEqual({ use: '/usr/bin/chromium' });
  });
  it("installs Debian's package as root on Debian, else Playwright's browser", () => {
    expect(browserPlan(undefined, true, true)).toEqual({ install: 'debian-package' });
    expect(browserPlan(undefined, false, true)).toEqual({ install: 'playwright' });
    expect(browserPlan(undefined, true, false)).toEqual({ install: 'playwright' });
  });
});
