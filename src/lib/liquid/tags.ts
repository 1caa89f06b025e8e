import {
  Tag,
  type Context,
  type Emitter,
  type Liquid,
  type Parser,
  type TagToken,
  type Template,
  type TopLevelToken,
} from 'liquidjs';
import { trackerOf } from './line-tracker.ts';
import { stateOf, warn } from './state.ts';

const isTag = (token: TopLevelToken, name: string): token is TagToken =>
  (token as TagToken).name === name && 'args' in token;

/**
 * `{% comment %}` as Ruby Liquid reads it: comments nest (`{% comment %}…{% comment %}…{% endcomment
 * %}…{% endcomment %}` is one comment), and a comment that never closes is an error (Jekyll stops),
 * which renderLiquid turns into a warning with the tag kept as text. Renders to nothing; the line
 * tracker keeps later lines on their author's line numbers.
 */
export class CommentTag extends Tag {
  constructor(token: TagToken, remaining: TopLevelToken[], liquid: Liquid) {
    super(token, remaining, liquid);
    let depth = 1;
    while (remaining.length) {
      const next = remaining.shift()!;
      if (isTag(next, 'comment')) depth++;
      else if (isTag(next, 'endcomment') && --depth === 0) return;
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  *render(): Generator<unknown, void, unknown> {}
}

/** `{% raw %}`: its text exactly as written, on its own lines. */
export class RawTag extends Tag {
  private readonly tokens: TopLevelToken[] = [];

  constructor(token: TagToken, remaining: TopLevelToken[], liquid: Liquid) {
    super(token, remaining, liquid);
    while (remaining.length) {
      const next = remaining.shift()!;
      if (isTag(next, 'endraw')) return;
      this.tokens.push(next);
    }
    throw new Error(`tag ${token.getText()} not closed`);
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const tracker = trackerOf(ctx);
    for (const token of this.tokens) {
      if (emitter === tracker) {
        tracker.enter(token);
        tracker.writeAt(token.getText(), token.begin);
        tracker.leave();
      } else emitter.write(token.getText());
    }
  }
}

/**
 * `{% highlight lang %}…{% endhighlight %}` (Jekyll) becomes a fenced code block in that language,
 * which the generator highlights like any other. Liquid inside is rendered, as Jekyll did; options
 * such as `linenos` are ignored.
 */
export class HighlightTag extends Tag {
  private readonly language: string;
  private readonly templates: Template[] = [];
  private readonly body: string;
  private readonly end: TagToken;

  constructor(token: TagToken, remaining: TopLevelToken[], liquid: Liquid, parser: Parser) {
    super(token, remaining, liquid);
    this.language = token.args.trim().split(/\s+/)[0] ?? '';
    let end: TagToken | undefined;
    const stream = parser
      .parseStream(remaining)
      .on('tag:endhighlight', (close: TagToken) => {
        end = close;
        stream.stop();
      })
      .on('template', (template: Template) => this.templates.push(template))
      .on('end', () => {
        throw new Error(`tag ${token.getText()} not closed`);
      });
    stream.start();
    this.end = end!;
    this.body = token.input.slice(token.end, this.end.begin);
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const input = this.token.input;
    const longest = Math.max(2, ...[...this.body.matchAll(/`+/g)].map((m) => m[0].length));
    const fence = '`'.repeat(longest + 1);
    const lineStart = input.lastIndexOf('\n', this.token.begin - 1) + 1;
    const before = /\S/.test(input.slice(lineStart, this.token.begin)) ? '\n' : '';
    emitter.write(`${before}${fence}${this.language}${this.body.startsWith('\n') ? '' : '\n'}`);
    yield this.liquid.renderer.renderTemplates(this.templates, ctx, emitter);
    // The closing fence stands on the line of {% endhighlight %}.
    const tracker = emitter === trackerOf(ctx) ? trackerOf(ctx) : undefined;
    tracker?.enter(this.end);
    emitter.write(`${this.body.endsWith('\n') ? '' : '\n'}${fence}`);
    tracker?.leave();
    const lineEnd = input.indexOf('\n', this.end.end);
    if (/\S/.test(input.slice(this.end.end, lineEnd === -1 ? undefined : lineEnd)))
      emitter.write('\n');
  }
}

/** `{% link path %}`: the site-root URL of the page built from that source (Jekyll 3, no base path). */
export class LinkTag extends Tag {
  private readonly path: string;

  constructor(token: TagToken, remaining: TopLevelToken[], liquid: Liquid) {
    super(token, remaining, liquid);
    this.path = token.args.trim();
  }

  *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
    const url = stateOf(ctx).lesson.linkTo(this.path);
    if (url === undefined)
      warn(
        ctx,
        'liquid/missing-link',
        `{% link ${this.path} %}: no page is built from ${this.path}`,
        this.token,
        'Check the file name and folder.',
      );
    emitter.write(url ?? `/${this.path.replace(/\.md$/, '/')}`);
  }
}

/** A tag this generator does not know: dropped, with a warning naming it. */
class DroppedTag extends Tag {
  *render(ctx: Context): Generator<unknown, void, unknown> {
    warn(
      ctx,
      'liquid/unknown-tag',
      `{% ${this.name} %} is a Jekyll tag this generator does not support; it is dropped`,
      this.token,
      'Remove the tag or replace it with plain Markdown.',
    );
  }
}

const tagNames = /\{%-?\s*([A-Za-z_]\w*)/g;

/** Words that only occur inside a known block (`{% else %}`), parsed by that block's tag. */
const blockKeywords = new Set(['else', 'elsif', 'when', 'break', 'continue']);

/** Names registered as dropped, per engine, so `{% endfoo %}` follows `{% foo %}`. */
const droppedNames = new WeakMap<Liquid, Set<string>>();

/**
 * Register every tag name `text` uses that the engine does not know as a dropped tag, so the page
 * still parses. Ruby Liquid refuses unknown tags (Jekyll stops); a warning is the lenient reading.
 */
export function registerUnknownTags(liquid: Liquid, text: string): void {
  const dropped = droppedNames.get(liquid) ?? new Set<string>();
  droppedNames.set(liquid, dropped);
  for (const [, name] of text.matchAll(tagNames)) {
    if (name! in liquid.tags || blockKeywords.has(name!)) continue;
    const opener = name!.startsWith('end') ? name!.slice(3) : undefined;
    if (opener && opener in liquid.tags && !dropped.has(opener)) continue; // {% endif %}, {% endraw %}
    liquid.registerTag(name!, DroppedTag);
    dropped.add(name!);
  }
}
