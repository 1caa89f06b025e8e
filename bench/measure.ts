/**
 * Measuring one command the way the benchmark reports it: wall time, CPU time (user + system of the
 * whole process tree, from GNU time when it exists) and peak memory (the summed RSS of the process
 * and every descendant, sampled from /proc every 50 ms, and GNU time's largest single process).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonCacheFolder } from '../src/lib/lesson/cache-folder.ts';

export interface Measured {
  wallSeconds: number;
  /** Peak of the summed RSS of the process and all its descendants, sampled every 50 ms. */
  peakTreeRssMb: number;
  /** GNU time's figure: the largest single process's peak RSS (when /usr/bin/time exists). */
  peakProcessRssMb?: number;
  userSeconds?: number;
  systemSeconds?: number;
  stdout: string;
  stderr: string;
}

const pageSize = 4096;

/** Every descendant of `pid` (including itself) from /proc, summed RSS in bytes. */
export function treeRss(pid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // exited while we looked
    }
  }
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const at = stack.pop()!;
    try {
      total += Number(readFileSync(`/proc/${at}/statm`, 'utf8').split(' ')[1]) * pageSize;
    } catch {
      // exited
    }
    stack.push(...(children.get(at) ?? []));
  }
  return total;
}

const timeBinary = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/**
 * GNU time counts the CPU of the descendants that were waited for. A process its parent leaves
 * behind is not: pagefind's service, which both Starlight and we end with `close()` (a kill, no
 * wait) just before Node exits, is re-parented to init, and the 3–4 s of CPU each search index
 * costs at 1000 episodes went uncounted. So the command runs under a small Perl reaper that
 * declares itself the tree's child subreaper (Linux `prctl(PR_SET_CHILD_SUBREAPER)`): orphans are
 * re-parented to it and it waits for every one, so GNU time sees all of them. Perl is part of
 * every Debian system; elsewhere (another OS or architecture) the command runs as before.
 */
const prctlSyscall: Partial<Record<NodeJS.Architecture, number>> = { x64: 157, arm64: 167 };
const perlBinary = ['/usr/bin/perl', '/bin/perl'].find((path) => existsSync(path));
const reaperScript = (syscall: number) =>
  [
    `syscall(${syscall}, 36, 1, 0, 0, 0) == 0 or die "prctl: $!";`,
    'my $pid = fork // die "fork: $!";',
    'if (!$pid) { exec { $ARGV[0] } @ARGV or die "exec $ARGV[0]: $!" }',
    'my $status = 0;',
    'while ((my $done = wait) != -1) { $status = $? if $done == $pid }',
    'exit($status & 127 ? 128 + ($status & 127) : $status >> 8);',
  ].join(' ');

const reaperSyscall =
  process.platform === 'linux' && perlBinary ? prctlSyscall[process.arch] : undefined;

/** Whether `measure` counts the CPU of processes their parents left behind (see `reaped`). */
export const countsOrphans = reaperSyscall !== undefined;

/** `command args…` as it runs under the reaper, when this machine has one. */
export function reaped(command: string, args: string[]): [string, string[]] {
  if (!perlBinary || reaperSyscall === undefined) return [command, args];
  return [perlBinary, ['-e', reaperScript(reaperSyscall), '--', command, ...args]];
}

/** How the CPU figures were measured, for the reports. */
export const cpuMethod = `CPU: user + system of the whole process tree (GNU time)${
  countsOrphans
    ? ", processes their parent left behind included (pagefind's service: a subreaper waits for them)"
    : "; processes their parent left behind (pagefind's service) are not counted on this machine"
}`;

export interface MeasureOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Where stdout and stderr are written, for reading a failure. */
  logFile: string;
}

/** Run `command args…` to its end and measure it; rejects when it exits non-zero. */
export function measure(
  command: string,
  args: string[],
  options: MeasureOptions,
): Promise<Measured> {
  const [reaper, reaperArgs] = reaped(command, args);
  const [run, runArgs] = timeBinary
    ? [timeBinary, ['-v', reaper, ...reaperArgs]]
    : [reaper, reaperArgs];
  const started = performance.now();
  const child = spawn(run, runArgs, {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 50);
  return new Promise((done, fail) => {
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallSeconds = (performance.now() - started) / 1000;
      writeFileSync(options.logFile, `${stdout}\n--- stderr ---\n${stderr}`);
      if (code !== 0)
        return fail(
          new Error(`${command} ${args.join(' ')} failed (exit ${code}); see ${options.logFile}`),
        );
      const num = (re: RegExp) => {
        const m = re.exec(stderr);
        return m ? Number(m[1]) : undefined;
      };
      const maxRssKb = num(/Maximum resident set size \(kbytes\): (\d+)/);
      done({
        wallSeconds,
        peakTreeRssMb: peak / 2 ** 20,
        peakProcessRssMb: maxRssKb === undefined ? undefined : maxRssKb / 1024,
        userSeconds: num(/User time \(seconds\): ([\d.]+)/),
        systemSeconds: num(/System time \(seconds\): ([\d.]+)/),
        stdout,
        stderr,
      });
    });
    child.on('error', fail);
  });
}

interface BuildRequest {
  /** The checkout whose `lesson-site build` runs. */
  checkout: string;
  lessonDir: string;
  site: string;
  logFile: string;
  /** Flags for Node itself (a CPU profile). */
  nodeFlags?: string[];
}

/** One build of a lesson with `lesson-site build` from `checkout`, as a user runs it (`npm run build`). */
export function measureBuild({
  checkout,
  lessonDir,
  site,
  logFile,
  nodeFlags = [],
}: BuildRequest): Promise<Measured> {
  return measure(
    process.execPath,
    [...nodeFlags, join(checkout, 'src/cli/start.mjs'), 'build', lessonDir, '--out', site],
    {
      cwd: checkout,
      env: {
        ...process.env,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        ASTRO_TELEMETRY_DISABLED: '1',
        LESSON_DIR: lessonDir,
        SITE_URL: '',
        BASE_PATH: '',
      },
      logFile,
    },
  );
}

/**
 * `measureBuild`, cold: the lesson's content cache (under `cacheRoot`, whose node_modules holds
 * it) and the output folder are deleted first.
 */
export function measureColdBuild({
  cacheRoot,
  ...request
}: BuildRequest & { cacheRoot?: string }): Promise<Measured> {
  const root = cacheRoot ?? request.checkout;
  rmSync(join(root, lessonCacheFolder(request.lessonDir)), { recursive: true, force: true });
  rmSync(request.site, { recursive: true, force: true });
  return measureBuild(request);
}

/** User + system seconds, when known. */
export const cpuSeconds = (m: Measured): number | undefined =>
  m.userSeconds === undefined ? undefined : m.userSeconds + (m.systemSeconds ?? 0);

export const median = (xs: number[]): number => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
