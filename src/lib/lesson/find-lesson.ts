import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { detectFormat } from './detect-layout.ts';
import type { LessonFormat } from './types.ts';

export interface FoundLesson {
  dir: string;
  format: LessonFormat;
}

/**
 * The lesson that holds `start`: `start` itself or the nearest folder above it that is a lesson
 * (so a command run from `episodes/` or `_episodes/` finds the lesson around it). The search stops
 * at the first folder with `.git`, the repository's top, so a lesson is never looked for outside the
 * repository the command was run in. Undefined when there is none.
 */
export function findLesson(start: string): FoundLesson | undefined {
  for (let dir = resolve(start); ; dir = dirname(dir)) {
    const format = detectFormat(dir);
    if (format) return { dir, format };
    if (existsSync(join(dir, '.git')) || dirname(dir) === dir) return undefined;
  }
}

/** What a lesson folder has, for "this is not a lesson" messages. */
export const lessonMarkers =
  '_episodes/ for a styles lesson, or episodes/ or config.yaml for a Workbench lesson';
