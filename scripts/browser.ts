import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Where to find Chromium: `CHROMIUM_PATH`, then the system's Chromium (Debian's package), else
 * undefined, meaning Playwright's own download. Tests, screenshots and `npm run pdf` share this.
 */
export function chromiumPath(): string | undefined {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ];
  return candidates.find((path): path is string => !!path && existsSync(path));
}

/** Flags for a quiet, offline-safe headless Chromium (no background calls home). */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** How to get a Chromium: the one found, Debian's package (as root on Debian), or Playwright's. */
export type BrowserPlan =
  { use: string } | { install: 'debian-package' } | { install: 'playwright' };

export function browserPlan(found: string | undefined, root: boolean, apt: boolean): BrowserPlan {
  if (found) return { use: found };
  return root && apt ? { install: 'debian-package' } : { install: 'playwright' };
}

/**
 * Make sure there is a Chromium to drive, as `npm test` and `npm run pdf` both need: the
 * system's if present; otherwise install Debian's package when we are root on Debian (no
 * browser download needed), else Playwright's. Returns the executable to launch, or undefined
 * for Playwright's own.
 */
export function ensureChromium(log: (line: string) => void = console.log): string | undefined {
  const plan = browserPlan(
    chromiumPath(),
    process.getuid?.() === 0,
    existsSync('/usr/bin/apt-get'),
  );
  if ('use' in plan) {
    log(`browser: ${plan.use}`);
    return plan.use;
  }
  if (plan.install === 'debian-package') {
    log('browser: installing Debian chromium (apt-get install chromium)');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    return chromiumPath();
  }
  log("browser: no system Chromium; installing Playwright's");
  execFileSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' });
  return undefined;
}
