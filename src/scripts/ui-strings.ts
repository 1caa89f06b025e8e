/**
 * The interface strings of the page's scripts, in the page's language: the layout writes the few
 * they use into `<script type="application/json" id="ui-strings">` (see `scriptKeys`), and the
 * scripts fill them with the same `t` as the components. No language table is shipped, no
 * request is made.
 */
import { t, type ParamArgs, type ScriptKey } from '../lib/i18n/format.ts';
import type { UiStrings } from '../lib/i18n/types.ts';

let strings: UiStrings<ScriptKey> | undefined;

function pageStrings(): UiStrings<ScriptKey> {
  if (!strings) {
    const json = document.getElementById('ui-strings')?.textContent;
    // Every page the layout writes has it; a page without it is a bug worth a clear message.
    if (!json) throw new Error('#ui-strings is missing: the page layout writes it for its scripts');
    strings = JSON.parse(json) as UiStrings<ScriptKey>;
  }
  return strings;
}

/** The interface text `key` in the page's language, placeholders filled (as `t`). */
export const text = <K extends ScriptKey>(key: K, ...params: ParamArgs<K>): string =>
  t(pageStrings(), key, ...params);
