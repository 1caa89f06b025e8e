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
