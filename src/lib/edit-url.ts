/** What a link into the lesson's repository does with a file: open the editor, or show it. */
type Action = 'edit' | 'view';

/** Each known host's path segments before the branch, per action. */
const hostPaths: { matches: (host: string) => boolean; edit: string; view: string }[] = [
  { matches: (h) => h === 'github.com' || h === 'www.github.com', edit: 'edit', view: 'blob' },
  { matches: (h) => h === 'gitlab.com' || h.startsWith('gitlab.'), edit: '-/edit', view: '-/blob' },
  { matches: (h) => h === 'codeberg.org', edit: '_edit', view: 'src/branch' },
];

function repositoryUrl(
  source: string | undefined,
  branch: string,
  file: string,
  action: Action,
): string | undefined {
  if (!source || !file) return undefined;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const host = hostPaths.find((h) => h.matches(url.hostname.toLowerCase()));
  if (!host) return undefined;
  const repo = url.href.replace(/\/+$/, '').replace(/\.git$/, '');
  const path = file.split('/').map(encodeURIComponent).join('/');
  return `${repo}/${host[action]}/${encodeURIComponent(branch)}/${path}`;
}

/**
 * URL of the page that edits `file` (lesson-relative) in the lesson's repository, for hosts
 * whose edit URL we know (GitHub, GitLab, Codeberg/Gitea); undefined otherwise.
 */
export const editUrl = (source: string | undefined, branch: string, file: string) =>
  repositoryUrl(source, branch, file, 'edit');

/** URL that shows `file` in the lesson's repository (a CITATION file the site does not publish). */
export const viewUrl = (source: string | undefined, branch: string, file: string) =>
  repositoryUrl(source, branch, file, 'view');
