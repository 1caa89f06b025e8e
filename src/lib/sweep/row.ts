import type { RuleId } from '../rules.ts';
import type { SweepFormat } from './discover.ts';

/**
 * A problem's rule: a registered id (`rules.ts`), or `build/<id>` for an error a lesson's build
 * printed, so the work list tells a build stopped by `yaml/syntax` from a `yaml/syntax` elsewhere.
 */
export type ProblemRule = RuleId | `build/${RuleId}`;

/** One thing wrong with a lesson's build, for the report's work list. */
export interface Problem {
  /** `reference/heading-id`, `raw-syntax/leak`, `links/not-reported`, `build/failed`… */
  rule: ProblemRule;
  /** `_episodes/02-foo.md:12`, a built page, or an episode slug. */
  where: string;
  what: string;
  /** How many items it stands for (3 missing challenges); 1 unless said. */
  count?: number;
  /** A finer grouping within the rule, for the work list (`underscores kept`). */
  category?: string;
  /**
   * The author's text it is about (a lost paragraph, a leaked attribute list): for the JSON and the
   * terminal only. `what` goes into the committed report, which must not copy the lessons' prose.
   */
  detail?: string;
}

/**
 * One lesson's line in the sweep. A count is undefined when it could not be measured (the build
 * failed, no reference toolchain): unknown is not zero, or a failing build would look like progress.
 */
export interface LessonRow {
  name: string;
  format: SweepFormat;
  episodes: number;
  /** Exit code of the build; 124 when it timed out. */
  exit: number;
  seconds: number;
  pages?: number;
  /** Source syntax shown as text (Liquid, IALs, fences), per occurrence in a page. */
  leaked?: number;
  /** Distinct third-party resources fetched on load, author's images apart. */
  thirdParty?: number;
  /** Distinct external images the author put in the pages (not held against the generator). */
  externalImages?: number;
  /** Distinct broken targets that `npm run check` reports at the source and that are absent from the lesson. */
  brokenReported?: number;
  /** Distinct broken targets that are the generator's fault. */
  brokenOurs?: number;
  /** Lowest share (0..1) of an episode's source words found on its page. */
  nothingLost?: number;
  /** Structural differences from the reference toolchain's episode pages; undefined without a reference. */
  referenceDiffs?: number;
  notes: string[];
  problems: Problem[];
}

/** An episode keeps at least this share of its author's words. */
export const nothingLostBar = 0.995;

/** Why a lesson is not clean; empty when it is. */
export function uncleanReasons(row: LessonRow): string[] {
  const reasons: string[] = [];
  if (row.exit !== 0) reasons.push(`build exited ${row.exit}`);
  // A build that worked but could not be measured proves nothing.
  else if (row.pages === undefined) reasons.push('the built site could not be measured');
  if (row.leaked) reasons.push(`${row.leaked} leaked source syntax`);
  if (row.thirdParty) reasons.push(`${row.thirdParty} third-party requests on load`);
  if (row.brokenOurs) reasons.push(`${row.brokenOurs} broken links the checker does not explain`);
  if (row.nothingLost !== undefined && row.nothingLost < nothingLostBar)
    reasons.push(`an episode keeps ${formatShare(row.nothingLost)} of its words`);
  if (row.referenceDiffs)
    reasons.push(`${row.referenceDiffs} structural differences from the reference`);
  return reasons;
}

export const isClean = (row: LessonRow): boolean => uncleanReasons(row).length === 0;

/**
 * A share as the report prints it: two decimals, rounded down, so 99.499% never shows as the bar
 * it misses. The baseline compares these printed values.
 */
export const formatShare = (share: number): string =>
  `${(Math.floor(share * 10000 + 1e-6) / 100).toFixed(2)}%`;
