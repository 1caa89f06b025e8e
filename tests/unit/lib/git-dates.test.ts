import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lastUpdated, parseGitLog, readGitDates } from '../../../src/lib/git-dates.ts';

const marker = '\u0001';

describe('parseGitLog', () => {
  it('takes the newest commit that touched each file (log is newest first)', () => {
    const log = [
      `${marker}2024-05-02`,
      '',
      'episodes/01-intro.md',
      'config.yaml',
      `${marker}2023-01-10`,
      '',
      'episodes/01-intro.md',
      'episodes/02-next.md',
      '',
    ].join('\n');
    const dates = parseGitLog(log);
    expect(dates.get('episodes/01-intro.md')).toBe('2024-05-02');
    expect(dates.get('config.yaml')).toBe('2024-05-02');
    expect(dates.get('episodes/02-next.md')).toBe('2023-01-10');
    expect(dates.size).toBe(3);
  });

  it('never mistakes a file named like a date for a commit, and skips malformed dates', () => {
    const log = [`${marker}2024-05-02`, '2020-01-01', `${marker}not-a-date`, 'orphan.md', ''].join(
      '\n',
    );
    const dates = parseGitLog(log);
    expect(dates.get('2020-01-01')).toBe('2024-05-02');
    expect(dates.has('orphan.md')).toBe(false);
  });

  it('is empty for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });
});

describe('lastUpdated', () => {
  it('reads dates from a real repository, relative to a lesson in a subfolder', () => {
    const repo = mkdtempSync(join(tmpdir(), 'git-dates-'));
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: repo,
        env: {
          ...process.env,
          GIT_COMMITTER_DATE: '2022-03-04T12:00:00Z',
          GIT_AUTHOR_DATE: '2022-03-04T12:00:00Z',
        },
      });
    git('init', '-q');
    mkdirSync(join(repo, 'lesson', 'episodes'), { recursive: true });
    writeFileSync(join(repo, 'lesson', 'episodes', 'intro.md'), '# Intro\n');
    git('add', '.');
    git('-c', 'user.name=T', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', 'first');
    expect(lastUpdated(join(repo, 'lesson'), 'episodes/intro.md')).toBe('2022-03-04');
    expect(lastUpdated(join(repo, 'lesson'), 'episodes/missing.md')).toBeUndefined();
  });

  it('is undefined outside a repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'no-git-'));
    expect(readGitDates(dir)).toBeUndefined();
    expect(lastUpdated(dir, 'index.md')).toBeUndefined();
  });
});
