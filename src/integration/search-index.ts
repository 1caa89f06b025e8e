import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { resolveLanguage } from '../lib/i18n/resolve.ts';
import { detectFormat } from '../lib/lesson/detect-layout.ts';
import { readConfig } from '../lib/lesson/read-config.ts';
import { generatedPages, instructorPrefix } from '../lib/site-paths.ts';

/** Where the index writer reports (Astro's logger, or the command's console). */
export interface SearchIndexLog {
  info: (message: string) => void;
  warn: (message: string) => void;
}

/** The pagefind language of a lesson's indexes, from its config's `lang:`. */
export function searchLanguageOf(lessonDir: string): string | undefined {
  const format = detectFormat(lessonDir);
  const settings = format ? readConfig(lessonDir, format).settings : undefined;
  return resolveLanguage(settings?.lang).pagefindLanguage;
}

/**
 * Full-text search: pagefind indexes the built pages, which the browser loads on demand
 * (scripts/search-ui.ts); no server, no third party. Each view has its own index: the learner
 * view's at `<out>/pagefind/`, without instructor notes (a learner's search must not land on text
 * the page hides), and the instructor view's at `<out>/instructor/pagefind/`, with them. Only
 * elements marked `data-pagefind-body` are indexed (the layout marks the lesson's own pages, not
 * the aggregates that repeat them), so the navigation never shows up in results. Both are built in
 * the lesson's language (`language`, from its `lang:`), whose stemming or word segmentation search
 * then uses: a Spanish query for "datos" finds "dato".
 *
 * Run by the integration at the end of `astro build`, or by `lesson-site build` once Astro has
 * exited (see `deferSearchIndexEnv`).
 */
export async function writeSearchIndexes(
  out: string,
  { language, log }: { language?: string; log: SearchIndexLog },
): Promise<void> {
  const pagefind = await import('pagefind');
  try {
    // The two indexes are independent: pagefind's service builds them side by side.
    await Promise.all(
      (['learner', 'instructor'] as const).map(async (view) => {
        const started = performance.now();
        const { files, outputPath } = indexOf(out, view);
        const count = await writeIndex(pagefind, { out, files, outputPath, view, language, log });
        log.info(
          `${view} search index written to ${relative(out, outputPath)}/ (${count} HTML files read) in ${Math.round(performance.now() - started)} ms`,
        );
      }),
    );
  } finally {
    await pagefind.close();
  }
}

type Pagefind = typeof import('pagefind');

/** What never helps a search result, in either view. */
const noise = ['.code-label', '.callout-label', '.code-copy'];

interface IndexJob {
  out: string;
  files: string[];
  outputPath: string;
  view: 'learner' | 'instructor';
  /** Pagefind's language code; undefined: each page's `<html lang>` decides. */
  language?: string;
  log: SearchIndexLog;
}

async function writeIndex(
  pagefind: Pagefind,
  { out, files, outputPath, view, language, log }: IndexJob,
): Promise<number> {
  // Labels such as "bash", "Output" and "Challenge" would only crowd the excerpts; in the learner
  // index, instructor notes are left out with everything inside them.
  const { index, errors } = await pagefind.createIndex({
    excludeSelectors: view === 'learner' ? [...noise, '[data-instructor-only]'] : noise,
    // One index in the lesson's language, whatever region its pages name (`pt-BR` is stemmed as
    // Portuguese); the browser's pagefind falls back to it from the page's `lang`.
    ...(language && { forceLanguage: language }),
  });
  if (!index) throw new Error(errors.join('; '));
  // Hand pagefind only the pages that can contribute (reading every aggregate page just to skip
  // it doubled the indexing time), named in a glob so that pagefind reads them itself: sending
  // each page's HTML through its service took twice as long and held every page in Node.
  // Paths relative to the site's root, so result URLs carry the view's prefix.
  const added = await index.addDirectory({ path: out, glob: globOf(files) });
  if (added.errors.length) log.warn(added.errors.join('\n'));
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(written.errors.join('; '));
  // The site brings its own small results UI; pagefind's prebuilt UIs would only be dead weight.
  for (const name of readdirSync(outputPath)) {
    if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\b/.test(name))
      rmSync(join(outputPath, name), { recursive: true, force: true });
  }
  return files.length;
}

/** Top-level folders of the built site that hold no lesson page worth indexing. */
const skipped = new Set<string>([
  instructorPrefix,
  '_astro',
  '_katex',
  'pagefind',
  ...Object.values(generatedPages),
]);

/**
 * `index.html` and `<slug>/index.html` of a view (relative to the output folder), and where its
 * index goes.
 */
function indexOf(out: string, view: 'learner' | 'instructor') {
  const root = view === 'learner' ? '' : `${instructorPrefix}/`;
  const pages = [`${root}index.html`];
  for (const entry of readdirSync(join(out, root), { withFileTypes: true })) {
    if (!entry.isDirectory() || skipped.has(entry.name)) continue;
    if (readdirSync(join(out, root, entry.name)).includes('index.html'))
      pages.push(`${root}${entry.name}/index.html`);
  }
  return { files: pages.sort(), outputPath: join(out, root, 'pagefind') };
}

/**
 * A glob (pagefind's, the `wax` crate's syntax) matching exactly these relative paths: one
 * alternative per file, wax's metacharacters escaped (it refuses an escape of anything else).
 */
export function globOf(files: readonly string[]): string {
  const literal = (path: string) => path.replace(/[\\?*$:<>()[\]{},]/g, (c) => `\\${c}`);
  return `{${files.map(literal).join(',')}}`;
}
