import { existsSync, readdirSync, statSync } from 'node:fs';
import { relative, isAbsolute } from 'node:path';

/** `inner` is `outer` or inside it. */
export const within = (inner: string, outer: string) => {
  const rel = relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/**
 * Why `out` cannot be the output folder, or undefined when it can. Astro empties the output folder
 * before it builds, so an `--out` that is the lesson (`--out .`), a folder around it, or a folder
 * holding anything but an earlier build would delete the author's files.
 */
export function outputFolderProblem(
  out: string,
  { lessonDir, packageRoot }: { lessonDir: string; packageRoot: string },
): string | undefined {
  if (within(lessonDir, out))
    return `--out ${out} is the lesson folder or a folder around it, and the output folder is emptied before each build; choose a folder of its own, such as ${lessonDir}/dist`;
  if (within(packageRoot, out))
    return `--out ${out} holds lesson-site itself; choose another folder`;
  if (!existsSync(out)) return undefined;
  if (!statSync(out).isDirectory()) return `--out ${out} is a file, not a folder`;
  const names = readdirSync(out);
  const earlierBuild = names.includes('index.html') || names.includes('_astro');
  if (names.length > 0 && !earlierBuild)
    return `--out ${out} already holds files that are not a built site (${names.slice(0, 3).join(', ')}${names.length > 3 ? ', …' : ''}), and the output folder is emptied before each build; choose an empty or new folder`;
  return undefined;
}
