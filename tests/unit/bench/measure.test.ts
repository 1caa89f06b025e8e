import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countsOrphans, reaped } from '../../../bench/measure.ts';

/** CPU seconds of this process's waited-for descendants (`cutime + cstime`, /proc/self/stat). */
function childrenCpuSeconds(): number {
  const stat = readFileSync('/proc/self/stat', 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 16 and 17 of proc(5), counted from the state (field 3) here.
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

// A parent that starts a CPU-bound child and exits at once without waiting for it, as Node does
// with pagefind's service after `close()`.
const busy = 'const t = process.cpuUsage(); while (process.cpuUsage(t).user < 400_000);';
const leaveOrphan = `require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(busy)}], { stdio: 'ignore', detached: true }).unref();`;

describe('the benchmark counts the CPU of every process the build started', () => {
  it('has a reaper on this machine (Linux, Perl)', () => {
    expect(countsOrphans).toBe(true);
  });

  it('waits for a process its parent left behind, so its CPU reaches GNU time', () => {
    const before = childrenCpuSeconds();
    const [command, args] = reaped(process.execPath, ['-e', leaveOrphan]);
    const run = spawnSync(command, args, { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(childrenCpuSeconds() - before).toBeGreaterThanOrEqual(0.35);
  });

  it('ends as the command ended', () => {
    const [command, args] = reaped(process.execPath, ['-e', 'process.exit(3)']);
    expect(spawnSync(command, args).status).toBe(3);
    const [killed, killedArgs] = reaped(process.execPath, [
      '-e',
      'process.kill(process.pid, "SIGTERM")',
    ]);
    expect(spawnSync(killed, killedArgs).status).toBe(128 + 15);
  });
});
