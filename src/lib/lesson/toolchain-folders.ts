import type { LessonFormat } from './types.ts';

/**
 * Folders at a lesson's top level that its own toolchain writes or installs into. The generator
 * reads nothing in them (neither format publishes them), but a lesson its author has built
 * before is full of them: sandpaper's renv library alone is tens of thousands of files, and
 * Jekyll's `_site` is a copy of the whole site. Walking them cost every build, and watching them
 * cost every live preview, seconds for nothing.
 */
const toolchainFolders: Record<LessonFormat, readonly string[]> = {
  // Jekyll's output and caches, and bundler's gems where Jekyll's default excludes expect them
  // (the lesson template's Makefile installs them into .vendor/, a dot-folder: skipped anyway).
  styles: [
    '_site',
    '.jekyll-cache',
    '.sass-cache',
    'vendor/bundle',
    'vendor/cache',
    'vendor/gems',
    'vendor/ruby',
  ],
  // sandpaper builds into site/ (built/, docs/); renv keeps its package library under renv/.
  workbench: ['site', 'renv'],
};

/**
 * True for a lesson-relative path (`/`-separated) that the generator never reads: inside a
 * dot-folder or a dot-file (the lesson-files gate refuses them), inside `node_modules`, or at or
 * under one of the format's toolchain folders.
 */
export function isToolchainPath(format: LessonFormat | undefined, lessonPath: string): boolean {
  const parts = lessonPath.split('/');
  if (parts.some((part) => part.startsWith('.') || part === 'node_modules')) return true;
  return (format ? toolchainFolders[format] : []).some(
    (folder) => lessonPath === folder || lessonPath.startsWith(`${folder}/`),
  );
}
