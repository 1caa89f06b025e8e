import type { DiagnosticBag } from './diagnostics.ts';
import { didYouMean } from './did-you-mean.ts';
import type { UiKey } from './i18n/types.ts';

/**
 * The one vocabulary table for callouts. Both normalisers (kramdown blockquote + IAL, pandoc fenced
 * divs) name a callout by a key of this table; the render plugin builds the box from its row; the
 * checker walks the same nodes; the stylesheet colours boxes by `tone` (a `data-tone` attribute),
 * never by kind. To add a kind, add a row here (and, for a new tone, its colours in callouts.css),
 * and its label (and fold wording) to the interface strings, `src/lib/i18n/en.ts` and the other
 * languages' tables: the row names the strings by key, so no English text is kept here.
 */
export interface CalloutKind {
  /** Canonical name, as written in a fenced div (`::: challenge`) or a kramdown class (`.challenge`). */
  name: string;
  /**
   * Label shown above the author's title: a key of the interface strings (`src/lib/i18n/en.ts`
   * holds its English text, every other table its translation), so the words live in one place.
   */
  label: CalloutLabelKey;
  /** Colour family in the stylesheet; kinds that mean the same thing share one. */
  tone: CalloutTone;
  /** Icon drawn beside the label (a key of `calloutIcons`). */
  icon: keyof typeof calloutIcons;
  /**
   * Folds behind a `<summary>` that says what it holds (the key of "Show me the solution");
   * open in print. Undefined: always open.
   */
  fold?: CalloutFoldKey;
  /** Lifted out of the body into the episode's overview or key points box (Workbench divs). */
  lifted?: 'questions' | 'objectives' | 'keypoints';
  /** Shown only in the instructor view, and never in the learner search index. */
  instructorOnly?: boolean;
  /** A set of tabs: each heading inside starts a tab; `group` choices persist across pages. */
  tabs?: 'tab' | 'group';
  /**
   * The kind that answers this one, inside it or right after it (a challenge's solution); the
   * checker warns when it is missing, since self-learners are left stuck.
   */
  answeredBy?: string;
}

/** The interface strings that label a callout kind (`callout.challenge`). */
export type CalloutLabelKey = Exclude<Extract<UiKey, `callout.${string}`>, CalloutFoldKey>;
/** The interface strings that say what a folded callout holds (`callout.solution.fold`). */
export type CalloutFoldKey = Extract<UiKey, `callout.${string}.fold`>;

export type CalloutTone =
  | 'challenge'
  | 'solution'
  | 'hint'
  | 'info'
  | 'caution'
  | 'discussion'
  | 'prereq'
  | 'checklist'
  | 'quote'
  | 'instructor'
  | 'spoiler'
  | 'keypoints'
  | 'overview';

const kinds: readonly CalloutKind[] = [
  {
    name: 'challenge',
    label: 'callout.challenge',
    tone: 'challenge',
    icon: 'pencil',
    answeredBy: 'solution',
  },
  {
    name: 'solution',
    label: 'callout.solution',
    tone: 'solution',
    icon: 'check',
    fold: 'callout.solution.fold',
  },
  { name: 'hint', label: 'callout.hint', tone: 'hint', icon: 'bulb', fold: 'callout.hint.fold' },
  {
    name: 'spoiler',
    label: 'callout.spoiler',
    tone: 'spoiler',
    icon: 'eye',
    fold: 'callout.spoiler.fold',
  },
  { name: 'callout', label: 'callout.callout', tone: 'info', icon: 'info' },
  { name: 'caution', label: 'callout.caution', tone: 'caution', icon: 'alert' },
  { name: 'warning', label: 'callout.warning', tone: 'caution', icon: 'alert' },
  { name: 'discussion', label: 'callout.discussion', tone: 'discussion', icon: 'chat' },
  { name: 'prereq', label: 'callout.prereq', tone: 'prereq', icon: 'book' },
  { name: 'checklist', label: 'callout.checklist', tone: 'checklist', icon: 'list' },
  { name: 'testimonial', label: 'callout.testimonial', tone: 'quote', icon: 'quote' },
  { name: 'quotation', label: 'callout.quotation', tone: 'quote', icon: 'quote' },
  {
    name: 'instructor',
    label: 'callout.instructor',
    tone: 'instructor',
    icon: 'cap',
    instructorOnly: true,
  },
  {
    name: 'keypoints',
    label: 'callout.keypoints',
    tone: 'keypoints',
    icon: 'key',
    lifted: 'keypoints',
  },
  {
    name: 'objectives',
    label: 'callout.objectives',
    tone: 'overview',
    icon: 'target',
    lifted: 'objectives',
  },
  {
    name: 'questions',
    label: 'callout.questions',
    tone: 'overview',
    icon: 'question',
    lifted: 'questions',
  },
  { name: 'tab', label: 'callout.tab', tone: 'info', icon: 'info', tabs: 'tab' },
  { name: 'group-tab', label: 'callout.group-tab', tone: 'info', icon: 'info', tabs: 'group' },
];

const byName: ReadonlyMap<string, CalloutKind> = new Map(kinds.map((k) => [k.name, k]));

/** Every kind's name, in table order. */
export const calloutNames: readonly string[] = kinds.map((k) => k.name);

/** The kind named `name` (any case), or undefined. */
export const calloutKind = (name: string): CalloutKind | undefined =>
  byName.get(name.toLowerCase());

/** Kinds that fold (solutions, hints, spoilers): print opens them. */
export const foldingKinds: readonly CalloutKind[] = kinds.filter((k) => k.fold);

/**
 * The one diagnostic for a name that is not a callout kind, in either format: a did-you-mean
 * when a kind is close, else the list of kinds. `shown` says what the reader gets instead.
 */
export function reportUnknownCallout(
  bag: DiagnosticBag,
  name: string,
  line: number,
  shown: string,
): void {
  const guess = didYouMean(name, calloutNames);
  bag.warn(
    'callout/unknown-kind',
    `"${name}" is not a callout kind, so ${shown}`,
    line,
    guess ? `Did you mean "${guess}"?` : `Use one of: ${calloutNames.join(', ')}.`,
  );
}

/**
 * Icons as SVG path data on a 24×24 grid, drawn with a 2px round stroke in the current colour.
 * Drawn for this project: simple shapes that read at 1em.
 */
export const calloutIcons = {
  pencil: 'M4 20h4L19 9l-4-4L4 16v4zM14 6l4 4',
  check: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM8 12l3 3l5-6',
  bulb: 'M9 18h6M10 21h4M12 3a6 6 0 0 0-4 10.5c.8.8 1 1.5 1 2.5h6c0-1 .2-1.7 1-2.5A6 6 0 0 0 12 3z',
  eye: 'M2 12s4-7 10-7s10 7 10 7s-4 7-10 7S2 12 2 12zM12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6z',
  info: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 11v6M12 7.5v.5',
  alert: 'M12 3L2 20h20L12 3zM12 10v4M12 17v.5',
  chat: 'M4 5h16v11H9l-5 4V5zM8 9h8M8 12h5',
  book: 'M4 5c3-1 6-1 8 1c2-2 5-2 8-1v14c-3-1-6-1-8 1c-2-2-5-2-8-1V5zM12 6v14',
  list: 'M4 4h5v5H4zM5.5 6.5l1 1l2-2M12 6.5h8M4 14h5v5H4zM12 16.5h8',
  quote: 'M5 11h4v6H5v-6c0-3 1-5 4-6M15 11h4v6h-4v-6c0-3 1-5 4-6',
  cap: 'M2 9l10-5l10 5l-10 5L2 9zM6 11v5c3 2 9 2 12 0v-5M22 9v5',
  key: 'M8 10a4 4 0 1 0 0 .1M11.5 12.5L20 21M16 17l2-2M18 19l2-2',
  target: 'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM12 8a4 4 0 1 0 0 8a4 4 0 1 0 0-8zM12 11.5v1',
  question:
    'M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18zM9.5 9.5a2.5 2.5 0 1 1 3.5 2.3c-.7.3-1 .9-1 1.7M12 17v.5',
} as const;
