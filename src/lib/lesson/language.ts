/**
 * The config's `lang:` as a well-formed language tag for `<html lang>`: `es`, `pt-BR` (an R-style
 * `pt_BR` is read as `pt-BR`); undefined when the value is not a language tag at all.
 */
export function languageTag(value: string | undefined): string | undefined {
  if (!value?.trim()) return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}
