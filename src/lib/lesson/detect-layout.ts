import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { LessonFormat } from './types.ts';

const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

/**
 * A folder with `_episodes/` (or `_episodes_rmd/`) is a styles lesson; one with `episodes/` or
 * `config.yaml` is a Workbench lesson, and so is this project's default lesson. Undefined: neither.
 */
export function detectFormat(dir: string): LessonFormat | undefined {
  if (isDir(join(dir, '_episodes')) || isDir(join(dir, '_episodes_rmd'))) return 'styles';
  if (isDir(join(dir, 'episodes')) || existsSync(join(dir, 'config.yaml'))) return 'workbench';
  return undefined;
}

export const episodesFolder = (format: LessonFormat) => (format === 'styles' ? '_episodes' : 'episodes');
export const configFileName = (format: LessonFormat) => (format === 'styles' ? '_config.yml' : 'config.yaml');
