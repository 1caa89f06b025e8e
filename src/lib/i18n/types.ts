import type { en } from './en.ts';

/** CLDR plural categories, as `Intl.PluralRules.select` names them. */
export type PluralCategory = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';

/**
 * A message that depends on a number (`{count}`): one text per plural category the language
 * uses. `other` is always required; which others a language needs is what `Intl.PluralRules`
 * reports for it (English: one, other; Ukrainian: one, few, many, other; Arabic: all six).
 */
export type Plural = { readonly other: string } & {
  readonly [C in Exclude<PluralCategory, 'other'>]?: string;
};

/** One interface text: plain, or plural forms chosen by `{count}`. */
export type Message = string | Plural;

/** Every interface string's key; English (`en.ts`) defines them. */
export type UiKey = keyof typeof en;

/**
 * A language's table: every key, a plain string where English has one and plural forms where
 * English has them. Annotating a language module with this type makes a missing or misspelt
 * key a type error.
 */
export type UiMessages = {
  readonly [K in UiKey]: (typeof en)[K] extends string ? string : Plural;
};

/** The keys whose English text has plural forms (chosen by `{count}`). */
export type PluralKey = {
  [K in UiKey]: (typeof en)[K] extends string ? never : K;
}[UiKey];

/** `{name}` placeholders of a text, as a union of names. */
type PlaceholdersIn<S> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholdersIn<Rest>
  : never;

/** Every text of a message: itself, or each of its plural forms. */
type TextsOf<M> = M extends string ? M : M[keyof M];

/** Names of the placeholders in the English text of `K` (all plural forms together). */
export type PlaceholderOf<K extends UiKey> =
  PlaceholdersIn<TextsOf<(typeof en)[K]>> | (K extends PluralKey ? 'count' : never);

/** The values a message needs: one per placeholder; `count` (a number) picks the plural form. */
type ParamsOf<K extends UiKey> = {
  readonly [P in PlaceholderOf<K>]: P extends 'count' ? number : string | number;
};

/**
 * The interface strings of one page: the messages of its language, and the locale that formats
 * numbers, dates and picks plural forms. Plain data, so it can travel as route data, and a subset
 * (see `pickStrings`) can be written into the page for scripts.
 */
export interface UiStrings<K extends UiKey = UiKey> {
  /** BCP 47 locale for `Intl` (plural rules, numbers, dates): `en-GB`, `pt-BR`, `ja`. */
  readonly locale: string;
  readonly messages: Pick<UiMessages, K>;
}
