/**
 * Scripts written right to left (ISO 15924). A language's direction is its script's: `ar`, `fa`
 * and `ur` are written in Arabic script, `he` and `yi` in Hebrew, `dv` in Thaana.
 */
const rightToLeftScripts = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Mend',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
  'Yezi',
]);

const cache = new Map<string, 'ltr' | 'rtl'>();

/**
 * `rtl` for a language written right to left, else `ltr`. The script comes from the tag
 * (`az-Arab`) or, when it names none, from CLDR's likely script for the language (`fa` → Arab),
 * which `Intl.Locale.maximize` knows in Node and in every current browser.
 */
export function textDirection(tag: string): 'ltr' | 'rtl' {
  let direction = cache.get(tag);
  if (!direction) {
    let script: string | undefined;
    try {
      script = new Intl.Locale(tag).maximize().script;
    } catch {
      script = undefined;
    }
    direction = script && rightToLeftScripts.has(script) ? 'rtl' : 'ltr';
    cache.set(tag, direction);
  }
  return direction;
}
