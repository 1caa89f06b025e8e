import type { AstroIntegration } from 'astro';
import { cpSync, createReadStream, copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from '../lib/content-type.ts';
import { listAssets } from '../lib/lesson/assets.ts';
import { detectFormat } from '../lib/lesson/detect-layout.ts';
import { readLinkedFiles } from '../lib/lesson/linked-files.ts';
import { readConfig } from '../lib/lesson/read-config.ts';

/** KaTeX's stylesheet and fonts, published under /_katex/ for pages with math. */
const katexDist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

/** Folders under a lesson that hold build output or tooling, never lesson sources. */
const notLessonFolders = new Set([
  'node_modules',
  'dist',
  'dist-base',
  '.astro',
  'src',
  '.git',
  'tests',
  'test-results',
  'bench',
]);

function isLessonSource(lessonDir: string, path: string): boolean {
  const rel = relative(lessonDir, path);
  return (
    !rel.startsWith('..') &&
    !rel.split(sep).some((part) => notLessonFolders.has(part)) &&
    /\.(md|Rmd|ya?ml)$/.test(rel)
  );
}

/**
 * The lesson's publishable files (site path → real path): what its format publishes, then the
 * files that only a page's link publishes (listed by the loader when it rendered the pages). The
 * loader reports their problems.
 */
function lessonAssets(dir: string, outDir: string, cacheDir: string): Map<string, string> {
  const files = formatAssets(dir, outDir);
  for (const [sitePath, real] of readLinkedFiles(cacheDir, dir))
    if (!files.has(sitePath)) files.set(sitePath, real);
  return files;
}

function formatAssets(dir: string, outDir: string): Map<string, string> {
  const format = detectFormat(dir);
  return format ? listAssets(readConfig(dir, format).settings, { outDir }).files : new Map();
}

/**
 * Publishes the lesson's own files (figures, data, downloads) next to the pages, at the paths each
 * lesson format used, so `../fig/x.png` and `files/x.yaml` work in the built site and in dev.
 */
export function lessonIntegration({ dir }: { dir: string }): AstroIntegration {
  let base = '/';
  let siteDir = '';
  let cacheDir = '';
  return {
    name: 'lesson-site',
    hooks: {
      // Lesson errors stop `astro build`; the dev server reports them and keeps serving. Decided
      // by the command, not by NODE_ENV, which test runners and users set to anything.
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({
          vite: { define: { __LESSON_FAIL_ON_ERROR__: JSON.stringify(command === 'build') } },
        });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        siteDir = fileURLToPath(config.outDir);
        cacheDir = fileURLToPath(config.cacheDir);
      },
      'astro:server:setup': ({ server, refreshContent }) => {
        // Live preview: any change to a lesson source (episode, page, config, links.md) reloads
        // the lesson. Registered here rather than in the loader, because Astro replaces its
        // watcher when it restarts and a loader keeps the old one.
        // The lesson's files, listed once and again only when a file appears or disappears, rather
        // than walking the folders on every request.
        let assets: Map<string, string> | undefined;
        server.watcher.add(dir);
        server.watcher.on('all', (event, path) => {
          if (event !== 'change' && !relative(dir, path).startsWith('..')) assets = undefined;
          if (isLessonSource(dir, path))
            void refreshContent?.({ loaders: ['lesson-loader'], context: { changed: path } });
        });
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          if (!path.startsWith(base)) return next();
          const published = path.slice(base.length);
          const katexFile = published.startsWith('_katex/')
            ? join(katexDist, published.slice('_katex/'.length))
            : undefined;
          assets ??= formatAssets(dir, siteDir);
          // Files only a link publishes: read again on a miss, since any save may add one.
          const file =
            katexFile && existsSync(katexFile)
              ? katexFile
              : (assets.get(published) ?? readLinkedFiles(cacheDir, dir, published).get(published));
          if (!file) return next();
          response.setHeader('Content-Type', contentType(file));
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir: outDir, logger }) => {
        const out = fileURLToPath(outDir);
        const assets = lessonAssets(dir, out, cacheDir);
        for (const [published, file] of assets) {
          const target = join(out, published);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
        logger.info(`copied ${assets.size} lesson files (figures, data) into the site`);
        // The stylesheet and its woff2 fonts: every browser that runs the site reads woff2.
        cpSync(katexDist, join(out, '_katex'), {
          recursive: true,
          filter: (path) =>
            statSync(path).isDirectory()
              ? !path.endsWith('contrib')
              : /katex\.min\.css$|\.woff2$/.test(path),
        });
      },
    },
  };
}
