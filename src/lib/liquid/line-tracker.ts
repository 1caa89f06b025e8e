import {
  toValue,
  TokenKind,
  type Context,
  type Emitter,
  type Liquid,
  type Template,
  type Token,
} from 'liquidjs';

/** liquidjs' own emitters turn values into text this way (its `stringify` is not exported). */
export function stringify(value: unknown): string {
  const plain = toValue(value);
  if (typeof plain === 'string') return plain;
  if (plain === null || plain === undefined) return '';
  if (Array.isArray(plain)) return plain.map(stringify).join('');
  return String(plain);
}

/**
 * An emitter that knows, for every line it writes, which line of its template the text came from.
 * Text copied from the template (`HTMLToken`s, raw blocks) keeps its own lines; what a tag or an
 * output writes (an include, a value) belongs to the line of that tag in the template, or of the
 * include tag when the tag sits in an included file. So a multi-line comment that renders to
 * nothing, or an include that renders to twenty lines, moves no diagnostic off the author's line.
 */
export class LineTracker implements Emitter {
  buffer = '';
  /** Template line (1-based) of each output line; the last one is being written. */
  readonly lines: number[] = [1];
  /** Whether a computed value (not a copy of the template) wrote on each output line. */
  readonly computed: boolean[] = [false];
  /** The current output line has no character yet: its template line may still change. */
  private open = true;
  private readonly stack: Token[] = [];
  private readonly lineStarts: number[] = [0];

  /**
   * @param input the template text whose tokens this tracker maps
   * @param pageLine for an included file: the line of the include tag in the page, which is where
   *   anything in the include is reported
   */
  readonly input: string;
  readonly pageLine: number | undefined;

  constructor(input: string, pageLine?: number) {
    this.input = input;
    this.pageLine = pageLine;
    for (let i = input.indexOf('\n'); i !== -1; i = input.indexOf('\n', i + 1))
      this.lineStarts.push(i + 1);
  }

  /** 1-based line of an offset in `input`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return low + 1;
  }

  enter(token: Token): void {
    this.stack.push(token);
  }

  leave(): void {
    this.stack.pop();
  }

  /** Line of the innermost template token being rendered that belongs to `input`. */
  private anchor(): number {
    for (let i = this.stack.length - 1; i >= 0; i--)
      if (this.stack[i]!.input === this.input) return this.lineAt(this.stack[i]!.begin);
    return 1;
  }

  /** Line of a token in `input` (a token of an included file: the tag that included it). */
  lineOf(token: Token): number {
    return token.input === this.input ? this.lineAt(token.begin) : this.anchor();
  }

  /** Line in the page being rendered at which `token` is reported. */
  pageLineOf(token: Token): number {
    return this.pageLine ?? this.lineOf(token);
  }

  /** Line in the page of the tag being rendered now. */
  currentPageLine(): number {
    return this.pageLine ?? this.anchor();
  }

  write(html: unknown): void {
    this.writeAt(stringify(html));
  }

  /**
   * Write `text`; when it is a copy of `input` from `offset` on, its lines map one to one.
   * Otherwise (`offset` undefined) it is a value a tag or an output computed, and belongs to the
   * token being rendered.
   */
  writeAt(text: string, offset = this.copiedFrom(text)): void {
    if (!text) return;
    const computed = offset === undefined;
    const anchor = computed ? this.anchor() : 0;
    const lineOf = (i: number) => (computed ? anchor : this.lineAt(offset + i));
    if (computed) this.computed[this.computed.length - 1] = true;
    let start = 0;
    for (let newline = text.indexOf('\n'); ; newline = text.indexOf('\n', start)) {
      const end = newline === -1 ? text.length : newline;
      if (end > start && this.open) {
        this.lines[this.lines.length - 1] = lineOf(start);
        this.open = false;
      }
      if (newline === -1) break;
      this.lines.push(lineOf(newline + 1));
      this.computed.push(computed);
      this.open = true;
      start = newline + 1;
    }
    this.buffer += text;
  }

  /** Where in `input` the token being rendered starts `text`, if it is copying it verbatim. */
  private copiedFrom(text: string): number | undefined {
    const token = this.stack.at(-1);
    if (!token || token.input !== this.input) return undefined;
    const start =
      token.kind === TokenKind.HTML
        ? token.begin + ((token as Token & { trimLeft?: number }).trimLeft ?? 0)
        : token.begin;
    return this.input.startsWith(text, start) ? start : undefined;
  }

  /** The output, line by line, each with the template line it came from. */
  result(): { text: string; line: number; computed: boolean }[] {
    return this.buffer
      .split('\n')
      .map((text, i) => ({ text, line: this.lines[i] ?? 1, computed: this.computed[i] ?? false }));
  }
}

/** The tracker of each render, by its liquidjs context. */
const trackers = new WeakMap<Context, LineTracker>();

export const trackerOf = (ctx: Context): LineTracker | undefined => trackers.get(ctx);

/** Track `ctx` with `tracker` while `run` renders; the previous tracker comes back after. */
export function* withTracker<T>(
  ctx: Context,
  tracker: LineTracker,
  run: () => Generator<unknown, T, unknown>,
): Generator<unknown, T, unknown> {
  const previous = trackers.get(ctx);
  trackers.set(ctx, tracker);
  try {
    return yield* run();
  } finally {
    if (previous) trackers.set(ctx, previous);
    else trackers.delete(ctx);
  }
}

/** A plain emitter, for blocks that render to a value (`capture`, include names). */
class BufferEmitter implements Emitter {
  buffer = '';
  write(html: unknown): void {
    this.buffer += stringify(html);
  }
}

type RenderTemplates = (
  templates: Template[],
  ctx: Context,
  emitter?: Emitter,
) => IterableIterator<unknown>;

/**
 * Make `liquid` tell the tracker of each render which template it is rendering, at every depth
 * (inside `if`, `for`, includes). Renders without a tracker run exactly as before.
 */
export function trackTemplates(liquid: Liquid): void {
  const renderer = liquid.renderer as unknown as { renderTemplates: RenderTemplates };
  const original = renderer.renderTemplates.bind(renderer);
  renderer.renderTemplates = function* (templates, ctx, emitter) {
    const tracker = trackers.get(ctx);
    if (!tracker) return yield* original(templates, ctx, emitter);
    const out = emitter ?? new BufferEmitter();
    for (const template of templates) {
      tracker.enter(template.token);
      try {
        yield* original([template], ctx, out);
      } finally {
        tracker.leave();
      }
      if (ctx.breakCalled || ctx.continueCalled) break;
    }
    return out.buffer;
  };
}
