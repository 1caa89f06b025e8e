import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { checkLesson } from '../lib/check/run-check.ts';
import { readGitRemote } from '../lib/github-metadata.ts';
import { failed, formatReport, outputFormats, type OutputFormat } from '../lib/check/format.ts';
import { resolveLessonDir } from '../lib/lesson/lesson-dir.ts';

/**
 * `npm run check` and `lesson-site check`: check a lesson without building it. Exit 0 when clean, 1
 * when the lesson has errors (or warnings, with --strict), 2 when the checker itself could not run.
 * Never a stack trace: authors get one line saying what could not be read.
 */
const usage = `usage: npm run check -- [--lesson <dir>] [--format human|github|json] [--strict]
  --lesson <dir>  lesson folder (default: LESSON_DIR, else this project's own lesson)
  --format <f>    human (default; also called text), github (default under GitHub Actions), json
  --strict        warnings count as errors`;

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));

/** The report format a name asks for: `human` is the terminal report (once called `text`). */
export function outputFormat(
  name: string | undefined,
  env: NodeJS.ProcessEnv,
): OutputFormat | undefined {
  const format = name === 'human' ? 'text' : (name ?? (env.GITHUB_ACTIONS ? 'github' : 'text'));
  return (outputFormats as readonly string[]).includes(format)
    ? (format as OutputFormat)
    : undefined;
}

/** Check the lesson in `dir` and print the report; the exit status. */
export function runCheck(
  dir: string,
  {
    format,
    strict = false,
    command = 'check',
  }: { format: OutputFormat; strict?: boolean; command?: string },
): number {
  try {
    const result = checkLesson(dir, { env: process.env, gitRemote: () => readGitRemote(dir) });
    const color = format === 'text' && Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
    console.log(formatReport(result, { format, color, strict }));
    return failed(result.diagnostics, strict) ? 1 : 0;
  } catch (error) {
    // A failure outside any one page (the folder itself unreadable): name what was being read.
    const path = (error as { path?: unknown }).path;
    const where = typeof path === 'string' ? path : dir;
    console.error(
      `${command}: could not check ${where}: ${error instanceof Error ? error.message : String(error)}`,
    );
    return 2;
  }
}

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
  const format = outputFormat(options.format, process.env);
  if (!format) {
    console.error(`check: unknown format "${options.format}"; expected one of human, github, json`);
    return 2;
  }
  // Relative to where the user ran the command: npm runs scripts from the project root but sets INIT_CWD.
  const env = options.lesson ? { ...process.env, LESSON_DIR: options.lesson } : process.env;
  return runCheck(resolveLessonDir(env, projectRoot), { format, strict: options.strict });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1])
  process.exitCode = main();
