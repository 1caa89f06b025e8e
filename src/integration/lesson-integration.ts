import type { AstroIntegration } from 'astro';
import { cpSync, createReadStream, copyFileSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentType } from '../lib/content-type.ts';
import { listAssets } from '../lib/lesson/assets.ts';
import { detectFormat } from '../lib/lesson/detect-layout.ts';
import { readLinkedFiles } from '../lib/lesson/linked-files.ts';
import { readConfig } from '../lib/lesson/read-config.ts';
import { isToolchainPath } from '../lib/lesson/toolchain-folders.ts';
import type { LessonFormat } from '../lib/lesson/types.ts';

/** KaTeX's stylesheet and fonts, published under /_katex/ for pages with math. */
const katexDist = dirname(createRequire(import.meta.url).resolve('katex/dist/katex.min.css'));

/** A path relative to `folder`, `/`-separated; undefined when it is not inside it. */
function pathInside(folder: string, path: string): string | undefined {
  const rel = relative(folder, path);
  return rel === '' || rel.startsWith('..') || isAbsolute(rel)
    ? undefined
    : rel.split(sep).join('/');
}

/** The sites and reports a checkout of the generator writes: its tests', its benchmark's. */
const checkoutOutputs = /^(dist(-[^/]+)?|bench\/out|test-results|playwright-report)(\/|$)/;

/**
 * What live preview does not watch, besides what Vite never watches (`.git`, `node_modules`): in
 * the lesson, what the generator never reads (toolchain-folders.ts) and `dist/`, where
 * `lesson-site build` writes by default; in the generator's own folder, what its tests and
 * benchmark write (tens of thousands of files in a checkout that has run them). Crawling them
 * held the preview's start for seconds, and each folder watched takes one of the system's
 * limited inotify watches.
 */
export function unwatchedBy(root: string, lessonDir: string, format: LessonFormat | undefined) {
  const lesson = resolve(lessonDir);
  const lessonIsRoot = lesson === resolve(root);
  return (path: string): boolean => {
    const lessonPath = resolve(path) === lesson ? '' : pathInside(lesson, path);
    // Inside the lesson, the lesson's rules decide, even where the lesson itself sits in one of
    // the checkout's output folders (the benchmark's lessons do).
    if (lessonPath !== undefined)
      return (
        lessonPath !== '' &&
        (isToolchainPath(format, lessonPath) ||
          /^dist(\/|$)/.test(lessonPath) ||
          (lessonIsRoot && checkoutOutputs.test(lessonPath)))
      );
    const own = pathInside(root, path);
    return own !== undefined && checkoutOutputs.test(own);
  };
}

/**
 * Whether a change to `path` changes the lesson: an episode, page, config or data file, not one
 * of the unwatched ones, nor (when the lesson is the generator's own folder, the default lesson)
 * the generator's sources and tests.
 */
function isLessonSource(root: string, lessonDir: string, unwatched: (path: string) => boolean) {
  const generatorSources = resolve(lessonDir) === root ? /^(src|tests|bench)\// : undefined;
  return (path: string): boolean => {
    const lessonPath = pathInside(lessonDir, path);
    return (
      lessonPath !== undefined &&
      !unwatched(path) &&
      !generatorSources?.test(lessonPath) &&
      /\.(md|Rmd|ya?ml)$/.test(lessonPath)
    );
  };
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
  let root = '';
  let unwatched: (path: string) => boolean = () => false;
  return {
    name: 'lesson-site',
    hooks: {
      // Lesson errors stop `astro build`; the dev server reports them and keeps serving. Decided
      // by the command, not by NODE_ENV, which test runners and users set to anything.
      'astro:config:setup': ({ command, config, updateConfig }) => {
        root = resolve(fileURLToPath(config.root));
        unwatched = unwatchedBy(root, dir, detectFormat(dir));
        updateConfig({
          vite: {
            define: { __LESSON_FAIL_ON_ERROR__: JSON.stringify(command === 'build') },
            server: { watch: { ignored: [unwatched] } },
          },
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
        const lessonSource = isLessonSource(root, dir, unwatched);
        server.watcher.add(dir);
        server.watcher.on('all', (event, path) => {
          if (event !== 'change' && !relative(dir, path).startsWith('..')) assets = undefined;
          if (lessonSource(path))
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
