import { ar } from './ar.ts';
import { de } from './de.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { fr } from './fr.ts';
import { it } from './it.ts';
import { ja } from './ja.ts';
import { pt } from './pt.ts';
import type { UiMessages } from './types.ts';
import { uk } from './uk.ts';

/** One interface language: its messages, and how it formats when the lesson names no region. */
export interface LanguageTable {
  messages: UiMessages;
  /**
   * Locale for dates and numbers when the lesson's `lang:` is the bare language (`en`); a tag
   * with a region (`en-US`, `pt-PT`) formats as that region. Default: the language code.
   */
  formatLocale?: string;
}

/**
 * The interface languages, by ISO 639-1 code: the Workbench's seven (en, de, es, fr, it, ja, uk),
 * Portuguese, and Arabic, a right-to-left language. To add one, see docs/i18n.md.
 */
export const languages = {
  // `5 March 2024`, as the site has always shown English dates: day first, month in words.
  en: { messages: en, formatLocale: 'en-GB' },
  ar: { messages: ar },
  de: { messages: de },
  es: { messages: es },
  fr: { messages: fr },
  it: { messages: it },
  ja: { messages: ja },
  pt: { messages: pt },
  uk: { messages: uk },
} as const satisfies Record<string, LanguageTable>;

export type LanguageCode = keyof typeof languages;

/** Every interface language's code, English first. */
export const languageCodes = Object.keys(languages) as LanguageCode[];

export const isLanguageCode = (code: string): code is LanguageCode =>
  Object.hasOwn(languages, code);
