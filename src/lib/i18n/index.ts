/**
 * The interface in the lesson's language: one table of strings per language (English is the
 * source of truth), the lesson's `lang:` resolved to one of them, and `t` to fill a message.
 * Pure: no Astro, no I/O. docs/i18n.md says how to add a language and which component uses
 * which key.
 */
export {
  formatDate,
  formatDuration,
  formatMinutes,
  formatTiming,
  orList,
  pickStrings,
  scriptKeys,
  t,
  tParts,
} from './format.ts';
export { resolveLanguage, type UiLanguage } from './resolve.ts';
export type { UiKey, UiStrings } from './types.ts';
