import { execFileSync } from 'node:child_process';

/**
 * `site.github` as jekyll-github-metadata filled it on GitHub Pages, as far as it follows from the
 * repository's owner and name alone. What only GitHub's API knows (tagline, contributors, releases)
 * is not here; a page that reads it gets a warning from the Liquid renderer.
 */
export interface GithubMetadata {
  /** The `site.github.X` values that could be derived. */
  values: Record<string, unknown>;
  /** Where the repository was found, for messages: `GITHUB_REPOSITORY`, `git remote origin`, … */
  from: string;
}

export interface GithubMetadataSources {
  /** The process environment; under GitHub Actions `GITHUB_REPOSITORY` (owner/name) and `GITHUB_SERVER_URL`. */
  env: Readonly<Record<string, string | undefined>>;
  /** Reads the URL of the lesson folder's git remote `origin`; only asked when the environment does not say. */
  gitRemote?: () => string | undefined;
  /** The lesson config: `repository:` (owner/name, styles) and `source:` (repository URL), `branch:`. */
  config: { repository?: unknown; source?: unknown; branch?: unknown };
}

interface Repository {
  /** `https://github.com`, or the server a remote or `GITHUB_SERVER_URL` names. */
  server: string;
  owner: string;
  name: string;
}

const segment = /^[\w.-]+$/;

/** `owner/name`, as `GITHUB_REPOSITORY` and the styles `repository:` key write it; placeholders give none. */
function fromNwo(nwo: unknown, server = 'https://github.com'): Repository | undefined {
  if (typeof nwo !== 'string') return undefined;
  const [owner, name, ...rest] = nwo.trim().split('/');
  if (rest.length || !owner || !name || !segment.test(owner) || !segment.test(name))
    return undefined;
  return { server: server.replace(/\/+$/, ''), owner, name: name.replace(/\.git$/, '') };
}

/**
 * A repository URL in any form git or a config writes it: `https://host/owner/name(.git)`,
 * `git@host:owner/name.git`, `ssh://git@host(:port)/owner/name.git`, `git://host/owner/name`.
 * Credentials in the URL are dropped, never passed on. Local paths give none.
 */
export function parseRepositoryUrl(url: unknown): Repository | undefined {
  if (typeof url !== 'string') return undefined;
  const text = url.trim();
  const scp = /^[\w.-]+@([\w.-]+):\/?([\w.-]+\/[\w.-]+?)(?:\.git)?\/?$/.exec(text);
  if (scp) return fromNwo(scp[2], `https://${scp[1]}`);
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  if (!['https:', 'http:', 'ssh:', 'git:'].includes(parsed.protocol) || !parsed.hostname)
    return undefined;
  const path = parsed.pathname.replace(/^\/+|\/+$/g, '').replace(/\.git$/, '');
  const scheme = parsed.protocol === 'http:' ? 'http' : 'https';
  return fromNwo(path, `${scheme}://${parsed.hostname}`);
}

/** The values jekyll-github-metadata derives from the repository alone. */
function valuesOf(repo: Repository, branch: unknown, env: GithubMetadataSources['env']) {
  const host = new URL(repo.server).hostname;
  const dotcom = host === 'github.com';
  const nwo = `${repo.owner}/${repo.name}`;
  const repositoryUrl = `${repo.server}/${nwo}`;
  const userPage =
    dotcom &&
    [`${repo.owner}.github.io`, `${repo.owner}.github.com`].includes(repo.name.toLowerCase());
  const pagesUrl = userPage
    ? `https://${repo.owner.toLowerCase()}.github.io`
    : `https://${repo.owner.toLowerCase()}.github.io/${repo.name}`;
  const values: Record<string, unknown> = {
    hostname: host,
    repository_nwo: nwo,
    owner_name: repo.owner,
    repository_name: repo.name,
    project_title: repo.name,
    repository_url: repositoryUrl,
    owner_url: `${repo.server}/${repo.owner}`,
    clone_url: `${repositoryUrl}.git`,
    issues_url: `${repositoryUrl}/issues`,
    releases_url: `${repositoryUrl}/releases`,
    is_project_page: !userPage,
    is_user_page: userPage,
  };
  if (dotcom) {
    Object.assign(values, {
      environment: 'dotcom',
      pages_env: 'dotcom',
      pages_hostname: 'github.io',
      api_url: 'https://api.github.com',
      help_url: 'https://help.github.com',
      url: pagesUrl,
      baseurl: userPage ? '' : `/${repo.name}`,
    });
  }
  if (typeof branch === 'string' && branch.trim()) {
    values.source = { branch: branch.trim(), path: '/' };
    // gh_variables.html reads the default branch from here; the config's branch is the best we know.
    values.public_repositories = [
      { name: repo.name, html_url: repositoryUrl, default_branch: branch.trim() },
    ];
  }
  if (env.GITHUB_SHA) values.build_revision = env.GITHUB_SHA;
  return values;
}

/**
 * `site.github` from, in order: `GITHUB_REPOSITORY` (a CI build), the lesson folder's git remote
 * `origin` (a clone), the config's `repository:` or `source:`. Undefined when none names a
 * repository (a downloaded folder whose config still has the template's placeholder).
 */
export function resolveGithubMetadata(sources: GithubMetadataSources): GithubMetadata | undefined {
  const { env, config } = sources;
  const candidates: [string, () => Repository | undefined][] = [
    ['GITHUB_REPOSITORY', () => fromNwo(env.GITHUB_REPOSITORY, env.GITHUB_SERVER_URL || undefined)],
    ['the git remote "origin"', () => parseRepositoryUrl(sources.gitRemote?.())],
    ['the config\'s "repository:"', () => fromNwo(config.repository)],
    ['the config\'s "source:"', () => parseRepositoryUrl(config.source)],
  ];
  for (const [from, find] of candidates) {
    const repo = find();
    // The branch: the config's, else the one a CI build checked out (Pages builds its default).
    const branch =
      config.branch ?? (env.GITHUB_REF_TYPE === 'branch' ? env.GITHUB_REF_NAME : undefined);
    if (repo) return { values: valuesOf(repo, branch, env), from };
  }
  return undefined;
}

/** URL of the git remote `origin` of the repository holding `dir`; undefined without git or remote. */
export function readGitRemote(dir: string): string | undefined {
  try {
    const url = execFileSync('git', ['remote', 'get-url', 'origin'], {
      cwd: dir,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      timeout: 5000,
    }).trim();
    return url || undefined;
  } catch {
    return undefined;
  }
}
