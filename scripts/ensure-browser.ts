/**
 * Make sure the browser tests have a Chromium: the system's if present; otherwise install
 * Debian's package when we are root on Debian (no browser download needed), else Playwright's.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './browser.ts';

const found = chromiumPath();
if (found) {
  console.log(`browser: ${found}`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('browser: installing Debian chromium (apt-get install chromium)');
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
} else {
  console.log("browser: no system Chromium; installing Playwright's");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
}
