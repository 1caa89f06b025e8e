import { readdirSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The files of a built site and the URL ↔ file mapping of a static host in "directory" format
 * (`/x/` is served from `x/index.html`), optionally under a base path (`/repo/` on GitHub Pages).
 * Read once per output folder; the checks only look things up here, so they never touch the disk.
 */
export interface SiteFiles {
  /** Absolute or cwd-relative output folder. */
  outDir: string;
  /** Base path, normalised to start and end with `/`. */
  base: string;
  /** Every file, relative to `outDir`, with forward slashes. */
  files: ReadonlySet<string>;
  /** The `.html` files among them, sorted, so reports come out in a stable order. */
  pages: readonly string[];
}

/** `repo`, `/repo`, `repo/` → `/repo/`; empty → `/`. */
export function normaliseBase(base = '/'): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

function walk(dir: string, prefix: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) walk(join(dir, entry.name), relative, out);
    else if (entry.isFile()) out.push(relative);
  }
}

export function readSiteFiles(outDir: string, base = '/'): SiteFiles {
  const all: string[] = [];
  walk(outDir, '', all);
  all.sort();
  return {
    outDir,
    base: normaliseBase(base),
    files: new Set(all),
    pages: all.filter((f) => f.endsWith('.html')),
  };
}

/** URL path at which a built file is served: `x/index.html` → `/base/x/`, `a.png` → `/base/a.png`. */
export function urlPathOf(file: string, base = '/'): string {
  const b = normaliseBase(base);
  if (file === 'index.html') return b;
  return file.endsWith('/index.html')
    ? `${b}${file.slice(0, -'index.html'.length)}`
    : `${b}${file}`;
}

export type Resolution =
  | { kind: 'file'; file: string }
  | { kind: 'outside-base' }
  | { kind: 'missing'; /** the file that would have to exist */ expected: string };

/**
 * The file a decoded, absolute URL path is served from. A path without a trailing slash that names
 * a folder with an index.html counts as found, because static hosts redirect `/x` to `/x/`.
 */
export function resolveUrlPath(
  site: Pick<SiteFiles, 'base' | 'files'>,
  urlPath: string,
): Resolution {
  if (!urlPath.startsWith(site.base) && `${urlPath}/` !== site.base)
    return { kind: 'outside-base' };
  const inside = posix.normalize(urlPath.slice(site.base.length) || '.');
  if (inside.startsWith('..')) return { kind: 'outside-base' };
  const relative = inside === '.' || inside === './' ? '' : inside.replace(/^\.\//, '');
  if (relative === '' || relative.endsWith('/')) {
    const index = `${relative}index.html`;
    return site.files.has(index)
      ? { kind: 'file', file: index }
      : { kind: 'missing', expected: index };
  }
  if (site.files.has(relative)) return { kind: 'file', file: relative };
  if (site.files.has(`${relative}/index.html`))
    return { kind: 'file', file: `${relative}/index.html` };
  return { kind: 'missing', expected: relative };
}

/** The built page for a site path such as `/setup/` or `/` (without base), if it was built. */
export function pageFileFor(
  site: Pick<SiteFiles, 'base' | 'files'>,
  sitePath: string,
): string | undefined {
  const found = resolveUrlPath(site, `${site.base}${sitePath.replace(/^\//, '')}`);
  return found.kind === 'file' ? found.file : undefined;
}
