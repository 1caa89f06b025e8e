/**
 * Heading ids as kramdown made them, so `#anchors` written against published styles lessons keep
 * working: drop leading non-letters, keep letters, digits, spaces and hyphens, spaces become
 * hyphens, lower case; repeats get `-1`, `-2`. Pandoc (Workbench) ids agree on ordinary headings.
 */
export function kramdownId(text: string): string {
  const id = text
    .replace(/^[^a-zA-Z]+/, '')
    .replace(/[^a-zA-Z0-9 -]/g, '')
    .replace(/ /g, '-')
    .toLowerCase();
  return id || 'section';
}

/** Hands out unique ids within one page, in kramdown's numbering. */
export class IdRegistry {
  private readonly counts = new Map<string, number>();

  /** Reserve an id an author wrote explicitly (`{#windows}`), so generated ids avoid it. */
  reserve(id: string): void {
    if (!this.counts.has(id)) this.counts.set(id, 0);
  }

  unique(base: string): string {
    const seen = this.counts.get(base);
    if (seen === undefined) {
      this.counts.set(base, 0);
      return base;
    }
    this.counts.set(base, seen + 1);
    const candidate = `${base}-${seen + 1}`;
    return this.counts.has(candidate)
      ? this.unique(candidate)
      : (this.counts.set(candidate, 0), candidate);
  }
}
