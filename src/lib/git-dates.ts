import { execFileSync } from 'node:child_process';

/**
 * When each file of a lesson was last committed, from one `git log` over the whole folder
 * (one call per lesson, not one per page: a 1000-episode lesson would otherwise spend seconds
 * starting git). Undefined where git, the repository or the file's history is missing
 * (a download without .git, a shallow CI clone still has its one commit's date).
 */

/** Marks a commit line in the log, so file names that look like dates are never mistaken. */
const commitMarker = '\u0001';

/**
 * Parse `git log --format=<marker>%cs --name-only` output (newest commit first) into
 * file -> date of the newest commit that touched it (YYYY-MM-DD).
 */
export function parseGitLog(output: string): Map<string, string> {
  const dates = new Map<string, string>();
  let date: string | undefined;
  for (const line of output.split('\n')) {
    if (line.startsWith(commitMarker)) {
      const value = line.slice(commitMarker.length).trim();
      date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;
    } else if (line !== '' && date && !dates.has(line)) {
      dates.set(line, date);
    }
  }
  return dates;
}

/** Read the log of `dir` (paths relative to it); undefined when git cannot tell. */
export function readGitDates(dir: string): Map<string, string> | undefined {
  try {
    const output = execFileSync(
      'git',
      [
        '-c',
        'core.quotePath=false',
        'log',
        '--relative',
        `--format=${commitMarker}%cs`,
        '--name-only',
        '--no-renames',
        '--',
        '.',
      ],
      {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 256 * 1024 * 1024,
      },
    );
    return parseGitLog(output);
  } catch {
    return undefined;
  }
}

const cache = new Map<string, Map<string, string> | undefined>();

/** Date (YYYY-MM-DD) of the last commit that changed `file` (relative to `dir`). */
export function lastUpdated(dir: string, file: string): string | undefined {
  if (!cache.has(dir)) cache.set(dir, readGitDates(dir));
  return cache.get(dir)?.get(file.split('\\').join('/'));
}

// Dates are written in the page's language: `formatDate` in `src/lib/i18n/format.ts`.
