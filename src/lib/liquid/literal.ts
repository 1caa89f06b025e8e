/**
 * Text Liquid cannot read is kept as the author wrote it: each piece is swapped for a placeholder
 * (private-use characters and a number, which no Liquid syntax and no Markdown syntax touches),
 * Liquid renders the rest, and the pieces come back afterwards, never read by Liquid.
 */
const open = '\uE000';
const close = '\uE001';
const placeholder = /\uE000(\d+)\uE001/g;

export class Literals {
  private readonly pieces: string[] = [];

  /** `text` with `[start, end)` swapped for placeholders, one per line, so no line moves. */
  keep(text: string, start: number, end: number): string {
    const kept = text
      .slice(start, end)
      .split('\n')
      .map((piece) => (piece ? `${open}${this.pieces.push(piece) - 1}${close}` : ''))
      .join('\n');
    return text.slice(0, start) + kept + text.slice(end);
  }

  /** The kept pieces back in place of their placeholders. */
  restore(text: string): string {
    if (!this.pieces.length || !text.includes(open)) return text;
    return text.replace(placeholder, (match, index: string) => this.pieces[Number(index)] ?? match);
  }
}

/**
 * The Liquid construct an error at `offset` belongs to: the `{{ … }}` or `{% … %}` that starts at or
 * before it, or only its opening braces when it never closes (the rest of the line is then text).
 */
export function constructAt(text: string, offset: number): [number, number] | undefined {
  const at = Math.max(0, Math.min(offset, text.length));
  const start = Math.max(text.lastIndexOf('{{', at), text.lastIndexOf('{%', at));
  if (start === -1) return undefined;
  const closer = text[start + 1] === '{' ? '}}' : '%}';
  const end = text.indexOf(closer, start + 2);
  const next = Math.min(
    ...['{{', '{%'].map((opener) => text.indexOf(opener, start + 2)).filter((i) => i !== -1),
  );
  return end === -1 || next < end ? [start, start + 2] : [start, end + 2];
}
