import type { RenderedHeadingData } from './lesson/entries.ts';

/** One section of a page's table of contents, with its subsections. */
export interface TocEntry extends TocLink {
  children: TocLink[];
}

interface TocLink {
  slug: string;
  text: string;
  /** Inline HTML for a heading that holds TeX. */
  html?: string;
}

/**
 * The table of contents of a page: its h2 sections (with their h3s) outside callouts, or none
 * when it has fewer than `minimum` sections (a short page needs no map).
 */
export function tocEntries(headings: readonly RenderedHeadingData[], minimum = 3): TocEntry[] {
  const entries: TocEntry[] = [];
  for (const heading of headings) {
    if (heading.insideCallout) continue;
    const { slug, text, html } = heading;
    const link = { slug, text, ...(html && { html }) };
    if (heading.depth === 2) entries.push({ ...link, children: [] });
    else if (heading.depth === 3) entries.at(-1)?.children.push(link);
  }
  return entries.length >= minimum ? entries : [];
}
