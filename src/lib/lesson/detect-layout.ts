import { isLessonFile, isLessonFolder } from './lesson-files.ts';
import type { LessonFormat } from './types.ts';

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
