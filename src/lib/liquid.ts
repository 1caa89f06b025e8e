import {
  Liquid,
  LiquidError,
  type Context,
  type Emitter,
  type TagToken,
  type TopLevelToken,
} from 'liquidjs';

/** liquidjs does not export its tag-options type; this is its shape as `registerTag` takes it. */
type TagImplOptions = Extract<Parameters<Liquid['registerTag']>[1], { render: unknown }>;
import type { DiagnosticBag } from './diagnostics.ts';
import { slotPlaceholder } from './normalise/directives.ts';

/**
 * Jekyll's Liquid, as styles lessons use it, on a real Liquid engine (liquidjs). What only the
 * Jekyll theme provided is mapped to this generator's equivalents here, in one table.
 */
export interface LiquidLesson {
  /** `site.X` variables: the lesson config plus anything the generator adds. */
  site: Record<string, unknown>;
  /**
   * Reads `_includes/<name>` from the lesson: its text, why it may not be read (a link out of
   * the lesson), or undefined when it does not exist.
   */
  readInclude(name: string): { text: string } | { refused: string } | undefined;
  /** Site-root URL (`/setup/`) of the page built from a source path such as `setup.md`, if any. */
  linkTo(sourcePath: string): string | undefined;
}

export interface LiquidPage {
  /** `page.X`: the page's frontmatter and `root`. */
  page: Record<string, unknown>;
  /** Line of the file on which `text` starts, for diagnostics. */
  firstLine: number;
  bag: DiagnosticBag;
}

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

const includeDepthLimit = 10;

/**
 * Warnings from tags go to the page being rendered. liquidjs calls function values it reads from
 * the scope, so the page travels as a plain object, read with `getSync`.
 */
function report(ctx: Context) {
  const page = ctx.getSync(['__page']) as Pick<LiquidPage, 'bag' | 'firstLine'>;
  return (rule: string, message: string, token: TagToken, hint?: string) =>
    page.bag.warn(rule, message, lineOf(token, page.firstLine), hint);
}

export function createLessonLiquid(lesson: LiquidLesson): Liquid {
  const liquid = new Liquid({
    jekyllInclude: true,
    strictFilters: false,
    strictVariables: false,
    cache: false,
  });

  liquid.registerTag('include', {
    parse(token: TagToken) {
      this.file = token.args.trim().split(/\s+/)[0] ?? '';
      this.source = token;
    },
    render(ctx: Context, emitter: Emitter) {
      const file = String(this.file);
      if (file in themeIncludes) {
        emitter.write(themeIncludes[file]);
        return;
      }
      const depth = Number(ctx.getSync(['__depth']) ?? 0);
      if (depth >= includeDepthLimit) {
        report(ctx)(
          'liquid/include-loop',
          `{% include ${file} %} is nested more than ${includeDepthLimit} deep (does it include itself?)`,
          this.source,
        );
        return;
      }
      const read = lesson.readInclude(file);
      if (read === undefined) {
        report(ctx)(
          'liquid/missing-include',
          `{% include ${file} %}: no file _includes/${file} in the lesson; the tag is dropped`,
          this.source,
          `Create _includes/${file} or remove the tag.`,
        );
        return;
      }
      if ('refused' in read) {
        report(ctx)(
          'liquid/refused-include',
          `{% include ${file} %}: _includes/${file} ${read.refused}; the tag is dropped`,
          this.source,
          'Keep included files inside the lesson.',
        );
        return;
      }
      const text = read.text;
      ctx.push({ __depth: depth + 1 });
      emitter.write(liquid.parseAndRenderSync(text, ctx.getAll() as object));
      ctx.pop();
    },
  });

  // A comment keeps its line breaks, so diagnostics on later lines still name the author's line.
  liquid.registerTag('comment', {
    parse(token: TagToken, remaining: TopLevelToken[]) {
      let text = token.getText();
      while (remaining.length) {
        const next = remaining.shift()!;
        text += next.getText();
        if ((next as TagToken).name === 'endcomment') break;
      }
      this.newlines = text.split('\n').length - 1;
    },
    render(_ctx: Context, emitter: Emitter) {
      emitter.write('\n'.repeat(Number(this.newlines)));
    },
  });

  liquid.registerTag('link', {
    parse(token: TagToken) {
      this.path = token.args.trim();
      this.source = token;
    },
    render(ctx: Context, emitter: Emitter) {
      const path = String(this.path);
      const url = lesson.linkTo(path);
      if (url === undefined)
        report(ctx)(
          'liquid/missing-link',
          `{% link ${path} %}: no page is built from ${path}`,
          this.source,
          'Check the file name and folder.',
        );
      emitter.write(url ?? `/${path.replace(/\.md$/, '/')}`);
    },
  });

  liquid.registerFilter('relative_url', (url: unknown) => String(url ?? ''));
  liquid.registerFilter('absolute_url', (url: unknown) => String(url ?? ''));
  liquid.registerFilter('markdownify', (text: unknown) => String(text ?? ''));
  liquid.registerFilter('jsonify', (value: unknown) => JSON.stringify(value));
  return liquid;
}

const tagNames = /\{%-?\s*([A-Za-z_]\w*)/g;

/**
 * Render Liquid in one page. A tag the engine does not know is dropped with a warning; if the
 * template cannot be parsed at all, every tag and output is stripped, so no raw `{% %}` or
 * `{{ }}` ever reaches a page.
 */
export function renderLiquid(
  liquid: Liquid,
  text: string,
  page: LiquidPage,
  lesson: LiquidLesson,
): string {
  if (!text.includes('{%') && !text.includes('{{')) return text;
  registerUnknownTags(liquid, text);
  const scope = {
    site: lesson.site,
    page: page.page,
    relative_root_path: page.page.root,
    repo_url: lesson.site.repo_url,
    source_branch: lesson.site.source_branch,
    __page: { bag: page.bag, firstLine: page.firstLine },
  };
  try {
    return liquid.parseAndRenderSync(text, scope);
  } catch (error) {
    if (!(error instanceof LiquidError)) throw error;
    const line = error.token ? lineOf(error.token as TagToken, page.firstLine) : page.firstLine;
    page.bag.error(
      'liquid/syntax',
      `Liquid could not read this page: ${error.message.split(',')[0]}`,
      line,
      'Close every {% if %}/{% for %} with its {% endif %}/{% endfor %}, or wrap literal braces in {% raw %}…{% endraw %}.',
    );
    return stripLiquid(text);
  }
}

/** Every tag and output removed, closed or not (an unclosed one runs to the end of its line). */
export function stripLiquid(text: string): string {
  return text
    .replace(/\{%[\s\S]*?%\}/g, '')
    .replace(/\{\{[\s\S]*?\}\}/g, '')
    .replace(/\{%.*$/gm, '')
    .replace(/\{\{.*$/gm, '');
}

function lineOf(token: { getPosition(): number[] }, firstLine: number): number {
  return firstLine + (token.getPosition()[0] ?? 1) - 1;
}

const droppedTag: TagImplOptions = {
  parse(token: TagToken, _remaining: TopLevelToken[]) {
    this.source = token;
  },
  render(ctx: Context) {
    report(ctx)(
      'liquid/unknown-tag',
      `{% ${this.source.name} %} is a Jekyll tag this generator does not support; it is dropped`,
      this.source,
      'Remove the tag or replace it with plain Markdown.',
    );
  },
};

/** Words that only occur inside a known block (`{% else %}`), parsed by that block's tag. */
const blockKeywords = new Set(['else', 'elsif', 'when', 'break', 'continue']);

/** Names registered as dropped, per engine, so `{% endhighlight %}` follows `{% highlight %}`. */
const droppedNames = new WeakMap<Liquid, Set<string>>();

function registerUnknownTags(liquid: Liquid, text: string): void {
  const dropped = droppedNames.get(liquid) ?? new Set<string>();
  droppedNames.set(liquid, dropped);
  for (const [, name] of text.matchAll(tagNames)) {
    if (name! in liquid.tags || blockKeywords.has(name!)) continue;
    const opener = name!.startsWith('end') ? name!.slice(3) : undefined;
    if (opener && opener in liquid.tags && !dropped.has(opener)) continue; // {% endif %}, {% endraw %}
    liquid.registerTag(name!, droppedTag);
    dropped.add(name!);
  }
}
