import { didYouMean } from '../did-you-mean.ts';
import { textDirection } from './direction.ts';
import { isLanguageCode, languageCodes, languages } from './languages.ts';
import type { UiStrings } from './types.ts';

/** What a page needs to speak the lesson's language; plain data, resolved once per build. */
export interface UiLanguage {
  /**
   * The page's language for `<html lang>`: the lesson's `lang:`, canonicalised (`pt_BR` →
   * `pt-BR`), whether or not the interface has a table for it, since the lesson's own text is in
   * it; `en` when the config gives no language or something that is not a language code.
   */
  lang: string;
  /** `<html dir>`: the direction of the lesson's language (Arabic, Hebrew, Persian: `rtl`). */
  dir: 'ltr' | 'rtl';
  /** The interface strings: the lesson language's table, else English. */
  strings: UiStrings;
  /**
   * Set only when the interface is in another language than the page (a lesson in a language
   * with no table): the `lang` of the header, menus and footer, so screen readers say them right.
   */
  interfaceLang?: string;
  /**
   * The language pagefind indexes the lesson in (its stemming, or word segmentation for Chinese,
   * Japanese and Korean), when pagefind supports it; otherwise undefined and words are indexed
   * as written.
   */
  pagefindLanguage?: string;
  /** Whether the interface is in the lesson's language (true for English and for no `lang:`). */
  known: boolean;
  /** Why the interface is English when the lesson asked for another language. */
  notice?: LanguageNotice;
}

/** A diagnostic without its place: the caller adds the config file and the `lang:` line. */
export type LanguageNotice = { message: string; hint: string } & (
  | { severity: 'warning'; rule: 'config/lang-invalid' }
  | { severity: 'notice'; rule: 'config/lang-untranslated' }
);

/**
 * Languages pagefind 1.6 stems (its `pagefind_web_bg.<code>` builds) or segments (its extended
 * build, which the npm package ships, for zh, ja, ko).
 */
const pagefindLanguages = new Set([
  ...['ar', 'ca', 'da', 'de', 'el', 'en', 'eo', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'hi', 'hu'],
  ...['hy', 'id', 'it', 'lt', 'nb', 'ne', 'nl', 'nn', 'no', 'pl', 'pt', 'ro', 'ru', 'sr', 'sv'],
  ...['ta', 'tr', 'yi', 'ja', 'ko', 'zh'],
]);

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of a language CLDR knows (`Brazilian Portuguese`), else undefined. */
function englishName(tag: string): string | undefined {
  try {
    return englishNames.of(tag);
  } catch {
    // `und` and other tags DisplayNames refuses.
    return undefined;
  }
}

const english: UiStrings = {
  locale: languages.en.formatLocale,
  messages: languages.en.messages,
};

const interfaceList = () =>
  languageCodes.map((code) => `${code} (${englishName(code) ?? code})`).join(', ');

/** `Spanish`, `español`, `Espanol`, `Spansih` → `es`: a language written by name, not code. */
function codeForName(value: string): string | undefined {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const byName = new Map<string, string>();
  for (const code of languageCodes) {
    const own = new Intl.DisplayNames([code], { type: 'language' }).of(code);
    for (const name of [englishName(code), own]) if (name) byName.set(fold(name), code);
  }
  const folded = fold(value);
  const name = byName.has(folded) ? folded : didYouMean(folded, byName.keys());
  return name === undefined ? undefined : byName.get(name);
}

/** Not a language code at all: English, `lang="en"`, and a warning that says what to write. */
function notALanguage(raw: string): UiLanguage {
  const guess = codeForName(raw);
  return {
    lang: 'en',
    dir: 'ltr',
    strings: english,
    pagefindLanguage: 'en',
    known: false,
    notice: {
      severity: 'warning',
      rule: 'config/lang-invalid',
      message: `lang: "${raw}" is not a language code; expected a BCP 47 tag such as "es" or "pt-BR", so the interface is in English and pages are marked lang="en"`,
      hint: guess
        ? `Did you mean "lang: ${guess}"?`
        : `Write the lesson's language as a code, e.g. one of the interface languages: ${interfaceList()}.`,
    },
  };
}

/**
 * The interface language for a lesson's `lang:` (config.yaml or _config.yml). A language with a
 * table gets it, whatever its region (`pt-BR` uses `pt`, and keeps `lang="pt-BR"` on the page
 * and Brazilian dates); none given means English. A real language without a table (`zh`, `he`)
 * keeps its tag and direction on the page, with an English interface and a notice; a value that
 * is no language code (`Spanish`) falls back to English with a warning and a did-you-mean.
 */
export function resolveLanguage(configLang: string | null | undefined): UiLanguage {
  const raw = (configLang ?? '').trim();
  if (!raw)
    return { lang: 'en', dir: 'ltr', strings: english, pagefindLanguage: 'en', known: true };
  let tag: string;
  try {
    // R and POSIX write `pt_BR`; BCP 47 writes `pt-BR`.
    tag = Intl.getCanonicalLocales(raw.replaceAll('_', '-'))[0]!;
  } catch {
    return notALanguage(raw);
  }
  const language = new Intl.Locale(tag).language;
  const name = englishName(language);
  if (!name) return notALanguage(raw);
  const dir = textDirection(tag);
  const pagefindLanguage = pagefindLanguages.has(language) ? language : undefined;
  if (isLanguageCode(language)) {
    const table = languages[language];
    const formatLocale = 'formatLocale' in table ? table.formatLocale : language;
    return {
      lang: tag,
      dir,
      strings: { locale: tag === language ? formatLocale : tag, messages: table.messages },
      pagefindLanguage,
      known: true,
    };
  }
  return {
    lang: tag,
    dir,
    strings: english,
    interfaceLang: 'en',
    pagefindLanguage,
    known: false,
    notice: {
      severity: 'notice',
      rule: 'config/lang-untranslated',
      message: `lang: "${raw}" is ${englishName(tag) ?? name}, which has no interface translation yet: menus, buttons and labels are in English (the lesson's own text is unaffected)`,
      hint: `Interface languages: ${interfaceList()}. To add ${name}, translate src/lib/i18n/en.ts as docs/i18n.md describes.`,
    },
  };
}
