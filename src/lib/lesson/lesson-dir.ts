import { isAbsolute, resolve } from 'node:path';

/**
 * The lesson folder: `LESSON_DIR` (absolute, or relative to where the command was started) or
 * the project root, which is itself the default lesson.
 */
export function resolveLessonDir(
  env: Record<string, string | undefined>,
  projectRoot: string,
): string {
  const requested = env.LESSON_DIR?.trim();
  if (!requested) return projectRoot;
  return isAbsolute(requested) ? requested : resolve(env.INIT_CWD ?? process.cwd(), requested);
}
