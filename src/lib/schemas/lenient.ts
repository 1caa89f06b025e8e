/**
 * How a value the schema rejects is read anyway. Jekyll and sandpaper published lessons whose
 * frontmatter and configs hold a time written as `"30 min"`, a question written as one string, a
 * title that YAML read as a number; they coerced or ignored such values. So do we, with a warning
 * that says how the value was read. Each schema names the reader of each field in a table next to
 * it; `parseLeniently` (zod-diagnostics.ts) applies them.
 */

/** The value used instead of the one found, and how it was read, for the warning. */
export interface Coerced {
  /** `undefined` leaves the field unset, so the schema's default applies. */
  value: unknown;
  /** Completes "expected …, found …; <how>". Absent: the reading is what the toolchain does anyway and needs no warning. */
  how?: string;
  /** How to write it so that nothing needs reading leniently. */
  hint?: string;
}

export type Coercion = (value: unknown) => Coerced;

/** Field name → how a rejected value of that field is read. */
export type Coercions = Readonly<Record<string, Coercion>>;

/**
 * Minutes as authors write them. A leading number counts (`"30 min"`, `"0 (15 min)"`, `"15"`,
 * `2.5`): that is what Liquid's arithmetic in the styles schedule took (Ruby's `to_i`). An empty
 * value is 0, as both toolchains add it. Anything else is unknown (`null`), and the schedule shows
 * no clock times from that episode on, rather than times we made up.
 */
export const readMinutes =
  (key: string): Coercion =>
  (value) => {
    if (value === null || (typeof value === 'string' && value.trim() === ''))
      return {
        value: 0,
        how: 'read as 0 minutes',
        hint: `Write "${key}: 0", or delete the line.`,
      };
    if (typeof value === 'number' && value < 0)
      return {
        value: null,
        how: 'a time below 0 is unknown, so the schedule shows no clock times from this episode on',
        hint: `Write "${key}:" followed by a whole number of minutes, such as 10.`,
      };
    const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '';
    const leading = /^\s*\+?(\d+(?:\.\d+)?)/.exec(text);
    if (leading) {
      const minutes = Math.round(Number(leading[1]));
      return {
        value: minutes,
        how: `read as ${minutes} minute${minutes === 1 ? '' : 's'}`,
        hint: `Write "${key}: ${minutes}": a whole number of minutes, nothing else on the line.`,
      };
    }
    return {
      value: null,
      how: 'no number could be read, so the time is unknown and the schedule shows no clock times from this episode on',
      hint: `Write "${key}:" followed by a whole number of minutes, such as 10.`,
    };
  };

const yesWords = /^(?:y|yes|true|on|1)$/i;
const noWords = /^(?:n|no|false|off|0)$/i;

/** A yes/no written as a word YAML does not read as a boolean (`y`, `"yes"`), or as 0/1. */
export const readBoolean =
  (key: string, otherwise: boolean): Coercion =>
  (value) => {
    const word = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
    const meaning = yesWords.test(word) ? true : noWords.test(word) ? false : undefined;
    if (meaning !== undefined)
      return { value: meaning, how: `read as ${meaning}`, hint: `Write "${key}: ${meaning}".` };
    if (value === null) return { value: undefined };
    return {
      value: undefined,
      how: `ignored: read as ${otherwise}`,
      hint: `Write "${key}: true" or "${key}: false".`,
    };
  };

/** A text field holding a number, a true/false or a list (YAML read `title: 2024` as a number). */
export const readText =
  (key: string): Coercion =>
  (value) => {
    if (value === null) return { value: undefined };
    const text = scalarText(value) ?? listText(value);
    if (text !== undefined && text.trim() !== '')
      return {
        value: text,
        how: `read as the text ${JSON.stringify(text)}`,
        hint: `Put the value in quotes: ${key}: ${JSON.stringify(text)}.`,
      };
    return { value: undefined, how: 'ignored', hint: `Write "${key}:" followed by text.` };
  };

/**
 * A list of one-line texts (questions, objectives, key points, file lists). A single text is a
 * list of one, as Liquid's `for` loop reads it. An item that YAML read as a mapping because it
 * holds ": " (`- Use git: it helps`) is read back as the text the author wrote.
 */
export const readTextList =
  (key: string): Coercion =>
  (value) => {
    if (value === null) return { value: [] };
    const single = scalarText(value);
    if (single !== undefined)
      return {
        value: [single],
        how: 'read as a list of one item',
        hint: `Write it as a list: "${key}:" and the item on the next line after "- ".`,
      };
    if (!Array.isArray(value))
      return {
        value: pairsText(value) === undefined ? [] : [pairsText(value)],
        how: pairsText(value) === undefined ? 'ignored' : 'read as a list of one item',
        hint: `Write "${key}:" and each item on its own line after "- ".`,
      };
    const read: string[] = [];
    const odd: string[] = [];
    value.forEach((item, index) => {
      // Empty items are dropped with their own warning (frontmatter/empty-item).
      if (item === null) return;
      const plain = scalarText(item);
      if (plain !== undefined) return void read.push(plain);
      const pairs = pairsText(item);
      const list = listText(item);
      const text = pairs ?? list;
      if (text !== undefined) read.push(text);
      odd.push(
        pairs !== undefined
          ? `item ${index} holds ": ", so YAML read a "key: value" pair; read as ${JSON.stringify(pairs)}`
          : list !== undefined
            ? `item ${index} is a list; read as ${JSON.stringify(list)}`
            : `item ${index} is neither text nor a list of texts; dropped`,
      );
    });
    return {
      value: read,
      how: odd.length ? odd.join('; ') : undefined,
      hint: `Put an item that contains ": " in quotes: - "Step one: install it".`,
    };
  };

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** `[a, b]` as `a, b`, when every item is plain. */
function listText(value: unknown): string | undefined {
  if (!Array.isArray(value)) return undefined;
  const parts = value.map(scalarText);
  return parts.every((p) => p !== undefined) ? parts.join(', ') : undefined;
}

/** `{ "Use git": "it helps" }` back to `Use git: it helps`, for a mapping of plain values. */
function pairsText(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const parts = Object.entries(value).map(([k, v]) =>
    v === null ? `${k}:` : scalarText(v) === undefined ? undefined : `${k}: ${scalarText(v)}`,
  );
  return parts.length && parts.every((p) => p !== undefined) ? parts.join(' ') : undefined;
}
