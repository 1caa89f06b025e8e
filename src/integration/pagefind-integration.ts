import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatedPages, instructorPrefix } from '../lib/site-paths.ts';

/**
 * Full-text search: after the build, pagefind indexes the built pages into `<out>/pagefind/`,
 * which the browser loads on demand (scripts/search-ui.ts); no server, no third party.
 * Only elements marked `data-pagefind-body` are indexed: the learner view's page content, so the
 * instructor view, the generated aggregate pages and the navigation never show up in results.
 */
export function pagefindIntegration(): AstroIntegration {
  return {
    name: 'lesson-site-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const pagefind = await import('pagefind');
        try {
          // Labels such as "bash", "Output" and "Challenge" would only crowd the excerpts.
          const { index, errors } = await pagefind.createIndex({
            excludeSelectors: ['.code-label', '.callout-label', '.code-copy'],
          });
          if (!index) throw new Error(errors.join('; '));
          // Hand pagefind only the pages that can contribute (the learner view's lesson pages):
          // reading every instructor and aggregate page just to skip it doubled the indexing time.
          let pageCount = 0;
          for (const file of learnerPages(out)) {
            const added = await index.addHTMLFile({
              sourcePath: file,
              content: readFileSync(join(out, file), 'utf8'),
            });
            if (added.errors.length) logger.warn(added.errors.join('\n'));
            pageCount++;
          }
          const added = { page_count: pageCount };
          const outputPath = join(out, 'pagefind');
          const written = await index.writeFiles({ outputPath });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          // The site brings its own small results UI; pagefind's prebuilt UIs would only be dead weight.
          for (const name of readdirSync(outputPath)) {
            if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\b/.test(name))
              rmSync(join(outputPath, name), { recursive: true, force: true });
          }
          logger.info(
            `search index written to pagefind/ (${added.page_count} HTML files read) in ${Math.round(performance.now() - started)} ms`,
          );
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}

/** Top-level folders of the built site that hold no learner lesson page worth indexing. */
const skipped = new Set<string>([
  instructorPrefix,
  '_astro',
  '_katex',
  'pagefind',
  ...Object.values(generatedPages),
]);

/** `index.html` and `<slug>/index.html` of the learner view, relative to the output folder. */
function learnerPages(out: string): string[] {
  const pages = ['index.html'];
  for (const entry of readdirSync(out, { withFileTypes: true })) {
    if (!entry.isDirectory() || skipped.has(entry.name)) continue;
    if (readdirSync(join(out, entry.name)).includes('index.html'))
      pages.push(`${entry.name}/index.html`);
  }
  return pages.sort();
}
