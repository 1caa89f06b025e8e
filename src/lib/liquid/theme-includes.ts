import type { Context, TagToken } from 'liquidjs';
import { stringify } from './line-tracker.ts';
import { relativeUrl } from './filters.ts';
import { stateOf, warn } from './state.ts';
import { unknownValue } from './unknown-urls.ts';
import { escapeHtml } from '../attributes.ts';

/**
 * Includes that lived in a remote theme (the Carpentries theme, the HSF theme) and that lessons
 * call without having the file. Each writes what the theme's include showed, in Markdown or HTML
 * this generator renders; a lesson's own `_includes/<name>` always wins.
 */
export type ThemeInclude = (
  params: Record<string, unknown>,
  ctx: Context,
  token: TagToken,
) => string;

const escapeAttribute = (value: unknown) => escapeHtml(stringify(value));

/**
 * `{% include figure.html file="/fig/x.svg" alt="…" caption="…" url="…" max-width="40%" %}`: the
 * image (linked when `url` is set) and its caption in a `<figure>`. No blank line inside, so
 * CommonMark reads the figure as one HTML block; the caption may hold HTML, as in the theme.
 */
const figure: ThemeInclude = (params, ctx) => {
  const { base } = stateOf(ctx).lesson;
  const width = stringify(params['max-width']).trim();
  const image = `<img src="${escapeAttribute(relativeUrl(params.file, base))}" alt="${escapeAttribute(params.alt)}"${width ? ` style="max-width: ${escapeAttribute(width)}"` : ''}>`;
  const url = stringify(params.url).trim();
  const caption = stringify(params.caption)
    .split('\n')
    .filter((line) => line.trim())
    .join('\n');
  return [
    '<figure>',
    url ? `<a href="${escapeAttribute(url)}">${image}</a>` : image,
    ...(caption ? [`<figcaption>${caption}</figcaption>`] : []),
    '</figure>',
  ].join('\n');
};

/**
 * `gh_variables.html` assigns the repository's variables from `site.github` (jekyll-github-metadata)
 * for later tags in the page: `repo_url`, `repo_name`, `default_branch`, `source_branch`,
 * `project_title`, `search_domain_url`. Unknown repository: one warning here, and the values stay
 * unknown, so links built from them lose their address rather than point nowhere.
 */
const ghVariables: ThemeInclude = (_params, ctx, token) => {
  const state = stateOf(ctx);
  const { github, site } = state.lesson;
  const known = github?.values ?? {};
  // Once per page, shared with site.github's own warning: the cause is the same.
  if (!github && !state.once.has('github') && state.once.add('github'))
    warn(
      ctx,
      'liquid/unknown-github',
      '{% include gh_variables.html %}: the repository is not known, so repo_url and the other repository variables are unknown; links built from them are shown without an address',
      token,
      'Build in GitHub Actions (GITHUB_REPOSITORY), from a git clone with an "origin" remote, or set "repository: owner/name" in _config.yml.',
    );
  const value = (key: string) => (github ? (known[key] ?? '') : unknownValue);
  const repositories = known.public_repositories as { default_branch?: string }[] | undefined;
  const branch = repositories?.[0]?.default_branch ?? (site.source_branch as string | undefined);
  Object.assign(ctx.bottom(), {
    repo_name: value('repository_name'),
    repo_url: value('repository_url'),
    default_branch: github ? (branch ?? '') : unknownValue,
    search_domain_url: value('url'),
    project_title: value('project_title'),
    source_branch: github
      ? ((known.source as { branch?: string } | undefined)?.branch ?? branch ?? '')
      : unknownValue,
  });
  return '';
};

/** The HSF theme's banner: this module belongs to the HSF Software Training Center. */
const hsfCurriculum: ThemeInclude = () =>
  [
    '> ## HSF Software Training',
    '>',
    '> This lesson is one module of the [HSF Software Training Center](https://hepsoftwarefoundation.org/training/curriculum.html), a curriculum of software training for high-energy physics.',
    '{: .callout}',
  ].join('\n');

export const themeIncludeImplementations: Record<string, ThemeInclude> = {
  'figure.html': figure,
  'gh_variables.html': ghVariables,
  'curriculum.html': hsfCurriculum,
};
