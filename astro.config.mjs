// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { lessonIntegration } from './src/integration/lesson-integration.ts';
import { resolveLessonDir } from './src/lib/lesson/lesson-dir.ts';

const lessonDir = resolveLessonDir(process.env, process.cwd());

/** `BASE_PATH=/repo/` for a GitHub project page; `SITE_URL` for absolute URLs. */
const base = process.env.BASE_PATH || '/';

export default defineConfig({
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
