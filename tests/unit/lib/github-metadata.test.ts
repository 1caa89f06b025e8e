import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import {
  parseRepositoryUrl,
  readGitRemote,
  resolveGithubMetadata,
} from '../../../src/lib/github-metadata.ts';
import { makeLessonDir } from '../../helpers/lesson-dir.ts';

describe('parseRepositoryUrl', () => {
  it('reads every form a git remote or a config writes', () => {
    for (const url of [
      'https://github.com/carpentries/lesson.git',
      'https://github.com/carpentries/lesson/',
      'git@github.com:carpentries/lesson.git',
      'ssh://git@github.com:22/carpentries/lesson.git',
      'git://github.com/carpentries/lesson',
      'https://user:secret-token@github.com/carpentries/lesson.git',
    ])
      expect(parseRepositoryUrl(url), url).toEqual({
        server: 'https://github.com',
        owner: 'carpentries',
        name: 'lesson',
      });
  });

  it('gives nothing for local paths and placeholders', () => {
    expect(parseRepositoryUrl('/srv/git/lesson.git')).toBeUndefined();
    expect(parseRepositoryUrl('../lesson')).toBeUndefined();
    expect(parseRepositoryUrl('https://github.com/<USERNAME>/<PROJECT>')).toBeUndefined();
  });
});

describe('resolveGithubMetadata', () => {
  const none = { env: {}, config: {} };

  it('GITHUB_REPOSITORY first: the values jekyll-github-metadata derives', () => {
    const github = resolveGithubMetadata({
      env: { GITHUB_REPOSITORY: 'Owner/my-lesson', GITHUB_SHA: 'abc123' },
      gitRemote: () => 'git@github.com:other/repo.git',
      config: { repository: 'third/repo', branch: 'main' },
    });
    expect(github?.from).toBe('GITHUB_REPOSITORY');
    expect(github?.values).toEqual({
      hostname: 'github.com',
      repository_nwo: 'Owner/my-lesson',
      owner_name: 'Owner',
      repository_name: 'my-lesson',
      project_title: 'my-lesson',
      repository_url: 'https://github.com/Owner/my-lesson',
      owner_url: 'https://github.com/Owner',
      clone_url: 'https://github.com/Owner/my-lesson.git',
      issues_url: 'https://github.com/Owner/my-lesson/issues',
      releases_url: 'https://github.com/Owner/my-lesson/releases',
      is_project_page: true,
      is_user_page: false,
      environment: 'dotcom',
      pages_env: 'dotcom',
      pages_hostname: 'github.io',
      api_url: 'https://api.github.com',
      help_url: 'https://help.github.com',
      url: 'https://owner.github.io/my-lesson',
      baseurl: '/my-lesson',
      source: { branch: 'main', path: '/' },
      public_repositories: [
        {
          name: 'my-lesson',
          html_url: 'https://github.com/Owner/my-lesson',
          default_branch: 'main',
        },
      ],
      build_revision: 'abc123',
    });
  });

  it("without a branch in the config, a CI build's branch (GITHUB_REF_NAME) stands in", () => {
    const github = resolveGithubMetadata({
      ...none,
      env: { GITHUB_REPOSITORY: 'o/r', GITHUB_REF_NAME: 'gh-pages', GITHUB_REF_TYPE: 'branch' },
    });
    expect(github?.values.source).toEqual({ branch: 'gh-pages', path: '/' });
    const tag = resolveGithubMetadata({
      ...none,
      env: { GITHUB_REPOSITORY: 'o/r', GITHUB_REF_NAME: 'v1.0', GITHUB_REF_TYPE: 'tag' },
    });
    expect(tag?.values.source).toBeUndefined();
  });

  it('a user page (owner.github.io) is published at the root', () => {
    const github = resolveGithubMetadata({
      ...none,
      env: { GITHUB_REPOSITORY: 'ada/ada.github.io' },
    });
    expect(github?.values).toMatchObject({
      is_user_page: true,
      url: 'https://ada.github.io',
      baseurl: '',
    });
  });

  it('then the git remote "origin", then the config (repository:, then source:)', () => {
    expect(
      resolveGithubMetadata({ ...none, gitRemote: () => 'https://github.com/o/from-git.git' })
        ?.values.repository_url,
    ).toBe('https://github.com/o/from-git');
    expect(
      resolveGithubMetadata({ env: {}, config: { repository: 'o/from-config' } })?.values
        .repository_url,
    ).toBe('https://github.com/o/from-config');
    const source = resolveGithubMetadata({
      env: {},
      config: { repository: '<USERNAME>/<PROJECT>', source: 'https://gitlab.com/o/from-source' },
    });
    expect(source?.from).toBe('the config\'s "source:"');
    // Not GitHub: the repository's own URLs, but no GitHub Pages address.
    expect(source?.values.repository_url).toBe('https://gitlab.com/o/from-source');
    expect(source?.values.url).toBeUndefined();
  });

  it('nothing names a repository: undefined', () => {
    expect(
      resolveGithubMetadata({
        env: {},
        gitRemote: () => undefined,
        config: { repository: '<USERNAME>/<PROJECT>' },
      }),
    ).toBeUndefined();
  });
});

describe('readGitRemote', () => {
  it('reads origin of a clone; nothing outside a repository', () => {
    const dir = makeLessonDir({ 'config.yaml': 'title: x\n' });
    const git = (...args: string[]) =>
      execFileSync('git', args, {
        cwd: dir,
        stdio: 'ignore',
        env: { ...process.env, GIT_DIR: undefined },
      });
    git('init', '-q');
    expect(readGitRemote(dir)).toBeUndefined();
    git('remote', 'add', 'origin', 'git@github.com:o/r.git');
    expect(readGitRemote(dir)).toBe('git@github.com:o/r.git');
  });
});
