import { isLessonFile, isLessonFolder } from './lesson-files.ts';
import { builtDbFile } from './md-outputs.ts';
import type { LessonFormat, LessonLayout } from './types.ts';

/**
 * A folder with `_episodes/` (or `_episodes_rmd/`) is a styles lesson; one with `episodes/` or
 * `config.yaml` is a Workbench lesson, and so is this project's default lesson. Undefined: neither.
 */
export function detectFormat(dir: string): LessonFormat | undefined {
  if (isLessonFolder(dir, '_episodes') || isLessonFolder(dir, '_episodes_rmd')) return 'styles';
  if (isLessonFolder(dir, 'episodes') || isLessonFile(dir, 'config.yaml')) return 'workbench';
  return undefined;
}

export const episodesFolder = (format: LessonFormat) =>
  format === 'styles' ? '_episodes' : 'episodes';
export const configFileName = (format: LessonFormat) =>
  format === 'styles' ? '_config.yml' : 'config.yaml';

/**
 * A Workbench folder holding sandpaper's built Markdown (the `md-outputs` branch: `md5sum.txt`
 * next to `config.yaml`, no `episodes/`) rather than the lesson's sources.
 */
export function detectLayout(dir: string, format: LessonFormat): LessonLayout {
  return format === 'workbench' &&
    isLessonFile(dir, builtDbFile) &&
    isLessonFile(dir, 'config.yaml') &&
    !isLessonFolder(dir, 'episodes')
    ? 'md-outputs'
    : 'source';
}
