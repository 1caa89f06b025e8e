// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { lessonIntegration } from './src/integration/lesson-integration.ts';
import { createHash } from 'node:crypto';
import { resolveLessonDir } from './src/lib/lesson/lesson-dir.ts';

const lessonDir = resolveLessonDir(process.env, process.cwd());

/** `BASE_PATH=/repo/` for a GitHub project page; `SITE_URL` for absolute URLs. */
const base = process.env.BASE_PATH || '/';

/** One content cache per lesson folder, so building another lesson never evicts this one's pages. */
const cacheDir = `./node_modules/.astro/lessons/${createHash('sha256').update(lessonDir).digest('hex').slice(0, 12)}`;

export default defineConfig({
  cacheDir,
  site: process.env.SITE_URL || undefined,
  base,
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [mdx(), lessonIntegration({ dir: lessonDir })],
  devToolbar: { enabled: false },
  server: { host: '127.0.0.1' },
  vite: {
    server: { watch: { ignored: ['**/dist/**', '**/test-results/**', '**/playwright-report/**'] } },
  },
});
