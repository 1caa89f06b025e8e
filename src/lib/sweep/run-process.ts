import { spawn } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';

export interface ProcessResult {
  /** Exit code; 124 (as `timeout` says it) when it was stopped for taking too long. */
  exit: number;
  seconds: number;
  timedOut: boolean;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** stdout and stderr go here, so a failure can be read after the run. */
  logFile: string;
  timeoutSeconds: number;
}

/**
 * Run a command to completion, its output to a log file. It gets its own process group, so a
 * timeout stops the whole tree (npm → astro → workers) and nothing else.
 */
export function runProcess(
  command: string,
  args: readonly string[],
  { cwd, env, logFile, timeoutSeconds }: RunOptions,
): Promise<ProcessResult> {
  const started = performance.now();
  const log = openSync(logFile, 'w');
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', log, log], detached: true });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }, timeoutSeconds * 1000);
    const finish = (exit: number) => {
      clearTimeout(timer);
      closeSync(log);
      resolve({
        exit: timedOut ? 124 : exit,
        seconds: (performance.now() - started) / 1000,
        timedOut,
      });
    };
    child.on('error', () => finish(127));
    child.on('close', (code, signal) => finish(code ?? (signal ? 128 : 1)));
  });
}
