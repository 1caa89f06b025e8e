import { Context, Drop, Liquid, LiquidError, toValueSync } from 'liquidjs';
import { DiagnosticBag } from './diagnostics.ts';
import type { GithubMetadata } from './github-metadata.ts';
import { baseurlOf, registerJekyllFilters } from './liquid/filters.ts';
import { includeTag } from './liquid/include.ts';
import { LineTracker, trackTemplates, withTracker } from './liquid/line-tracker.ts';
import { constructAt, Literals } from './liquid/literal.ts';
import { setState, stateOf, warn } from './liquid/state.ts';
import { CommentTag, HighlightTag, LinkTag, RawTag } from './liquid/tags.ts';
import {
  errorOffset,
  lineAt,
  parseTolerant,
  reasonOf,
  type Unreadable,
} from './liquid/tolerant.ts';
import type { LiquidLesson, LiquidPage } from './liquid/types.ts';
import { dropUnknownUrls, unknownValue } from './liquid/unknown-urls.ts';
import { joinLines, toLines, type SourceLine } from './normalise/lines.ts';

import { slotPlaceholder } from './normalise/directives.ts';

export type { LiquidLesson, LiquidPage } from './liquid/types.ts';

/**
 * Jekyll's Liquid (Ruby Liquid, lax, as GitHub Pages ran it) on liquidjs. What styles lessons use:
 *
 * | construct                                   | here                                                   |
 * |---------------------------------------------|--------------------------------------------------------|
 * | `{{ x }}`, filters, `if`/`unless`/`case`, `for`, `assign`, `capture`, `raw` | liquidjs, as Ruby Liquid           |
 * | `{% comment %}`                             | nests, as in Ruby Liquid; keeps later lines' numbers   |
 * | `{% include f k=v %}` / `include_relative`  | Jekyll's: parameters as `include.k`, names from `{{ }}`, tags over several lines, through the lesson-file gate |
 * | theme includes (`syllabus.html`, …)         | the table below; `figure.html`, `gh_variables.html`, `curriculum.html` when the lesson has none |
 * | `{% link p %}`                              | the page's site URL                                    |
 * | `{% highlight l %}`                         | a fenced code block in `l`                             |
 * | `relative_url`, `absolute_url`              | with the base path and origin the site is built for    |
 * | `markdownify`                               | the Markdown itself, set apart when it spans lines     |
 * | `slugify`, `jsonify`, `where`, `sort`, `date`, `strip_html`, `number_of_words`, … | liquidjs' Jekyll filters |
 * | `site.X`                                    | the config; `baseurl`/`url` of the build; `episodes`, `pages`, each collection (`extras`…), `data` (`_data/`) |
 * | `site.github.X`                             | jekyll-github-metadata's values, from the repository (see `resolveGithubMetadata`) |
 * | `page.X`, `jekyll.environment`              | frontmatter, `root`, `path`; `production`              |
 * | any other tag (`{% seo %}`, …)              | dropped with a warning naming it                       |
 * | Liquid it cannot read                       | kept as the author's text, with a warning              |
 */

/**
 * Theme includes that a lesson calls but that lived in the Jekyll theme. `links.md` is appended
 * to every page by the loader, so its include expands to nothing; the others become markers the
 * page layout replaces with the generator's own component, or are dropped.
 */
const themeIncludes: Record<string, string> = {
  'links.md': '',
  'base_path.html': '',
  'syllabus.html': slotPlaceholder('schedule'),
  'carpentries.html': slotPlaceholder('about'),
  'manual_episode_order.html': '',
  'aio-script.md': slotPlaceholder('all-in-one'),
  'all_figures.html': slotPlaceholder('figures'),
};

const unknownRepositoryHint =
  'Build in GitHub Actions or from a git clone, or set "repository: owner/name" in _config.yml ("source:" in config.yaml).';

/**
 * `site.github`: jekyll-github-metadata's values. A value that cannot be known (no repository, or
 * one only GitHub's API has) warns once per page and renders as the unknown marker, which takes
 * links built from it out of the page (`dropUnknownUrls`).
 */
class GithubDrop extends Drop {
  readonly #metadata: GithubMetadata | undefined;

  constructor(metadata: GithubMetadata | undefined) {
    super();
    this.#metadata = metadata;
  }

  override liquidMethodMissing(key: string | number, ctx: Context): unknown {
    const value = this.#metadata?.values[key];
    if (value !== undefined) return value;
    const state = stateOf(ctx);
    if (!state.once.has('github')) {
      state.once.add('github');
      if (this.#metadata)
        warn(
          ctx,
          'liquid/unknown-github',
          `site.github.${key} comes from GitHub's API, which this build does not ask; it is empty, and a link built from it is shown without an address`,
          undefined,
          'Write the value in the page or the config instead.',
        );
      else
        warn(
          ctx,
          'liquid/unknown-github',
          `site.github.${key}: the lesson's repository is not known (no GITHUB_REPOSITORY, no git remote "origin", no "repository:" or "source:" in the config); a link built from it is shown without an address`,
          undefined,
          unknownRepositoryHint,
        );
    }
    return unknownValue;
  }
}

export function createLessonLiquid(lesson: LiquidLesson): Liquid {
  const liquid = new Liquid({
    jekyllInclude: true,
    jekyllWhere: true,
    strictFilters: false,
    strictVariables: false,
    cache: false,
  });
  trackTemplates(liquid);
  const include = includeTag(themeIncludes);
  liquid.registerTag('include', include);
  liquid.registerTag('include_relative', include);
  liquid.registerTag('comment', CommentTag);
  liquid.registerTag('raw', RawTag);
  liquid.registerTag('highlight', HighlightTag);
  liquid.registerTag('link', LinkTag);
  registerJekyllFilters(liquid, lesson);
  return liquid;
}

/** Labels of link definitions taken out for an unknown address, per engine (links.md → pages). */
const droppedLabels = new WeakMap<Liquid, Set<string>>();

/** The variables every page sees. */
function scopeOf(page: LiquidPage, lesson: LiquidLesson): Record<string, unknown> {
  // The styles template's `repo_url` (gh_variables.html): unknown without a repository.
  const repoUrl = lesson.github?.values.repository_url ?? lesson.site.repo_url ?? unknownValue;
  return {
    site: {
      ...lesson.site,
      // Where the site is built for, not where the config says (a fork, BASE_PATH).
      baseurl: baseurlOf(lesson.base),
      url: (lesson.siteUrl ?? '').replace(/\/+$/, ''),
      github: new GithubDrop(lesson.github),
    },
    page: { path: page.file, ...page.page },
    jekyll: { environment: 'production' },
    relative_root_path: page.page.root,
    repo_url: repoUrl,
    source_branch: lesson.site.source_branch,
  };
}

const shorten = (text: string) => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 59)}…` : flat;
};

/**
 * Render Liquid in one page, line by line: each output line carries the line of the page file it
 * came from, so diagnostics after a comment or an include still name the author's line.
 *
 * Nothing the author wrote vanishes: a construct Liquid cannot read (an unclosed `{% if %}`, a
 * stray `{% endcomment %}`, `{{ }}`) is kept as written, with a warning; the rest of the page is
 * rendered. Jekyll stopped on such a page; sandpaper, which never runs Liquid, showed it as written.
 */
export function renderLiquidLines(
  liquid: Liquid,
  text: string,
  page: LiquidPage,
  lesson: LiquidLesson,
): SourceLine[] {
  const dropped = droppedLabels.get(liquid) ?? new Set<string>();
  droppedLabels.set(liquid, dropped);
  if (!text.includes('{%') && !text.includes('{{'))
    return toLines(dropUnknownUrls(text, dropped), page.firstLine);

  const literals = new Literals();
  const unreadable: Unreadable[] = [];
  const parse = (input: string) =>
    parseTolerant(liquid, input, literals, (problem) => unreadable.push(problem));
  let { templates, source } = parse(text);
  for (;;) {
    const bag = new DiagnosticBag(page.bag.file);
    const scope = scopeOf(page, lesson);
    const ctx = new Context(scope, liquid.options, { sync: true }, { liquid });
    const tracker = new LineTracker(source);
    const once = new Set<string>();
    setState(ctx, { lesson, bag, firstLine: page.firstLine, file: page.file, once });
    if (scope.repo_url === unknownValue) warnRepoUrlUse(source, page.firstLine, bag, once);
    try {
      toValueSync(
        withTracker(ctx, tracker, function* () {
          return yield liquid.renderer.renderTemplates(templates, ctx, tracker);
        }),
      );
    } catch (error) {
      // A render error (a parse error was handled above): that construct is kept as text too.
      if (!LiquidError.is(error)) throw error;
      const offset = errorOffset(error, source);
      const [start, end] = (offset === undefined ? undefined : constructAt(source, offset)) ?? [
        0,
        source.length,
      ];
      unreadable.push({
        reason: reasonOf(error as Error),
        construct: literals.restore(source.slice(start, end)),
        line: lineAt(source, start),
      });
      ({ templates, source } = parse(literals.keep(source, start, end)));
      continue;
    }
    for (const problem of unreadable)
      page.bag.warn(
        'liquid/syntax',
        unreadableMessage(problem, lesson.format),
        page.firstLine + problem.line - 1,
        'Close every {% if %}/{% for %} with its {% endif %}/{% endfor %}, or wrap literal braces in {% raw %}…{% endraw %}.',
      );
    page.bag.items.push(...bag.items);
    const lines = tracker.result();
    const cleaned = dropUnknownUrls(lines.map((line) => line.text).join('\n'), dropped).split('\n');
    return lines.map((line, i) => ({
      text: literals.restore(cleaned[i] ?? ''),
      line: page.firstLine + line.line - 1,
    }));
  }
}

/**
 * `repo_url` is a plain variable, so its use cannot warn when read: the first place the page
 * names it gets the warning (once per page, with `site.github`'s).
 */
function warnRepoUrlUse(source: string, firstLine: number, bag: DiagnosticBag, once: Set<string>) {
  const use = /\brepo_url\b/.exec(source);
  if (!use) return;
  once.add('github');
  bag.warn(
    'liquid/unknown-github',
    'repo_url: the lesson\'s repository is not known (no GITHUB_REPOSITORY, no git remote "origin", no "repository:" or "source:" in the config); a link built from it is shown without an address',
    firstLine + lineAt(source, use.index) - 1,
    unknownRepositoryHint,
  );
}

function unreadableMessage(problem: Unreadable, format: LiquidLesson['format']): string {
  const what = `Liquid cannot read ${shorten(problem.construct)} (${problem.reason})`;
  return format === 'workbench'
    ? `${what}; sandpaper does not run Liquid and showed it as written, and so does this site`
    : `${what}; Jekyll stops on this, so the page was never published this way; it is shown as written`;
}

/** `renderLiquidLines` as one text. */
export function renderLiquid(
  liquid: Liquid,
  text: string,
  page: LiquidPage,
  lesson: LiquidLesson,
): string {
  return joinLines(renderLiquidLines(liquid, text, page, lesson));
}
