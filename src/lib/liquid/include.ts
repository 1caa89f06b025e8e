import { posix } from 'node:path';
import {
  Hash,
  LiquidError,
  Tag,
  TokenKind,
  type Context,
  type Emitter,
  type Liquid,
  type Parser,
  type TagToken,
  type Template,
  type TopLevelToken,
} from 'liquidjs';
import { LineTracker, trackerOf, withTracker } from './line-tracker.ts';
import { Literals } from './literal.ts';
import { stateOf, warn } from './state.ts';
import { themeIncludeImplementations } from './theme-includes.ts';
import { parseTolerant, reasonOf } from './tolerant.ts';

const includeDepthLimit = 10;

/** Jekyll's own rules for include names (`IncludeTag#validate_file_name`). */
const validName = /^[\w/.\-()+~#@]+$/;
const invalidSequence = /[./]{2,}/;

/** How deep each render is in includes, by its context. */
const depths = new WeakMap<Context, number>();

/**
 * `{% include name key=value key2="text" %}` and `{% include_relative path %}` as Jekyll runs them:
 * the tag may span lines; the name may be built from variables (`{% include {{ site.snippets
 * }}/x.snip %}`); parameters are read in the included file as `{{ include.key }}`; assignments in
 * the included file stay visible after it, as in Ruby Liquid. `include` reads `_includes/`,
 * `include_relative` the page's own folder, both through the lesson-file gate.
 *
 * Theme includes: `mapped` (the generator's table) wins over the lesson's file; the theme
 * implementations (`figure.html`, …) stand in only when the lesson has no such file.
 */
export function includeTag(mapped: Readonly<Record<string, string>>) {
  return class IncludeTag extends Tag {
    private readonly file: string | Template[];
    private readonly hash: Hash;
    private readonly relative: boolean;

    constructor(token: TagToken, remaining: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remaining, liquid);
      this.relative = token.name === 'include_relative';
      const name = parser.parseTokens([...this.tokenizer.readFileNameTemplate(liquid.options)]);
      const only = name.length === 1 ? name[0]!.token : undefined;
      this.file =
        only?.kind === TokenKind.HTML
          ? (only as typeof only & { getContent(): string }).getContent()
          : name.length
            ? name
            : '';
      this.hash = new Hash(this.tokenizer, true);
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const name = (
        typeof this.file === 'string'
          ? this.file
          : ((yield this.liquid.renderer.renderTemplates(this.file, ctx)) as string)
      ).trim();
      const params = (yield this.hash.render(ctx)) as Record<string, unknown>;
      const text = yield* this.includedText(ctx, name, params);
      if (text) emitter.write(text);
    }

    /** What the include writes: the rendered file, a theme implementation, or nothing. */
    private *includedText(
      ctx: Context,
      name: string,
      params: Record<string, unknown>,
    ): Generator<unknown, string, unknown> {
      const tag = this.relative ? 'include_relative' : 'include';
      const shown = `{% ${tag} ${name} %}`;
      if (!name) {
        warn(
          ctx,
          'liquid/include-syntax',
          `{% ${tag} %} names no file; the tag is dropped`,
          this.token,
          'Write the file name after the tag name.',
        );
        return '';
      }
      if (!this.relative && name in mapped) return mapped[name]!;
      if (invalidSequence.test(name) || !validName.test(name)) {
        warn(
          ctx,
          'liquid/refused-include',
          `${shown}: Jekyll refuses this file name (".." or "//", or characters outside letters, digits and /._-()+~#@); the tag is dropped`,
          this.token,
          'Keep included files inside the lesson and name them plainly.',
        );
        return '';
      }
      const state = stateOf(ctx);
      const path = this.relative
        ? posix.join(posix.dirname(state.file ?? ''), name)
        : `_includes/${name.replace(/^\/+/, '')}`;
      const depth = depths.get(ctx) ?? 0;
      if (depth >= includeDepthLimit) {
        warn(
          ctx,
          'liquid/include-loop',
          `${shown} is nested more than ${includeDepthLimit} deep (does it include itself?)`,
          this.token,
        );
        return '';
      }
      const read = state.lesson.readFile(path);
      if (read === undefined) {
        const theme = this.relative ? undefined : themeIncludeImplementations[name];
        if (theme) return theme(params, ctx, this.token);
        warn(
          ctx,
          'liquid/missing-include',
          `${shown}: no file ${path} in the lesson; the tag is dropped`,
          this.token,
          `Create ${path} or remove the tag.`,
        );
        return '';
      }
      if ('refused' in read) {
        warn(
          ctx,
          'liquid/refused-include',
          `${shown}: ${path} ${read.refused}; the tag is dropped`,
          this.token,
          'Keep included files inside the lesson.',
        );
        return '';
      }
      return yield* this.renderFile(ctx, path, read.text, params, depth);
    }

    /** Render an included file in the page's context, its lines reported at this tag's line. */
    private *renderFile(
      ctx: Context,
      path: string,
      text: string,
      params: Record<string, unknown>,
      depth: number,
    ): Generator<unknown, string, unknown> {
      const literals = new Literals();
      const { templates, source } = parseTolerant(this.liquid, text, literals, (problem) =>
        warn(
          ctx,
          'liquid/syntax',
          `${path}, included here: Liquid cannot read ${problem.construct.trim()} (${problem.reason}); it is shown as written`,
          this.token,
          'Fix the Liquid in the included file, or wrap literal braces in {% raw %}…{% endraw %}.',
        ),
      );
      const tracker = new LineTracker(source, trackerOf(ctx)?.pageLineOf(this.token) ?? 1);
      const { renderer } = this.liquid;
      ctx.push({ include: params });
      depths.set(ctx, depth + 1);
      try {
        yield* withTracker(ctx, tracker, function* (this: void) {
          return yield renderer.renderTemplates(templates, ctx, tracker);
        });
      } catch (error) {
        if (!LiquidError.is(error)) throw error;
        warn(
          ctx,
          'liquid/include-failed',
          `{% include ${path} %}: Liquid failed in the included file (${reasonOf(error as Error)}); it is dropped`,
          this.token,
          'Fix the Liquid in the included file.',
        );
        return '';
      } finally {
        depths.set(ctx, depth);
        ctx.pop();
      }
      let lines = tracker.result();
      // kramdown reads an HTML include as one block whatever blank lines its Liquid tags leave;
      // CommonMark ends an HTML block at a blank line. A line the author wrote with text on it
      // that Liquid left blank is therefore dropped (a value's own blank lines are kept).
      if (path.endsWith('.html')) {
        const sourceLines = source.split('\n');
        lines = lines.filter(
          (line) => line.text.trim() || line.computed || !sourceLines[line.line - 1]?.trim(),
        );
      }
      return literals.restore(lines.map((line) => line.text).join('\n'));
    }
  };
}
