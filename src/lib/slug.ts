import type { LessonFormat } from './lesson/types.ts';

/**
 * Heading ids exactly as each lesson's own toolchain made them, so `#anchors` written against the
 * published lesson (in other pages, other lessons, workshop websites) keep landing:
 *
 * - styles lessons: Jekyll's kramdown with GFM input (`generate_gfm_header_id` of
 *   kramdown-parser-gfm): lower case, drop every character that is not a Unicode word character,
 *   hyphen, space or tab, then spaces and tabs become hyphens. Accents, underscores and leading digits stay
 *   (`introducción-a-r`, `using-group_concat`, `1-create-a-remote-repository`); runs of spaces are
 *   not collapsed (`solution--use-with-caution`); an empty result gives no id at all.
 * - Workbench lessons: pandoc's `auto_identifiers` (`inlineListToIdentifier`): lower case, keep
 *   letters, numbers, `_`, `-` and `.`, words joined by one hyphen, then drop everything before the
 *   first letter (`config.yaml`, `intro` from `1. Intro`); an empty result is `section`.
 */

/**
 * One run of a heading's text. Literal runs (inline code, TeX math) are read as written; prose
 * runs first get the toolchain's smart punctuation (`--` is a dash, which the id then drops).
 */
export interface TextRun {
  text: string;
  literal?: boolean;
}

/** A heading's text: plain prose, or runs when part of it is code. */
export type HeadingText = string | readonly TextRun[];

const runsOf = (text: HeadingText): readonly TextRun[] =>
  typeof text === 'string' ? [{ text }] : text;

// Both toolchains turn `---` and `--` into dashes (kramdown's typographic symbols, pandoc's
// `smart`), and pandoc `...` into an ellipsis; the ids then drop those characters. `---` is
// tried first, as both do, so `----` leaves one hyphen.
const kramdownDashes = /---|--/g;
const pandocSmart = /---|--|\.\.\./g;

// Ruby's `\p{Word}` (Alphabetic, marks, decimal digits, connector punctuation), which
// kramdown-parser-gfm keeps along with `-`, space and tab.
const notKramdownWord = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\- \t]/gu;
// Haskell's isSpace: ASCII whitespace and the Unicode space separators (a no-break space too).
const pandocSpace = /[\t\n\v\f\r\p{Zs}]+/u;
// What pandoc keeps: isAlphaNum (letters and every kind of number), `_`, `-`, `.`, spaces.
const notPandocKept = /[^\p{L}\p{N}_.\-\t\n\v\f\r\p{Zs}]/gu;
const beforeFirstLetter = /^\P{L}+/u;

/**
 * Ruby's `downcase` and Haskell's `toLower` map a capital sigma to σ everywhere; JavaScript's
 * `toLowerCase` writes ς at the end of a word. Lower-case it first so all three agree.
 */
const lower = (text: string) => text.replace(/Σ/g, 'σ').toLowerCase();

/** The id kramdown (GFM input, as Jekyll runs it) gives a header; `''` when it gives none. */
function kramdownGfmId(text: HeadingText): string {
  const raw = runsOf(text)
    .map((run) => (run.literal ? run.text : run.text.replace(kramdownDashes, '')))
    .join('');
  return lower(raw).replace(notKramdownWord, '').replace(/[ \t]/g, '-');
}

/** The id pandoc's `auto_identifiers` give a heading (before numbering repeats). */
function pandocId(text: HeadingText): string {
  const raw = runsOf(text)
    .map((run) => (run.literal ? run.text : run.text.replace(pandocSmart, '')))
    .join('');
  const words = lower(raw)
    .replace(notPandocKept, '')
    .split(pandocSpace)
    .filter((word) => word !== '');
  return words.join('-').replace(beforeFirstLetter, '') || 'section';
}

/**
 * kramdown's basic id (`basic_generate_id`): drop leading non-letters, keep ASCII letters, digits,
 * spaces and hyphens, spaces become hyphens. Jekyll gave it to definition terms under
 * `{:auto_ids}` (the styles glossary, reference.md). `section` when nothing is left (kramdown
 * then gave no id; an element here always gets one).
 */
export function kramdownId(text: string): string {
  const id = text
    .replace(/^[^a-zA-Z]+/, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
  return id || 'section';
}

/** The id the lesson's toolchain gives a heading with this text, before repeats are numbered. */
export function headingId(text: HeadingText, format: LessonFormat): string {
  return format === 'styles' ? kramdownGfmId(text) : pandocId(text);
}

/**
 * Numbers repeated ids the way the lesson's toolchain did, in document order, one page at a time.
 *
 * - styles (kramdown GFM): a counter per id: the second `solution` is `solution-1`, the third
 *   `solution-2`, whatever else the page holds. Explicit ids (`{#id}`, `{: #id}`) are not counted.
 * - Workbench (pandoc): the first `-1`, `-2`… not yet used on the page, explicit ids included as
 *   they come (`reserve`).
 *
 * So kramdown could put one id on two headings; `unique` then hands the later one the next free
 * number, as one page cannot hold an id twice (the toolchain's page sent `#links` to the first).
 */
export class IdRegistry {
  private readonly used = new Set<string>();
  private readonly counters = new Map<string, number>();

  private readonly format: LessonFormat;

  constructor(format: LessonFormat = 'styles') {
    this.format = format;
  }

  /** An id an author wrote (`{#windows}`), met in document order: later ids avoid it. */
  reserve(id: string): void {
    this.used.add(id);
  }

  /**
   * The toolchain's id for the next heading whose unnumbered id is `base`, made unique on the
   * page. `''` for kramdown's first empty id: kramdown gives that header no id.
   */
  unique(base: string): string {
    const id = this.toolchainId(base);
    // pandoc's ids are unique already (and registered); kramdown's may repeat an explicit one.
    return this.format === 'workbench' || id === '' ? id : this.claim(id);
  }

  /** The id the toolchain itself gave, repeats and all; registers it as the toolchain did. */
  toolchainId(base: string): string {
    if (this.format === 'styles') {
      const seen = (this.counters.get(base) ?? -1) + 1;
      this.counters.set(base, seen);
      return seen > 0 ? `${base}-${seen}` : base;
    }
    let id = base;
    for (let n = 1; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }

  /**
   * `id` if the page does not hold it yet, else the first `id-1`, `id-2`… that is neither on the
   * page nor in `avoid` (ids the rest of the page will get, so a renumbered repeat never takes a
   * later heading's real id).
   */
  claim(id: string, avoid: ReadonlySet<string> = new Set()): string {
    let free = id;
    for (let n = 1; this.used.has(free) || (free !== id && avoid.has(free)); n++)
      free = `${id}-${n}`;
    this.used.add(free);
    return free;
  }
}

/** What a page holds that can carry an id, in document order. */
export type IdTarget =
  /** A Markdown heading: its text, and the id the author wrote (`{#id}`, `{: #id}`), if any. */
  | { kind: 'heading'; text: HeadingText; explicit?: string }
  /**
   * What the toolchain gave no id but we do: a definition term (glossaries link to `#term`), a
   * heading written as raw HTML.
   */
  | { kind: 'extra'; text: HeadingText; term?: boolean }
  /** Any element with an id the author wrote outside Markdown headings: kept as it is. */
  | { kind: 'fixed'; id: string };

const plainText = (text: HeadingText) =>
  typeof text === 'string' ? text : text.map((run) => run.text).join('');

/**
 * The id of every heading and extra target of a page, in document order (`undefined` for fixed
 * targets). Headings get their toolchain's ids, numbered as the toolchain numbered them. Where the
 * toolchain put one id on two elements, the first keeps it, as browsers sent `#links` there, and
 * the later one gets a fresh number. Extra targets come last, so they never take an id the
 * toolchain gave; a term gets kramdown's basic id in styles lessons, as Jekyll gave glossary
 * terms under `{:auto_ids}`.
 */
export function assignPageIds(
  targets: readonly IdTarget[],
  format: LessonFormat,
): (string | undefined)[] {
  // The toolchain's own ids, with its numbering and its repeats.
  const toolchain = new IdRegistry(format);
  const toolchainIds = targets.map((target) => {
    if (target.kind === 'fixed') return target.id;
    if (target.kind === 'extra') return undefined;
    if (target.explicit === undefined)
      return toolchain.toolchainId(headingId(target.text, format)) || undefined;
    toolchain.reserve(target.explicit);
    return target.explicit;
  });
  const toolchainTaken = new Set(toolchainIds.filter((id) => id !== undefined));
  // One element per id: the first in document order keeps a repeated id.
  const page = new IdRegistry(format);
  const ids = targets.map((target, i) => {
    if (target.kind === 'fixed') {
      page.reserve(target.id);
      return undefined;
    }
    const id = toolchainIds[i];
    return id === undefined ? undefined : page.claim(id, toolchainTaken);
  });
  // What the toolchain left without an id: extra targets, headings kramdown found no id for.
  for (const [i, target] of targets.entries()) {
    if (target.kind === 'fixed' || ids[i] !== undefined) continue;
    const base =
      target.kind === 'extra' && target.term && format === 'styles'
        ? kramdownId(plainText(target.text))
        : headingId(target.text, format);
    ids[i] = page.claim(base || 'section', toolchainTaken);
  }
  return ids;
}
