import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';

/**
 * Set by `lesson-site build` for the Astro it runs: the search indexes are then written once
 * Astro has exited, by the command itself, so that pagefind's memory never adds to Astro's at the
 * build's peak (about 200 MB at 1000 episodes).
 */
export const deferSearchIndexEnv = 'LESSON_SITE_DEFER_SEARCH_INDEX';

/** The search indexes (see `writeSearchIndexes`), written at the end of `astro build`. */
export function pagefindIntegration({ language }: { language?: string } = {}): AstroIntegration {
  return {
    name: 'lesson-site-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[deferSearchIndexEnv] === '1') {
          logger.info('search indexes: written once Astro has exited');
          return;
        }
        const { writeSearchIndexes } = await import('./search-index.ts');
        await writeSearchIndexes(fileURLToPath(dir), { language, log: logger });
      },
    },
  };
}
