/**
 * A minimal static file server for a built site, optionally under a base path, as GitHub Pages
 * serves it: `node scripts/serve-static.ts dist 4321 /repo/`. Used by the browser tests.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, normalize } from 'node:path';
import { contentType } from '../src/lib/content-type.ts';

const [root = 'dist', port = '4321', basePath = '/'] = process.argv.slice(2);
const base = basePath.endsWith('/') ? basePath : `${basePath}/`;

function fileFor(urlPath: string): string | undefined {
  if (!urlPath.startsWith(base)) return undefined;
  const relative = normalize(decodeURIComponent(urlPath.slice(base.length))).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  const path = join(root, relative);
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

createServer((request, response) => {
  const urlPath = (request.url ?? '/').split('?')[0]!;
  const file = fileFor(urlPath);
  const status = file ? 200 : 404;
  const served = file ?? join(root, '404.html');
  response.writeHead(status, { 'Content-Type': contentType(served) });
  if (existsSync(served)) createReadStream(served).pipe(response);
  else response.end('Not found');
}).listen(Number(port), '127.0.0.1', () =>
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`),
);
