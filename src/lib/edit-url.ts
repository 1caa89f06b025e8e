/**
 * URL of the page that edits `file` (lesson-relative) in the lesson's repository, for hosts
 * whose edit URL we know (GitHub, GitLab, Codeberg/Gitea); undefined otherwise.
 */
export function editUrl(
  source: string | undefined,
  branch: string,
  file: string,
): string | undefined {
  if (!source || !file) return undefined;
  let url: URL;
  try {
    url = new URL(source);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  const repo = url.href.replace(/\/+$/, '').replace(/\.git$/, '');
  const path = file.split('/').map(encodeURIComponent).join('/');
  const ref = encodeURIComponent(branch);
  const host = url.hostname.toLowerCase();
  if (host === 'github.com' || host === 'www.github.com') return `${repo}/edit/${ref}/${path}`;
  if (host === 'gitlab.com' || host.startsWith('gitlab.')) return `${repo}/-/edit/${ref}/${path}`;
  if (host === 'codeberg.org') return `${repo}/_edit/${ref}/${path}`;
  return undefined;
}
