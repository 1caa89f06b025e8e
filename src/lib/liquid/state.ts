import type { Context, Token } from 'liquidjs';
import type { DiagnosticBag } from '../diagnostics.ts';
import type { RuleWith } from '../rules.ts';
import { trackerOf } from './line-tracker.ts';
import type { LiquidLesson } from './types.ts';

/** What tags and filters need to know about the render they are part of. */
export interface RenderState {
  lesson: LiquidLesson;
  /** Where this render's warnings go (kept only if the render is the one that succeeds). */
  bag: DiagnosticBag;
  /** Line of the page file on which the rendered text starts. */
  firstLine: number;
  /** Lesson-relative path of the page, when known. */
  file?: string;
  /** Warnings already given in this render that are given once per page. */
  once: Set<string>;
}

/**
 * One state per liquidjs context (includes share their page's context). A map rather than a scope
 * variable, because liquidjs calls function values it reads from the scope.
 */
const states = new WeakMap<Context, RenderState>();

export const setState = (ctx: Context, state: RenderState) => states.set(ctx, state);

export function stateOf(ctx: Context): RenderState {
  const state = states.get(ctx);
  if (!state) throw new Error('Liquid render without a lesson state (use renderLiquid)');
  return state;
}

/** Line of the page at which `token` (or, without one, the tag being rendered) is reported. */
function pageLine(ctx: Context, token?: Token): number {
  const state = stateOf(ctx);
  const tracker = trackerOf(ctx);
  const line = !tracker ? 1 : token ? tracker.pageLineOf(token) : tracker.currentPageLine();
  return state.firstLine + line - 1;
}

/** A warning at the page line of `token`. */
export function warn(
  ctx: Context,
  rule: RuleWith<'warning'>,
  message: string,
  token?: Token,
  hint?: string,
): void {
  stateOf(ctx).bag.warn(rule, message, pageLine(ctx, token), hint);
}
