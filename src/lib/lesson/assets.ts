import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { detectFormat } from './detect-layout.ts';
import { publishedAssetPath } from './urls.ts';

/** Folders whose non-Markdown files a styles lesson publishes at the same paths. */
const stylesAssetFolders = ['fig', 'files', 'data', 'code', 'img', 'figures'];
/** Workbench folders whose files sandpaper publishes (episodes/fig → /fig). */
const workbenchAssetFolders = ['episodes', 'learners', 'instructors', 'profiles'];

const isMarkdown = (name: string) => /\.(md|Rmd)$/i.test(name);

/** Every lesson asset (figures, data files, downloads) and the site path it is published at. */
export function listAssets(dir: string): Map<string, string> {
  const format = detectFormat(dir) ?? 'workbench';
  const folders = format === 'styles' ? stylesAssetFolders : workbenchAssetFolders;
  const assets = new Map<string, string>();
  const walk = (path: string) => {
    for (const name of readdirSync(path).sort()) {
      if (name.startsWith('.')) continue;
      const full = join(path, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (!isMarkdown(name)) {
        const lessonPath = relative(dir, full).split(sep).join('/');
        assets.set(publishedAssetPath(lessonPath, format), full);
      }
    }
  };
  for (const folder of folders) {
    const path = join(dir, folder);
    if (existsSync(path) && statSync(path).isDirectory()) walk(path);
  }
  return assets;
}
