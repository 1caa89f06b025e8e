import { unknownTime } from '../schedule.ts';
import { textDirection } from './direction.ts';
import type { Message, PlaceholderOf, PluralCategory, UiKey, UiStrings } from './types.ts';

/** `Intl` formatters are costly to make and pure once made: one per locale. */
function memo<T>(make: (locale: string) => T): (locale: string) => T {
  const made = new Map<string, T>();
  return (locale) => {
    let value = made.get(locale);
    if (value === undefined) made.set(locale, (value = make(locale)));
    return value;
  };
}
const pluralRules = memo((locale) => new Intl.PluralRules(locale));
const numberFormat = memo((locale) => new Intl.NumberFormat(locale));
const dateFormat = memo(
  (locale) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }),
);

/** Unicode's first-strong isolate and pop: keep an interpolated text's direction to itself. */
const isolateStart = '\u2068';
const isolateEnd = '\u2069';

/** The value of a placeholder: a number (formatted in the locale), a text, or for `tParts`, any. */
type Value<V> = string | number | V;

/** The values `t` needs for `K`: one per placeholder of its English text, `count` a number. */
export type Params<K extends UiKey, V = never> = {
  readonly [P in PlaceholderOf<K>]: P extends 'count' ? number : Value<V>;
};

/** No second argument for a text without placeholders; the values, checked, for one with them. */
export type ParamArgs<K extends UiKey, V = never> = [PlaceholderOf<K>] extends [never]
  ? []
  : [params: Params<K, V>];

/** The text of `message` for `count`: its plural form where it has them. */
function pick(message: Message, locale: string, count: unknown): string {
  if (typeof message === 'string') return message;
  const category: PluralCategory =
    typeof count === 'number' ? pluralRules(locale).select(count) : 'other';
  return message[category] ?? message.other;
}

/**
 * The message split at its placeholders, each replaced by its value: numbers formatted in the
 * locale, texts and other values as given. In a right-to-left language an interpolated text is
 * wrapped in directional isolates (as Fluent does), so an English title or query inside Arabic
 * keeps its punctuation in place. A placeholder with no value stays as written, visibly.
 */
function interpolate<V>(
  strings: UiStrings,
  key: UiKey,
  params: Readonly<Record<string, Value<V>>>,
): (string | V)[] {
  const { locale } = strings;
  const text = pick(strings.messages[key], locale, params.count);
  const isolate = textDirection(locale) === 'rtl';
  const out: (string | V)[] = [];
  const push = (part: string | V) => {
    const last = out.length - 1;
    if (typeof part === 'string' && typeof out[last] === 'string') out[last] += part;
    else out.push(part);
  };
  for (const [index, piece] of text.split(/\{(\w+)\}/).entries()) {
    if (index % 2 === 0) {
      if (piece) push(piece);
      continue;
    }
    if (!Object.hasOwn(params, piece)) {
      push(`{${piece}}`);
      continue;
    }
    const value = params[piece]!;
    if (typeof value === 'number') push(numberFormat(locale).format(value));
    else if (isolate) {
      push(isolateStart);
      push(value);
      push(isolateEnd);
    } else push(value);
  }
  return out;
}

/**
 * The interface text `key` in the page's language, placeholders filled:
 * `t(strings, 'episode.position', { n: 2, total: 9 })` → `Episode 2 of 9`. A message with plural
 * forms is chosen by `count` (`Intl.PluralRules` of the locale). The parameters are typed from
 * the English text, so a missing or misspelt one is a type error.
 */
export function t<K extends UiKey>(
  strings: UiStrings<NoInfer<K>>,
  key: K,
  ...[params]: ParamArgs<K>
): string {
  return interpolate<never>(strings as UiStrings, key, params ?? {}).join('');
}

/**
 * Like `t`, but a placeholder's value may be anything (an element in a component) and comes back
 * as it was, between the text's pieces: `tParts(strings, 'about.community', { community: <strong>
 * {name}</strong> })`. Components render the array; nothing is parsed as HTML.
 */
export function tParts<K extends UiKey, V>(
  strings: UiStrings<NoInfer<K>>,
  key: K,
  params: Params<K, V>,
): (string | V)[] {
  return interpolate<V>(strings as UiStrings, key, params as Record<string, Value<V>>);
}

const disjunction = memo((locale) => new Intl.ListFormat(locale, { type: 'disjunction' }));

/**
 * Items joined by the language's own "or" (`A or B`, `A o B`, `AまたはB`), each item as given, so
 * a component can pass elements (`<kbd>` keys): the joining words come from `Intl.ListFormat`,
 * which knows every language's, and no table has to spell them.
 */
export function orList<V>(strings: Pick<UiStrings, 'locale'>, items: readonly V[]): (string | V)[] {
  const parts = disjunction(strings.locale).formatToParts(items.map((_, i) => String(i)));
  return parts.map((part) => (part.type === 'element' ? items[Number(part.value)]! : part.value));
}

/** `2024-03-05` as the language writes it (`5 March 2024`, `5. März 2024`, `2024年3月5日`). */
export function formatDate(strings: Pick<UiStrings, 'locale'>, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(strings.locale).format(date);
}

type TimeKey = 'time.minutes' | 'time.hours' | 'time.hoursMinutes' | 'time.teachingPlusExercises';

/** `1 h 25 min`, `40 min`, `1 Std. 25 Min.`; `–` when unknown. */
export function formatDuration(strings: UiStrings<TimeKey>, minutes: number | null): string {
  if (minutes === null) return unknownTime;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return t(strings, 'time.minutes', { minutes: rest });
  return rest
    ? t(strings, 'time.hoursMinutes', { hours, minutes: rest })
    : t(strings, 'time.hours', { hours });
}

/** An episode's teaching or exercise time: `25 min`, or `–` when unknown. */
export const formatMinutes = (strings: UiStrings<TimeKey>, minutes: number | null): string =>
  minutes === null ? unknownTime : t(strings, 'time.minutes', { minutes });

/** `25 + 10 min` for the instructor's schedule; an unknown part shows as `–`. */
export function formatTiming(
  strings: UiStrings<TimeKey>,
  teaching: number | null,
  exercises: number | null,
): string {
  return t(strings, 'time.teachingPlusExercises', {
    teaching: teaching ?? unknownTime,
    exercises: exercises ?? unknownTime,
  });
}

/**
 * The keys the browser scripts use (the copy button, search results): the layout writes these,
 * and only these, into the page for them (`#ui-strings`, read by `scripts/ui-strings.ts`).
 */
export const scriptKeys = [
  'code.copy',
  'code.copied',
  'code.copyFailed',
  'search.searching',
  'search.unavailable',
  'search.resultCount',
  'search.noResults',
  'search.allResults',
  'search.showMore',
] as const satisfies readonly UiKey[];

export type ScriptKey = (typeof scriptKeys)[number];

/** The strings for `keys` only: what a page hands its scripts, typed so `t` accepts them. */
export function pickStrings<K extends UiKey>(
  strings: UiStrings<K>,
  keys: readonly K[],
): UiStrings<K> {
  const messages = Object.fromEntries(keys.map((key) => [key, strings.messages[key]]));
  return { locale: strings.locale, messages: messages as UiStrings<K>['messages'] };
}

/** The `{placeholders}` of a message, every plural form together, sorted. */
export function placeholdersOf(message: Message): string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts)
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) if (name) names.add(name);
  return [...names].sort();
}
