import type { RenderedHeadingData } from './lesson/entries.ts';

/** One section of a page's table of contents, with its subsections. */
export interface TocEntry {
  slug: string;
  text: string;
  children: { slug: string; text: string }[];
}

/**
 * The table of contents of a page: its h2 sections (with their h3s) outside callouts, or none
 * when it has fewer than `minimum` sections (a short page needs no map).
 */
export function tocEntries(headings: readonly RenderedHeadingData[], minimum = 3): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.insideCallout) continue;
    if (heading.depth === 2) entries.push({ slug: heading.slug, text: heading.text, children: [] });
    else if (heading.depth === 3)
      entries.at(-1)?.children.push({ slug: heading.slug, text: heading.text });
  }
  return entries.length >= minimum ? entries : [];
}
