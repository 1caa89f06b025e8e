/**
 * `lesson-site`: the generator as a command for any lesson folder (started by bin/lesson-site.mjs,
 * which picks a Node that can run it). Every command reuses what the template's npm scripts run:
 * Astro through its bin (src/cli/astro.ts), the checker (src/cli/check.ts), new-episode and pdf
 * (scripts/). Exit status: 0 done, 1 the lesson has errors or the build failed, 2 a usage error or
 * a folder that is not a lesson, each with one line saying what to do.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { findLesson, lessonMarkers } from '../lib/lesson/find-lesson.ts';
import { detectFormat } from '../lib/lesson/detect-layout.ts';
import {
  commandHelp,
  mainHelp,
  parseCommandLine,
  UsageError,
  type CommandName,
} from './arguments.ts';
import { buildSite, packageRoot, runAstro } from './astro.ts';
import { initWorkflow, InitWorkflowError, workflowFile } from './init-workflow.ts';
import { outputFolderProblem } from './output-folder.ts';

const version = (
  JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }
).version;

/** The lesson a command works on: DIR (which must be a lesson), else found from the current folder. */
function lessonFor(command: CommandName, dir: string | undefined): string {
  const cwd = process.cwd();
  const requested = dir ?? process.env.LESSON_DIR?.trim();
  if (requested) {
    const path = resolve(cwd, requested);
    if (!detectFormat(path))
      throw new UsageError(
        `lesson-site ${command}: ${path} is not a lesson folder: it has no ${lessonMarkers}; give the lesson's folder`,
      );
    return path;
  }
  const found = findLesson(cwd);
  if (!found)
    throw new UsageError(
      `lesson-site ${command}: ${cwd} is not in a lesson folder: neither it nor a folder above it has ${lessonMarkers}; run it in the lesson, or give the folder: lesson-site ${command} path/to/lesson`,
    );
  return found.dir;
}

const show = (path: string) => relative(process.cwd(), path) || '.';

/** The output folder: `--out` (from the current folder), else dist in the lesson; checked. */
function outputFolder(command: CommandName, lessonDir: string, out: unknown): string {
  const path = typeof out === 'string' ? resolve(process.cwd(), out) : join(lessonDir, 'dist');
  const problem = outputFolderProblem(path, { lessonDir, packageRoot });
  if (problem) throw new UsageError(`lesson-site ${command}: ${problem}`);
  return path;
}

/** BASE_PATH and SITE_URL for astro.config.mjs, from --base and --site. */
function locationEnv(options: Record<string, unknown>): Record<string, string> {
  const env: Record<string, string> = {};
  if (typeof options.base === 'string') env.BASE_PATH = options.base;
  if (typeof options.site === 'string') env.SITE_URL = options.site;
  return env;
}

function astroVersion(): string {
  try {
    const manifest = createRequire(import.meta.url).resolve('astro/package.json');
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function run(argv: string[]): Promise<number> {
  const parsed = parseCommandLine(argv);
  if (parsed.kind === 'help') {
    console.log(parsed.command ? commandHelp(parsed.command) : mainHelp(version));
    return 0;
  }
  if (parsed.kind === 'version') {
    console.log(`lesson-site ${version} (Node ${process.versions.node}, Astro ${astroVersion()})`);
    return 0;
  }
  const { command, positional, options } = parsed;
  switch (command) {
    case 'build': {
      const lessonDir = lessonFor(command, positional);
      const out = outputFolder(command, lessonDir, options.out);
      const status = await buildSite({
        lessonDir,
        out,
        env: locationEnv(options),
        full: options.full === true,
      });
      if (status === 0) console.log(`lesson-site: the site is in ${show(out)}`);
      return status === 0 ? 0 : 1;
    }
    case 'dev': {
      const lessonDir = lessonFor(command, positional);
      const args = [
        ...(typeof options.port === 'string' ? ['--port', options.port] : []),
        ...(options.host ? ['--host'] : []),
      ];
      return (await runAstro({ command: 'dev', lessonDir, args })) === 0 ? 0 : 1;
    }
    case 'check': {
      const lessonDir = lessonFor(command, positional);
      // Loaded only here: the checker is most of the generator, which `build` leaves to Astro.
      const { outputFormat, runCheck } = await import('./check.ts');
      const format = outputFormat(options.format as string | undefined, process.env)!;
      return runCheck(lessonDir, {
        format,
        strict: options.strict === true,
        command: 'lesson-site check',
      });
    }
    case 'pdf': {
      const lessonDir = lessonFor(command, positional);
      const out = outputFolder(command, lessonDir, options.out);
      const instructor = options.instructor === true;
      // Loaded only here: the browser driver is the one heavy thing only this command needs.
      // Found (or installed) the way `npm test` and `npm run pdf` find their browser.
      const { ensureChromium } = await import('../../scripts/browser.ts');
      const executablePath = ensureChromium((line) => console.log(`lesson-site: ${line}`));
      const built = await buildSite({ lessonDir, out });
      if (built !== 0) return 1;
      const { printPdf } = await import('../../scripts/pdf.ts');
      const output = join(out, instructor ? 'lesson-instructor.pdf' : 'lesson.pdf');
      const { pages } = await printPdf({ site: out, output, instructor, executablePath });
      console.log(`lesson-site: wrote ${show(output)} (${pages} pages)`);
      return 0;
    }
    case 'new-episode': {
      const lessonDir = lessonFor(command, options.lesson as string | undefined);
      const { createEpisode, NewEpisodeError } = await import('../../scripts/new-episode.ts');
      try {
        const result = createEpisode({ lessonDir, title: positional! });
        console.log(
          `created ${show(result.path)}${result.style === 'divs' ? ' (Workbench fenced divs)' : ' (questions, objectives and key points in the frontmatter)'}`,
        );
        if (result.configUpdated)
          console.log(`listed it at the end of the episodes in ${result.configUpdated}`);
        console.log('Preview it with `lesson-site dev`.');
        return 0;
      } catch (error) {
        if (!(error instanceof NewEpisodeError)) throw error;
        console.error(`lesson-site new-episode: ${error.message}`);
        return 1;
      }
    }
    case 'init-workflow': {
      const lessonDir = lessonFor(command, positional);
      try {
        const { oldWorkflows } = initWorkflow(lessonDir, { force: options.force === true });
        console.log(`wrote ${show(join(lessonDir, workflowFile))}`);
        console.log(
          "Next: in the repository's Settings → Pages, set Source to GitHub Actions; then commit and push.",
        );
        if (oldWorkflows.length)
          console.log(
            `It replaces the old site build; delete these workflows: ${oldWorkflows.join(', ')}`,
          );
        return 0;
      } catch (error) {
        if (!(error instanceof InitWorkflowError)) throw error;
        console.error(`lesson-site init-workflow: ${error.message}`);
        return 1;
      }
    }
  }
}

try {
  process.exitCode = await run(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(error.message);
  process.exitCode = 2;
}
