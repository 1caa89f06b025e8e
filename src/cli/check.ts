import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLesson } from '../lib/check/run-check.ts';
import { readGitRemote } from '../lib/github-metadata.ts';
import { failed, formatReport, outputFormats, type OutputFormat } from '../lib/check/format.ts';
import { resolveLessonDir } from '../lib/lesson/lesson-dir.ts';

/**
 * `npm run check`: check a lesson without building it. Exit 0 when clean, 1 when the lesson has
 * errors (or warnings, with --strict), 2 when the checker itself could not run. Never a stack trace:
 * authors get one line saying what could not be read.
 */
const usage = `usage: npm run check -- [--lesson <dir>] [--format text|github|json] [--strict]
  --lesson <dir>  lesson folder (default: LESSON_DIR, else this project's own lesson)
  --format <f>    text (default), github (default under GitHub Actions), json
  --strict        warnings count as errors`;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

function main(): number {
  let options;
  try {
    options = parseArgs({
      options: {
        lesson: { type: 'string' },
        format: { type: 'string' },
        strict: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (error) {
    console.error(`check: ${error instanceof Error ? error.message : String(error)}\n${usage}`);
    return 2;
  }
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const format = (options.format ??
    (process.env.GITHUB_ACTIONS ? 'github' : 'text')) as OutputFormat;
  if (!outputFormats.includes(format)) {
    console.error(`check: unknown format "${format}"; expected one of ${outputFormats.join(', ')}`);
    return 2;
  }
  // Relative to where the user ran the command: npm runs scripts from the project root but sets INIT_CWD.
  const env = options.lesson ? { ...process.env, LESSON_DIR: options.lesson } : process.env;
  const dir = resolveLessonDir(env, projectRoot);
  try {
    const result = checkLesson(dir, { env: process.env, gitRemote: () => readGitRemote(dir) });
    const color = format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    console.log(formatReport(result, { format, color, strict: options.strict }));
    return failed(result.diagnostics, options.strict) ? 1 : 0;
  } catch (error) {
    // A failure outside any one page (the folder itself unreadable): name what was being read.
    const path = (error as { path?: unknown }).path;
    const where = typeof path === 'string' ? path : dir;
    console.error(
      `check: could not check ${where}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 2;
  }
}

process.exitCode = main();
