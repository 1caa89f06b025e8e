/**
 * Attributes as both formats write them, read into one shape:
 * - kramdown inline attribute lists (styles): `{: .challenge #id style="…"}`, `{:.language-bash}`;
 * - pandoc attributes (Workbench): `{#id .class key=value key='quoted'}`.
 * Normalisers write them back into the internal Markdown as directive attributes
 * (`toDirectiveAttributes`), which the render plugins read (`fromDirectiveAttributes`): one
 * writer and one reader, here, so they cannot drift apart.
 */
export interface Attributes {
  id?: string;
  classes: string[];
  /** Every other `key=value`, as written. */
  values: Record<string, string>;
}

export interface KramdownIal extends Attributes {
  /** Bare words read as classes because the dot was missing (`{: output}`). */
  undotted: string[];
  /** `{:auto_ids}` and similar kramdown options rather than attributes. */
  option?: string;
}

export const emptyAttributes = (): Attributes => ({ classes: [], values: {} });

export const hasAttributes = ({ id, classes, values }: Attributes) =>
  !!id || classes.length > 0 || Object.keys(values).length > 0;

/** Written as `{:auto_ids}`: switches, not attributes; our headings always get ids. */
const kramdownOptions = new Set(['auto_ids', 'toc', 'no_toc']);

// `{::name}` and `{:/name}` are kramdown's extensions (normalise/kramdown-extensions.ts), not lists.
const ialLine = /^\s*\{:(?![:/])\s*(.*?)\s*\}\s*$/;

/** A line that holds nothing but a kramdown attribute list. */
export const isIalLine = (text: string) => ialLine.test(text);

const ialToken = /\.([\w-]+)|#([\w-]+)|([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|(\S+))|([\w-]+)/g;

/**
 * A kramdown attribute list on a line of its own. Lessons also write the class without its dot
 * (`{: output}`); kramdown would drop that silently, we read it as the class and remember it.
 */
export function parseIal(text: string): KramdownIal | undefined {
  const m = ialLine.exec(text);
  return m ? parseIalBody(m[1]!) : undefined;
}

/** The inside of `{: …}` (also span IALs after an image: `![](x.png){:width="60%"}`). */
export function parseIalBody(body: string): KramdownIal {
  const ial: KramdownIal = { classes: [], values: {}, undotted: [] };
  if (kramdownOptions.has(body.trim())) return { ...ial, option: body.trim() };
  for (const t of body.matchAll(ialToken)) {
    if (t[1]) ial.classes.push(t[1]);
    else if (t[2]) ial.id = t[2];
    else if (t[3]) ial.values[t[3]] = t[4] ?? t[5] ?? t[6] ?? '';
    else if (t[7]) {
      ial.classes.push(t[7]);
      ial.undotted.push(t[7]);
    }
  }
  return ial;
}

const pandocToken =
  /\s*(?:#([\w:.-]+)|\.([\w:-]+)|([\w:-]+)=(?:"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|([^\s"'}]+)))/y;

/** Pandoc's `{#id .class key=value key='quoted'}` body; undefined when it is not an attribute list. */
export function parsePandocAttributes(body: string): Attributes | undefined {
  const attributes = emptyAttributes();
  let pos = 0;
  while (body.slice(pos).trim() !== '') {
    pandocToken.lastIndex = pos;
    const m = pandocToken.exec(body);
    if (!m) return undefined;
    if (m[1]) attributes.id = m[1];
    else if (m[2]) attributes.classes.push(m[2]);
    else attributes.values[m[3]!] = unescapePandoc(m[4] ?? m[5] ?? m[6] ?? '');
    pos = pandocToken.lastIndex;
  }
  return pos > 0 ? attributes : undefined;
}

// Pandoc reads backslash escapes in quoted values and joins wrapped lines with a space.
const unescapePandoc = (value: string) =>
  value.replace(/\\([!-/:-@[-`{-~])/g, '$1').replace(/\s*\n\s*/g, ' ');

// Directive attribute values keep character references as written, so the writer encodes what
// could end or confuse a quoted value (the parser ends the list at any `}`) and the reader decodes.
const encoded: Record<string, string> = {
  '"': '&quot;',
  '\n': '&#10;',
  '{': '&#123;',
  '}': '&#125;',
};
/** A value for a directive attribute (`key="…"`), as `fromDirectiveAttributes` decodes it. */
export const encodeDirectiveValue = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/["\n{}]/g, (c) => encoded[c]!);
const decodeValue = (value: string) =>
  value
    .replace(/&quot;|&#10;|&#123;|&#125;/g, (ref) =>
      Object.keys(encoded).find((c) => encoded[c] === ref)!,
    )
    .replace(/&amp;/g, '&');

const directiveKey = /^[A-Za-z_:][\w:.-]*$/;

/** `{#id .a .b key="value"}` as the directive parser reads it; '' when there is nothing to say. */
export function toDirectiveAttributes({ id, classes, values }: Attributes): string {
  const parts = [
    ...(id ? [`#${id}`] : []),
    ...classes.map((c) => `.${c}`),
    ...Object.entries(values)
      .filter(([key]) => directiveKey.test(key))
      .map(([key, value]) => `${key}="${encodeDirectiveValue(value)}"`),
  ];
  return parts.length ? `{${parts.join(' ')}}` : '';
}

/** The attributes of a directive node, back in the one shape. */
export function fromDirectiveAttributes(
  attributes: Readonly<Record<string, string | null | undefined>> | null | undefined,
): Attributes {
  const result = emptyAttributes();
  for (const [key, raw] of Object.entries(attributes ?? {})) {
    const value = decodeValue(raw ?? '');
    if (key === 'id') result.id = value;
    else if (key === 'class') result.classes.push(...value.split(/\s+/).filter(Boolean));
    else result.values[key] = value;
  }
  return result;
}

/** The one HTML escaper, for text and attribute values the generator writes into HTML. */
export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
