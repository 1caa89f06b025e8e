import { isIalLine } from '../normalise/ial.ts';
import { toLines, type SourceLine } from '../normalise/lines.ts';
import { isDivClosing } from '../normalise/pandoc-divs.ts';

/** A line's content with quote markers and surrounding space removed: what normalisers keep. */
const key = (text: string) => text.replace(/^(?:\s*>)+/, '').trim();
/** Source lines the normalisers drop (`{: .challenge}`, a closing `:::`): no prepared line comes from them. */
const dropped = (key: string) => key === '' || isIalLine(key) || isDivClosing(key);
/** How far ahead a line is looked for; bounds the work on a huge file where nothing matches. */
const window = 400;

/**
 * The author's line for each line of a prepared body. `createMarkdownPreparer` builds exactly this
 * map (SourceLine[]) but returns only the joined text. TODO: read its map once it returns one.
 *
 * Until then, lines are aligned in order: each prepared line is looked for among the next source
 * lines (quote markers ignored). Lines the normalisers kept are found exactly. A line they rewrote
 * (Liquid output, a fence given its IAL's language, a pandoc attribute moved) or invented (a callout
 * wrapper) takes the next source line not yet matched that the normalisers keep, which is the one it came from or, for a
 * wrapper, the fence or quote that opened it. Lines Liquid removed are skipped over.
 */
export function preparedLines(preparedBody: string, body: string, bodyLine: number): SourceLine[] {
  const source = toLines(body, bodyLine);
  const keys = source.map((l) => key(l.text));
  let cursor = 0;
  return preparedBody.split('\n').map((text) => {
    const wanted = key(text);
    if (wanted === '') return { text, line: source[Math.max(cursor - 1, 0)]?.line ?? bodyLine };
    const limit = Math.min(keys.length, cursor + window);
    for (let j = cursor; j < limit; j++) {
      if (keys[j] === wanted) {
        cursor = j + 1;
        return { text, line: source[j]!.line };
      }
    }
    let next = cursor;
    while (next < limit - 1 && dropped(keys[next]!)) next++;
    return { text, line: source[Math.min(next, source.length - 1)]?.line ?? bodyLine };
  });
}
