import type { AstroIntegration } from 'astro';
import { createReadStream, copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { listAssets } from '../lib/lesson/assets.ts';

const mimeTypes: Record<string, string> = {
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', svg: 'image/svg+xml', webp: 'image/webp',
  pdf: 'application/pdf', zip: 'application/zip', txt: 'text/plain; charset=utf-8', csv: 'text/csv; charset=utf-8',
  yaml: 'text/plain; charset=utf-8', yml: 'text/plain; charset=utf-8', json: 'application/json',
};

/**
 * Publishes the lesson's own files (figures, data, downloads) next to the pages, at the paths each
 * lesson format used, so `../fig/x.png` and `files/x.yaml` work in the built site and in dev.
 */
export function lessonIntegration({ dir }: { dir: string }): AstroIntegration {
  let base = '/';
  return {
    name: 'lesson-site',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const path = decodeURIComponent((request.url ?? '').split('?')[0]!);
          if (!path.startsWith(base)) return next();
          const file = listAssets(dir).get(path.slice(base.length));
          if (!file) return next();
          response.setHeader('Content-Type', mimeTypes[file.split('.').pop()!.toLowerCase()] ?? 'application/octet-stream');
          createReadStream(file).pipe(response);
        });
      },
      'astro:build:done': ({ dir: outDir, logger }) => {
        const out = fileURLToPath(outDir);
        const assets = listAssets(dir);
        for (const [published, file] of assets) {
          const target = join(out, published);
          mkdirSync(dirname(target), { recursive: true });
          copyFileSync(file, target);
        }
        logger.info(`copied ${assets.size} lesson files (figures, data) into the site`);
      },
    },
  };
}
