import { LiquidError, type Liquid, type Template } from 'liquidjs';
import { constructAt, type Literals } from './literal.ts';
import { registerUnknownTags } from './tags.ts';

/** A construct Liquid could not read, kept as text. */
export interface Unreadable {
  /** liquidjs' message, without its position. */
  reason: string;
  /** The author's text that is kept (the whole construct, or its unclosed opening braces). */
  construct: string;
  /** Line of the construct in the text (1-based). */
  line: number;
}

/** 1-based line of an offset; placeholders keep every line break, so it is the author's line. */
export const lineAt = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

/** liquidjs' message without the `, line:1, col:3` it appends. */
export const reasonOf = (error: Error) =>
  error.message.replace(/(?:, file:[^,]*)?, line:\d+, col:\d+$/, '');

/** Where in `source` a Liquid error happened, when its token is in `source`. */
export function errorOffset(error: unknown, source: string): number | undefined {
  if (!LiquidError.is(error)) return undefined;
  const token = (error as LiquidError & { token?: { input: string; begin: number } }).token;
  return token && token.input === source ? token.begin : undefined;
}

/**
 * Parse `text`, keeping every construct Liquid cannot read as the author's text (see `Literals`)
 * and telling `onUnreadable` about each. Returns the templates and the text they were parsed from
 * (with placeholders; its lines are the text's lines).
 */
export function parseTolerant(
  liquid: Liquid,
  text: string,
  literals: Literals,
  onUnreadable: (problem: Unreadable) => void,
): { templates: Template[]; source: string } {
  registerUnknownTags(liquid, text);
  let source = text;
  // Every round keeps at least one opening brace pair as text, so this ends.
  for (;;) {
    try {
      return { templates: liquid.parse(source), source };
    } catch (error) {
      if (!LiquidError.is(error)) throw error;
      const offset = errorOffset(error, source);
      const range = offset === undefined ? undefined : constructAt(source, offset);
      // No position to go by: the whole text is kept as written.
      const [start, end] = range ?? [0, source.length];
      onUnreadable({
        reason: reasonOf(error),
        construct: literals.restore(source.slice(start, end)),
        line: lineAt(source, start),
      });
      source = literals.keep(source, start, end);
    }
  }
}
